package io.stancewatch.processor.extract;

import java.util.Arrays;

/**
 * Splits a stretch of text into tokens the way OpenNLP's {@code SimpleTokenizer} does (its default,
 * line breaks not kept as tokens): a token is a run of letters, a run of digits, or a run of one
 * repeated other character ("..."), and whitespace separates tokens. Written out here because the
 * extractor tokenizes every sentence it reads: this works on offsets of the article text directly,
 * classifies characters through one table, and makes no object per token.
 */
final class TokenSpans {

  private static final byte SPACE = 0;
  private static final byte LETTER = 1;
  private static final byte DIGIT = 2;
  private static final byte OTHER = 3;
  /** The kind of every UTF-16 unit, as SimpleTokenizer classifies it. */
  private static final byte[] KIND = kinds();

  private TokenSpans() {}

  /**
   * The tokens of {@code text[start, end)} as offsets in {@code text}: {@code [start0, end0, start1,
   * end1, ...]}.
   */
  static int[] of(String text, int start, int end) {
    int[] spans = new int[16];
    int size = 0;
    byte previous = SPACE;
    char previousChar = 0;
    int tokenStart = -1;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      byte kind = KIND[c];
      if (previous == SPACE) {
        tokenStart = kind == SPACE ? tokenStart : i;
      } else if (kind != previous || kind == OTHER && c != previousChar) {
        // A token ends where the kind changes, or between two different other characters.
        if (size + 2 > spans.length) {
          spans = Arrays.copyOf(spans, spans.length * 2);
        }
        spans[size++] = tokenStart;
        spans[size++] = i;
        tokenStart = i;
      }
      previous = kind;
      previousChar = c;
    }
    if (previous != SPACE) {
      if (size + 2 > spans.length) {
        spans = Arrays.copyOf(spans, spans.length + 2);
      }
      spans[size++] = tokenStart;
      spans[size++] = end;
    }
    return Arrays.copyOf(spans, size);
  }

  private static byte[] kinds() {
    byte[] kinds = new byte[Character.MAX_VALUE + 1];
    for (int code = 0; code <= Character.MAX_VALUE; code++) {
      char c = (char) code;
      if (Character.isWhitespace(c) || Character.getType(c) == Character.SPACE_SEPARATOR) {
        kinds[code] = SPACE;
      } else if (Character.isAlphabetic(c)) {
        kinds[code] = LETTER;
      } else if (Character.isDigit(c)) {
        kinds[code] = DIGIT;
      } else {
        kinds[code] = OTHER;
      }
    }
    return kinds;
  }
}
