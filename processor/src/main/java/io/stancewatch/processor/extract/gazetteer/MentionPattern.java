package io.stancewatch.processor.extract.gazetteer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One alias as the matcher sees it: its folded form (diacritics stripped, case kept), what it names
 * and how strictly its case must match. A pattern with a null {@code kind} is a stop phrase: it takes
 * part in the leftmost-longest choice (so "Latin American" hides "American") but yields no mention.
 */
record MentionPattern(
    String foldedAlias, boolean ignoreCase, MentionKind kind, String code, Role role, List<Official> officials) {

  MentionPattern {
    officials = List.copyOf(officials);
  }

  static MentionPattern of(String alias, MentionKind kind, String code, Role role) {
    String folded = FoldedText.foldAlias(alias);
    boolean ignoreCase = kind == MentionKind.TITLE && folded.equals(folded.toLowerCase(Locale.ROOT));
    return new MentionPattern(folded, ignoreCase, kind, code, role, List.of());
  }

  static MentionPattern official(String alias, Official official) {
    return new MentionPattern(
        FoldedText.foldAlias(alias), false, MentionKind.OFFICIAL, official.speaksFor(), official.role(),
        List.of(official));
  }

  static MentionPattern stop(String phrase) {
    return new MentionPattern(FoldedText.foldAlias(phrase), false, null, null, null, List.of());
  }

  /** Whether the alias has a lower-case letter, i.e. is no acronym. */
  boolean hasLowerCase() {
    for (int i = 0; i < foldedAlias.length(); i++) {
      if (Character.isLowerCase(foldedAlias.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  boolean isStop() {
    return kind == null;
  }

  /** Lower is preferred when two entries share the exact same alias. */
  int priority() {
    if (kind == null) {
      return -1;
    }
    switch (kind) {
      case COUNTRY_NAME: return 0;
      case ORGANIZATION: return 1;
      case COUNTRY_ADJECTIVE: return 2;
      case COUNTRY_DEMONYM: return 3;
      case INSTITUTION: return 4;
      case CAPITAL: return 5;
      case OFFICIAL: return 6;
      case ORGANIZATION_REFERENCE: return 7;
      default: return 8;
    }
  }

  /**
   * Whether the text at {@code start} carries this alias with acceptable case: exactly, except that
   * a lower-case letter of the alias may appear capitalised at the start of a word ("the alliance"
   * in "The alliance said"). Titles written in lower case ignore case altogether. Proper names and
   * acronyms therefore keep their case: "US" never matches "us", "Chad" never "chad".
   */
  boolean caseMatches(char[] text, int start) {
    if (ignoreCase) {
      return true;
    }
    for (int i = 0; i < foldedAlias.length(); i++) {
      char expected = foldedAlias.charAt(i);
      char actual = text[start + i];
      if (expected != actual && !isCapitalisedWordStart(expected, actual, i)) {
        return false;
      }
    }
    return true;
  }

  private boolean isCapitalisedWordStart(char expected, char actual, int index) {
    boolean wordStart = index == 0 || foldedAlias.charAt(index - 1) == ' ';
    return wordStart && Character.isLowerCase(expected) && Character.toLowerCase(actual) == expected;
  }

  /** Merges another pattern with the same folded alias: officials pool, otherwise the preferred wins. */
  MentionPattern mergedWith(MentionPattern other) {
    if (kind == MentionKind.OFFICIAL && other.kind == MentionKind.OFFICIAL) {
      List<Official> pooled = new ArrayList<>(officials);
      other.officials.stream().filter(official -> !pooled.contains(official)).forEach(pooled::add);
      return new MentionPattern(foldedAlias, ignoreCase, kind, code, role, pooled);
    }
    return other.priority() < priority() ? other : this;
  }
}
