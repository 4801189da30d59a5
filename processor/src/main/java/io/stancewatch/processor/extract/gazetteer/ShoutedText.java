package io.stancewatch.processor.extract.gazetteer;

/**
 * Recognises text written all in capitals, as some outlets write headlines: a span that has no
 * lower-case letter, next to another word of two or more capitals. One word in capitals among normal
 * text ("the US said") is not shouting. Works on folded text, where line breaks are spaces.
 */
final class ShoutedText {

  private ShoutedText() {}

  static boolean isShouted(char[] text, int length, int start, int end) {
    return hasNoLowerCase(text, start, end)
        && (isCapitalWord(text, length, previousWordStart(text, start)) || isCapitalWord(text, length, nextWordStart(text, length, end)));
  }

  private static boolean hasNoLowerCase(char[] text, int start, int end) {
    for (int i = start; i < end; i++) {
      if (Character.isLowerCase(text[i])) {
        return false;
      }
    }
    return true;
  }

  /** Start of the word before {@code offset}, or -1. */
  private static int previousWordStart(char[] text, int offset) {
    int i = offset - 1;
    while (i >= 0 && !Character.isLetter(text[i])) {
      i--;
    }
    if (i < 0) {
      return -1;
    }
    while (i > 0 && Character.isLetter(text[i - 1])) {
      i--;
    }
    return i;
  }

  /** Start of the word after {@code offset}, past a possessive "'S", or -1. */
  private static int nextWordStart(char[] text, int length, int offset) {
    int i = skipNonLetters(text, length, offset);
    boolean possessive = i < length && i > 0 && text[i - 1] == '\''
        && (text[i] == 'S' || text[i] == 's') && (i + 1 == length || !Character.isLetter(text[i + 1]));
    if (possessive) {
      i = skipNonLetters(text, length, i + 1);
    }
    return i < length ? i : -1;
  }

  private static int skipNonLetters(char[] text, int length, int from) {
    int i = from;
    while (i < length && !Character.isLetter(text[i])) {
      i++;
    }
    return i;
  }

  /** Whether a word of at least two letters, all capitals, starts at {@code start}. */
  private static boolean isCapitalWord(char[] text, int length, int start) {
    if (start < 0) {
      return false;
    }
    int letters = 0;
    for (int i = start; i < length && Character.isLetter(text[i]); i++) {
      if (!Character.isUpperCase(text[i])) {
        return false;
      }
      letters++;
    }
    return letters >= 2;
  }
}
