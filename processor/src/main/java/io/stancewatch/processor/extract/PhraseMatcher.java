package io.stancewatch.processor.extract;

import io.stancewatch.processor.extract.gazetteer.WordStartMatcher;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds every occurrence of many phrases in one pass over a text (Aho–Corasick), on whole words.
 *
 * <p>Texts and phrases are compared in the form {@link #normalize} gives them: lower case, one kind
 * of apostrophe, whitespace as plain spaces; the normalized text has the same length as the
 * original, so offsets carry over. A phrase ending in {@code *} matches any word that starts with
 * it ("ratif*" finds "ratified"). The automaton is the gazetteer's {@link WordStartMatcher} over the
 * distinct normalized phrases: it only follows phrases from the start of a word, which is all a
 * whole-word match needs. Immutable and thread-safe once built.
 */
final class PhraseMatcher {

  /** Receives one match: its span in the text and the payload its phrase was added with. */
  @FunctionalInterface
  interface HitSink {
    void accept(int start, int end, int payload);
  }

  private static final int ASCII = 128;
  /** {@link #normalizeChar} of every ASCII character: the common case, one array read. */
  private static final char[] ASCII_NORMALIZED = asciiTable();

  private final WordStartMatcher matcher;
  /** Per matcher key (a distinct normalized phrase): its phrases, in the order they were added. */
  private final int[][] phrasesByKey;
  private final boolean[] phrasePrefix;
  private final int[] phrasePayloads;

  private PhraseMatcher(Builder builder) {
    Map<String, List<Integer>> byKey = new LinkedHashMap<>();
    for (int phrase = 0; phrase < builder.texts.size(); phrase++) {
      byKey.computeIfAbsent(builder.texts.get(phrase), k -> new ArrayList<>()).add(phrase);
    }
    phrasesByKey = byKey.values().stream()
        .map(phrases -> phrases.stream().mapToInt(Integer::intValue).toArray())
        .toArray(int[][]::new);
    phrasePrefix = new boolean[builder.prefixes.size()];
    for (int i = 0; i < phrasePrefix.length; i++) {
      phrasePrefix[i] = builder.prefixes.get(i);
    }
    phrasePayloads = builder.payloads.stream().mapToInt(Integer::intValue).toArray();
    matcher = new WordStartMatcher(List.copyOf(byKey.keySet()));
  }

  /**
   * Reports every whole-word match in a text already {@link #normalize normalized}, in order of the
   * end of the phrase (a starred phrase's match then runs on to the end of its word); phrases ending
   * at one offset longest first, and phrases of the same text in the order they were added.
   */
  void match(CharSequence normalized, HitSink sink) {
    char[] chars = normalized.toString().toCharArray();
    int length = chars.length;
    matcher.scan(chars, length, (start, end, key) -> {
      for (int phrase : phrasesByKey[key]) {
        if (phrasePrefix[phrase]) {
          sink.accept(start, wordEnd(chars, length, end), phrasePayloads[phrase]);
        } else if (end == length || !Character.isLetterOrDigit(chars[end])) {
          sink.accept(start, end, phrasePayloads[phrase]);
        }
      }
    });
  }

  private static int wordEnd(char[] text, int length, int from) {
    int end = from;
    while (end < length && Character.isLetterOrDigit(text[end])) {
      end++;
    }
    return end;
  }

  /** Lower-cases a text, straightens apostrophes and makes every whitespace a space; same length. */
  static String normalize(CharSequence text) {
    String source = text.toString();
    char[] out = new char[source.length()];
    source.getChars(0, out.length, out, 0);
    for (int i = 0; i < out.length; i++) {
      char c = out[i];
      out[i] = c < ASCII ? ASCII_NORMALIZED[c] : normalizeChar(c);
    }
    return new String(out);
  }

  private static char normalizeChar(char c) {
    if (c == '\u2019' || c == '\u2018' || c == '\u02BC' || c == '`') {
      return '\'';
    }
    if (Character.isWhitespace(c) || c == '\u00A0') {
      return ' ';
    }
    return Character.toLowerCase(c);
  }

  private static char[] asciiTable() {
    char[] table = new char[ASCII];
    for (char c = 0; c < ASCII; c++) {
      table[c] = normalizeChar(c);
    }
    return table;
  }

  static Builder builder() {
    return new Builder();
  }

  /** Collects phrases; {@link #build} makes the matcher. */
  static final class Builder {
    private final List<String> texts = new ArrayList<>();
    private final List<Boolean> prefixes = new ArrayList<>();
    private final List<Integer> payloads = new ArrayList<>();
    private final Map<String, Integer> seen = new HashMap<>();

    private Builder() {}

    /**
     * Adds a phrase (normalized here) with the payload reported for its matches.
     *
     * @throws IllegalArgumentException when the phrase is blank
     */
    Builder add(String phrase, int payload) {
      String normalized = normalize(phrase.strip());
      boolean prefix = normalized.endsWith("*");
      if (prefix) {
        normalized = normalized.substring(0, normalized.length() - 1);
      }
      if (normalized.isBlank()) {
        throw new IllegalArgumentException("blank phrase '" + phrase + "'");
      }
      String key = normalized + (prefix ? "*" : "") + "#" + payload;
      if (seen.putIfAbsent(key, payload) != null) {
        return this;
      }
      texts.add(normalized);
      prefixes.add(prefix);
      payloads.add(payload);
      return this;
    }

    PhraseMatcher build() {
      return new PhraseMatcher(this);
    }
  }
}
