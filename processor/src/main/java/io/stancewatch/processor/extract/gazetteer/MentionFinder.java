package io.stancewatch.processor.extract.gazetteer;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the gazetteer's names in a text in one pass: fold the text once, run the {@link
 * WordStartMatcher} over it, keep the hits that end a word and have acceptable case, and choose the
 * leftmost-longest non-overlapping ones.
 */
final class MentionFinder {

  private final WordStartMatcher matcher;
  /** Per matcher key (the lower-cased folded alias): the case variants sharing it. */
  private final MentionPattern[][] variantsByKey;

  MentionFinder(Collection<MentionPattern> patterns) {
    Map<String, MentionPattern> byAlias = new LinkedHashMap<>();
    for (MentionPattern pattern : patterns) {
      byAlias.merge(pattern.foldedAlias(), pattern, MentionPattern::mergedWith);
    }
    Map<String, List<MentionPattern>> byKey = new LinkedHashMap<>();
    for (MentionPattern pattern : byAlias.values()) {
      byKey.computeIfAbsent(lowerCase(pattern.foldedAlias()), k -> new ArrayList<>()).add(pattern);
    }
    List<String> keys = new ArrayList<>(byKey.keySet());
    this.variantsByKey = new MentionPattern[keys.size()][];
    for (int id = 0; id < keys.size(); id++) {
      List<MentionPattern> variants = byKey.get(keys.get(id));
      // Exact-case variants are tried before case-blind ones, preferred kinds first.
      variants.sort(Comparator.comparing(MentionPattern::ignoreCase).thenComparing(MentionPattern::priority));
      variantsByKey[id] = variants.toArray(new MentionPattern[0]);
    }
    this.matcher = new WordStartMatcher(keys);
  }

  /**
   * The mentions in text order. {@code at} (nullable) picks, among officials sharing an alias, the
   * one in office then; without it the one who took office last.
   */
  List<Mention> find(CharSequence text, Instant at) {
    FoldedText folded = FoldedText.of(text);
    Candidates candidates = new Candidates();
    char[] chars = folded.chars();
    int length = folded.length();
    matcher.scan(chars, length, (start, end, key) -> {
      if (isWholeWord(chars, length, start, end)) {
        MentionPattern pattern = firstCaseMatch(variantsByKey[key], chars, start);
        if (pattern == null && ShoutedText.isShouted(chars, length, start, end)) {
          pattern = firstNameWithLowerCase(variantsByKey[key]);
        }
        if (pattern != null) {
          candidates.add(start, end, pattern);
        }
      }
    });
    candidates.sortLeftmostLongest();
    List<Mention> mentions = new ArrayList<>();
    int coveredUntil = 0;
    LocalDate day = at == null ? null : LocalDate.ofInstant(at, ZoneOffset.UTC);
    for (int i = 0; i < candidates.size; i++) {
      int start = candidates.starts[i];
      if (start < coveredUntil) {
        continue;
      }
      int end = candidates.ends[i];
      coveredUntil = end;
      MentionPattern pattern = candidates.patterns[i];
      if (!pattern.isStop()) {
        mentions.add(toMention(text, folded, start, end, pattern, day));
      }
    }
    return mentions;
  }

  private static MentionPattern firstCaseMatch(MentionPattern[] variants, char[] chars, int start) {
    for (MentionPattern variant : variants) {
      if (variant.caseMatches(chars, start)) {
        return variant;
      }
    }
    return null;
  }

  /**
   * In text written all in capitals ("HUNGARY BLOCKS SWEDEN'S BID") a name cannot keep its case, so
   * a name with lower-case letters is accepted in capitals there. Acronyms are not: they match in
   * capitals anyway, and "US" in "LET US" must stay unmatched where nothing else tells them apart.
   */
  private static MentionPattern firstNameWithLowerCase(MentionPattern[] variants) {
    for (MentionPattern variant : variants) {
      if (!variant.ignoreCase() && variant.hasLowerCase()) {
        return variant;
      }
    }
    return null;
  }

  /** Not glued to a letter or digit on either side; an apostrophe after ("Hungary's") is fine. */
  private static boolean isWholeWord(char[] chars, int length, int start, int end) {
    boolean startsWord = start == 0 || !Character.isLetterOrDigit(chars[start - 1]);
    boolean endsWord = end == length || !Character.isLetterOrDigit(chars[end]);
    return startsWord && endsWord;
  }

  private static Mention toMention(
      CharSequence text, FoldedText folded, int start, int end, MentionPattern pattern, LocalDate day) {
    int from = folded.originStart(start);
    int to = folded.originEnd(end - 1);
    String surface = text.subSequence(from, to).toString();
    if (pattern.kind() != MentionKind.OFFICIAL) {
      return new Mention(from, to, surface, pattern.kind(), pattern.code(), null, pattern.role());
    }
    Official official = OfficialChoice.best(pattern.officials(), day);
    return new Mention(from, to, surface, MentionKind.OFFICIAL, official.speaksFor(), official, official.role());
  }

  private static String lowerCase(String folded) {
    char[] lower = new char[folded.length()];
    for (int i = 0; i < lower.length; i++) {
      lower[i] = Character.toLowerCase(folded.charAt(i));
    }
    return new String(lower);
  }

  /** Accepted hits, kept in parallel primitive arrays to spare an object per hit. */
  private static final class Candidates {
    private int[] starts = new int[32];
    private int[] ends = new int[32];
    private MentionPattern[] patterns = new MentionPattern[32];
    private int size;

    void add(int start, int end, MentionPattern pattern) {
      if (size == starts.length) {
        starts = Arrays.copyOf(starts, size * 2);
        ends = Arrays.copyOf(ends, size * 2);
        patterns = Arrays.copyOf(patterns, size * 2);
      }
      starts[size] = start;
      ends[size] = end;
      patterns[size] = pattern;
      size++;
    }

    /**
     * By start, then longest first. Hits arrive ordered by end, which is nearly this order, so an
     * insertion sort runs close to linear time.
     */
    void sortLeftmostLongest() {
      for (int i = 1; i < size; i++) {
        int start = starts[i];
        int end = ends[i];
        MentionPattern pattern = patterns[i];
        int j = i - 1;
        while (j >= 0 && (starts[j] > start || (starts[j] == start && ends[j] < end))) {
          starts[j + 1] = starts[j];
          ends[j + 1] = ends[j];
          patterns[j + 1] = patterns[j];
          j--;
        }
        starts[j + 1] = start;
        ends[j + 1] = end;
        patterns[j + 1] = pattern;
      }
    }
  }

  /** The case-blind, diacritic-blind lookup key of an alias, as the matcher compares it. */
  static String lookupKey(String alias) {
    return lowerCase(FoldedText.foldAlias(alias));
  }
}
