package io.stancewatch.processor.extract.gazetteer;

import java.text.Normalizer;
import java.util.Arrays;

/**
 * A text with diacritics stripped (NFD, combining marks removed, and the few Latin letters that do
 * not decompose mapped by hand: ø, ł, đ, ß, æ, œ, ı, ð, þ), soft hyphens and zero-width characters
 * dropped, every apostrophe made straight, and
 * every run of whitespace, hyphens and dashes collapsed to one space, so that "Orbán", "Orban",
 * "secretary-general" and "secretary general" read alike. Case is kept. Every folded character
 * remembers the span of original characters it came from, so matches map back to exact offsets.
 *
 * <p>Folding is table driven: one pass, no allocation per character.
 */
final class FoldedText {

  private static final char FIRST_TABLED = 0x80;
  private static final char LAST_TABLED = 0x1EFF;
  /** Fold of every character in [FIRST_TABLED, LAST_TABLED]; null where the character stays as is. */
  private static final String[] FOLDS = buildFoldTable();

  private char[] chars;
  private int[] originStart;
  private int length;

  private FoldedText(int capacity) {
    chars = new char[capacity];
    originStart = new int[capacity];
  }

  /** Folds a whole text once. */
  static FoldedText of(CharSequence text) {
    String source = text.toString();
    int size = source.length();
    FoldedText folded = new FoldedText(size + 16);
    // The common cases (plain ASCII, a space) work on locals; capacity is only ever short after an
    // expanding fold, which goes through the fields.
    char[] chars = folded.chars;
    int[] origins = folded.originStart;
    int length = 0;
    for (int i = 0; i < size; i++) {
      char c = source.charAt(i);
      if (isPlainAscii(c)) {
        chars[length] = c;
        origins[length++] = i;
      } else if (c == ' ') {
        if (length == 0 || chars[length - 1] != ' ') {
          chars[length] = ' ';
          origins[length++] = i;
        }
      } else {
        folded.length = length;
        folded.appendSpecial(c, i, size - i);
        chars = folded.chars;
        origins = folded.originStart;
        length = folded.length;
      }
    }
    folded.length = length;
    return folded;
  }

  /** Folds a gazetteer alias the same way a text is folded, without leading or trailing space. */
  static String foldAlias(String alias) {
    FoldedText folded = of(alias.strip());
    return new String(folded.chars, 0, folded.length);
  }

  int length() {
    return length;
  }

  char[] chars() {
    return chars;
  }

  char charAt(int index) {
    return chars[index];
  }

  /** Offset in the original text of the first character behind folded position {@code index}. */
  int originStart(int index) {
    return originStart[index];
  }

  /**
   * Offset in the original text just after the character behind folded position {@code index}, for
   * any position but a collapsed space (no alias ends in a space, so no match ends on one).
   */
  int originEnd(int index) {
    return originStart[index] + 1;
  }

  private static boolean isPlainAscii(char c) {
    return c < 0x80 && c != '-' && c != '`' && !isAsciiSpace(c);
  }

  private static boolean isAsciiSpace(char c) {
    return c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1C && c <= 0x1F);
  }

  private void appendSpecial(char c, int origin, int remaining) {
    if (isInvisible(c)) {
      return;
    }
    if (isSeparator(c)) {
      if (length == 0 || chars[length - 1] != ' ') {
        put(' ', origin);
      }
      return;
    }
    if (isApostrophe(c)) {
      put('\'', origin);
      return;
    }
    String fold = c >= FIRST_TABLED && c <= LAST_TABLED ? FOLDS[c - FIRST_TABLED] : null;
    if (fold == null) {
      put(c, origin);
      return;
    }
    ensureCapacity(length + fold.length() + remaining);
    for (int k = 0; k < fold.length(); k++) {
      put(fold.charAt(k), origin);
    }
  }

  private void put(char c, int origin) {
    chars[length] = c;
    originStart[length++] = origin;
  }

  private void ensureCapacity(int capacity) {
    if (capacity > chars.length) {
      chars = Arrays.copyOf(chars, capacity * 2);
      originStart = Arrays.copyOf(originStart, capacity * 2);
    }
  }

  private static boolean isSeparator(char c) {
    switch (c) {
      case '-', '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u00A0', '\u2007', '\u202F':
        return true;
      default:
        return Character.isWhitespace(c);
    }
  }

  /** Soft hyphens and zero-width characters that web text hides inside words ("Orb\u00ADán"). */
  private static boolean isInvisible(char c) {
    switch (c) {
      case '\u00AD', '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF':
        return true;
      default:
        return false;
    }
  }

  private static boolean isApostrophe(char c) {
    switch (c) {
      case '\u2019', '\u2018', '\u02BC', '\u02BB', '\u0060', '\u00B4', '\u2032':
        return true;
      default:
        return false;
    }
  }

  private static String[] buildFoldTable() {
    String[] table = new String[LAST_TABLED - FIRST_TABLED + 1];
    for (char c = FIRST_TABLED; c <= LAST_TABLED; c++) {
      String fold = foldByHand(c);
      if (fold == null) {
        fold = stripMarks(Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD));
      }
      table[c - FIRST_TABLED] = fold.equals(String.valueOf(c)) ? null : fold;
    }
    return table;
  }

  /** Latin letters that NFD leaves whole but a reader takes for their plain counterparts. */
  private static String foldByHand(char c) {
    switch (c) {
      case 'ø': return "o";
      case 'Ø': return "O";
      case 'ł': return "l";
      case 'Ł': return "L";
      case 'đ': return "d";
      case 'Đ': return "D";
      case 'ð': return "d";
      case 'Ð': return "D";
      case 'ß': return "ss";
      case 'æ': return "ae";
      case 'Æ': return "AE";
      case 'œ': return "oe";
      case 'Œ': return "OE";
      case 'ı': return "i";
      case 'þ': return "th";
      case 'Þ': return "Th";
      default: return null;
    }
  }

  private static String stripMarks(String decomposed) {
    StringBuilder plain = new StringBuilder(decomposed.length());
    for (int i = 0; i < decomposed.length(); i++) {
      char c = decomposed.charAt(i);
      if (Character.getType(c) != Character.NON_SPACING_MARK) {
        plain.append(c);
      }
    }
    return plain.toString();
  }
}
