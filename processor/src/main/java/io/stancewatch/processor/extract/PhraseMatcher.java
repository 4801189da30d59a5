package io.stancewatch.processor.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Finds every occurrence of many phrases in one pass over a text (Aho–Corasick), on whole words.
 *
 * <p>Texts and phrases are compared in the form {@link #normalize} gives them: lower case, one kind
 * of apostrophe, whitespace as plain spaces; the normalized text has the same length as the
 * original, so offsets carry over. A phrase ending in {@code *} matches any word that starts with
 * it ("ratif*" finds "ratified"). Immutable and thread-safe once built.
 */
final class PhraseMatcher {

  /** Receives one match: its span in the text and the payload its phrase was added with. */
  @FunctionalInterface
  interface HitSink {
    void accept(int start, int end, int payload);
  }

  private static final int ASCII = 128;

  private final char[][] labels;
  private final int[][] targets;
  /** Transitions on ASCII characters, flat (node * 128 + char), -1 where none: the common case, no search. */
  private final int[] asciiNext;
  private final int[] fail;
  /** For each node, the phrases ending there (own and through suffix links), as phrase indices. */
  private final int[][] outputs;
  private final int[] phraseLengths;
  private final boolean[] phrasePrefix;
  private final int[] phrasePayloads;

  private PhraseMatcher(Builder builder) {
    int nodes = builder.children.size();
    labels = new char[nodes][];
    targets = new int[nodes][];
    for (int node = 0; node < nodes; node++) {
      TreeMap<Character, Integer> edges = builder.children.get(node);
      labels[node] = new char[edges.size()];
      targets[node] = new int[edges.size()];
      int k = 0;
      for (Map.Entry<Character, Integer> edge : edges.entrySet()) {
        labels[node][k] = edge.getKey();
        targets[node][k] = edge.getValue();
        k++;
      }
    }
    asciiNext = new int[nodes * ASCII];
    Arrays.fill(asciiNext, -1);
    for (int node = 0; node < nodes; node++) {
      for (int k = 0; k < labels[node].length; k++) {
        if (labels[node][k] < ASCII) {
          asciiNext[node * ASCII + labels[node][k]] = targets[node][k];
        }
      }
    }
    phraseLengths = builder.lengths.stream().mapToInt(Integer::intValue).toArray();
    phrasePrefix = new boolean[phraseLengths.length];
    for (int i = 0; i < phrasePrefix.length; i++) {
      phrasePrefix[i] = builder.prefixes.get(i);
    }
    phrasePayloads = builder.payloads.stream().mapToInt(Integer::intValue).toArray();
    fail = new int[nodes];
    outputs = new int[nodes][];
    linkFailures(builder.ends);
  }

  private void linkFailures(List<List<Integer>> ends) {
    int[] queue = new int[labels.length];
    int head = 0;
    int tail = 0;
    outputs[0] = toArray(ends.get(0));
    for (int child : targets[0]) {
      fail[child] = 0;
      queue[tail++] = child;
    }
    while (head < tail) {
      int node = queue[head++];
      int[] own = toArray(ends.get(node));
      int[] inherited = outputs[fail[node]];
      int[] merged = Arrays.copyOf(own, own.length + inherited.length);
      System.arraycopy(inherited, 0, merged, own.length, inherited.length);
      outputs[node] = merged;
      for (int k = 0; k < labels[node].length; k++) {
        int child = targets[node][k];
        int f = fail[node];
        while (f != 0 && next(f, labels[node][k]) < 0) {
          f = fail[f];
        }
        int to = next(f, labels[node][k]);
        fail[child] = to >= 0 && to != child ? to : 0;
        queue[tail++] = child;
      }
    }
  }

  private static int[] toArray(List<Integer> values) {
    return values.stream().mapToInt(Integer::intValue).toArray();
  }

  private int next(int node, char c) {
    if (c < ASCII) {
      return asciiNext[node * ASCII + c];
    }
    int k = Arrays.binarySearch(labels[node], c);
    return k >= 0 ? targets[node][k] : -1;
  }

  /** Reports every whole-word match in a text already {@link #normalize normalized}. */
  void match(CharSequence normalized, HitSink sink) {
    int node = 0;
    for (int i = 0; i < normalized.length(); i++) {
      char c = normalized.charAt(i);
      int to;
      while ((to = next(node, c)) < 0 && node != 0) {
        node = fail[node];
      }
      node = Math.max(to, 0);
      for (int phrase : outputs[node]) {
        int start = i + 1 - phraseLengths[phrase];
        int end = i + 1;
        if (isBoundary(normalized, start - 1) && (phrasePrefix[phrase] || isBoundary(normalized, end))) {
          sink.accept(start, phrasePrefix[phrase] ? wordEnd(normalized, end) : end, phrasePayloads[phrase]);
        }
      }
    }
  }

  private static boolean isBoundary(CharSequence text, int index) {
    return index < 0 || index >= text.length() || !Character.isLetterOrDigit(text.charAt(index));
  }

  private static int wordEnd(CharSequence text, int from) {
    int end = from;
    while (end < text.length() && Character.isLetterOrDigit(text.charAt(end))) {
      end++;
    }
    return end;
  }

  /** Lower-cases a text, straightens apostrophes and makes every whitespace a space; same length. */
  static String normalize(CharSequence text) {
    char[] out = new char[text.length()];
    for (int i = 0; i < out.length; i++) {
      char c = text.charAt(i);
      if (c == '\u2019' || c == '\u2018' || c == '\u02BC' || c == '`') {
        out[i] = '\'';
      } else if (Character.isWhitespace(c) || c == '\u00A0') {
        out[i] = ' ';
      } else {
        out[i] = Character.toLowerCase(c);
      }
    }
    return new String(out);
  }

  static Builder builder() {
    return new Builder();
  }

  /** Collects phrases; {@link #build} makes the matcher. */
  static final class Builder {
    private final List<TreeMap<Character, Integer>> children = new ArrayList<>();
    private final List<List<Integer>> ends = new ArrayList<>();
    private final List<Integer> lengths = new ArrayList<>();
    private final List<Boolean> prefixes = new ArrayList<>();
    private final List<Integer> payloads = new ArrayList<>();
    private final Map<String, Integer> seen = new HashMap<>();

    private Builder() {
      newNode();
    }

    private int newNode() {
      children.add(new TreeMap<>());
      ends.add(new ArrayList<>());
      return children.size() - 1;
    }

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
      int node = 0;
      for (int i = 0; i < normalized.length(); i++) {
        char c = normalized.charAt(i);
        Integer child = children.get(node).get(c);
        if (child == null) {
          child = newNode();
          children.get(node).put(c, child);
        }
        node = child;
      }
      ends.get(node).add(lengths.size());
      lengths.add(normalized.length());
      prefixes.add(prefix);
      payloads.add(payload);
      return this;
    }

    PhraseMatcher build() {
      return new PhraseMatcher(this);
    }
  }
}
