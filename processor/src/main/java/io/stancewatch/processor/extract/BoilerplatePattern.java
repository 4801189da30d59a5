package io.stancewatch.processor.extract;

import java.util.List;
import java.util.regex.Pattern;

/**
 * One boilerplate pattern of {@code extract/boilerplate.yaml}; {@code requires}, when not empty,
 * lists lower-case phrases of which the paragraph must contain one before the (costlier) pattern is
 * tried. The phrases should be what any match must contain ("first published", "originally
 * published"), not merely a word of it: a common word ("published") passes so many paragraphs that
 * the search behind it costs more than the rest of the check.
 *
 * @param anchored whether the pattern can only match at the start of the paragraph (it opens with
 *     {@code ^} and has no alternative outside a group that could match elsewhere): such a pattern is
 *     tried at the start only, instead of at every offset of every paragraph
 */
record BoilerplatePattern(Pattern pattern, List<String> requires, boolean anchored) {

  BoilerplatePattern {
    requires = List.copyOf(requires);
  }

  BoilerplatePattern(Pattern pattern, List<String> requires) {
    this(pattern, requires, isAnchoredAtStart(pattern));
  }

  boolean foundIn(String paragraph, String lowerCaseParagraph) {
    if (!requires.isEmpty() && !containsAny(lowerCaseParagraph, requires)) {
      return false;
    }
    return anchored ? pattern.matcher(paragraph).lookingAt() : pattern.matcher(paragraph).find();
  }

  private static boolean containsAny(String text, List<String> phrases) {
    for (String phrase : phrases) {
      if (text.contains(phrase)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@code ^} opens every alternative of the pattern, so that a match can only start at
   * offset 0 (then {@code lookingAt} answers exactly what {@code find} would). Conservative: any
   * construct this simple reading cannot follow (a character class, quoting, a quantified {@code ^},
   * multi-line, comments or literal mode) counts as not anchored, which only costs speed.
   */
  static boolean isAnchoredAtStart(Pattern pattern) {
    String source = pattern.pattern();
    int unsupportedFlags = Pattern.MULTILINE | Pattern.COMMENTS | Pattern.LITERAL;
    if (!source.startsWith("^") || (pattern.flags() & unsupportedFlags) != 0
        || source.length() > 1 && "?*{+".indexOf(source.charAt(1)) >= 0) {
      return false;
    }
    int depth = 0;
    for (int i = 1; i < source.length(); i++) {
      char c = source.charAt(i);
      switch (c) {
        case '\\' -> {
          if (i + 1 < source.length() && source.charAt(i + 1) == 'Q') {
            return false;
          }
          i++;
        }
        case '[' -> {
          return false;
        }
        case '(' -> depth++;
        case ')' -> depth--;
        case '|' -> {
          if (depth == 0) {
            return false;
          }
        }
        default -> { }
      }
    }
    return true;
  }
}
