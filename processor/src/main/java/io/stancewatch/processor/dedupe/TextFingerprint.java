package io.stancewatch.processor.dedupe;

import io.stancewatch.processor.Sha256;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import org.jsoup.Jsoup;

/**
 * The fingerprint of an article's text: SHA-256 (hex) of the body with markup, case, Unicode
 * compatibility forms, punctuation and whitespace normalized away. Two copies of one story that
 * differ only in those respects (an HTML and a plain-text feed, curly and straight quotes, re-wrapped
 * lines) share a fingerprint; a copy with an edited word does not - the state rules then count it
 * as corroboration, which never alerts.
 */
public final class TextFingerprint {

  /** The Unicode categories kept as word characters: every letter ({@code \p{L}}) and number ({@code \p{N}}). */
  private static final int WORD_CATEGORIES = 1 << Character.UPPERCASE_LETTER | 1 << Character.LOWERCASE_LETTER
      | 1 << Character.TITLECASE_LETTER | 1 << Character.MODIFIER_LETTER | 1 << Character.OTHER_LETTER
      | 1 << Character.DECIMAL_DIGIT_NUMBER | 1 << Character.LETTER_NUMBER | 1 << Character.OTHER_NUMBER;

  private TextFingerprint() {}

  /** The fingerprint of {@code body}, 64 hex digits. */
  public static String of(final String body) {
    final AsciiWords ascii = AsciiWords.of(body);
    final byte[] digest = ascii != null
        ? Sha256.of(ascii.bytes(), ascii.length()) // ASCII is its own UTF-8: no String in between
        : Sha256.of(normalizeUnicode(body));
    return HexFormat.of().formatHex(digest);
  }

  /**
   * The text the fingerprint is taken of: tags stripped and entities decoded (when the body has
   * markup), NFKC, lower case, and every run of non-letters and non-digits one space, none at
   * either end.
   *
   * <p>Most bodies are plain ASCII, where NFKC changes nothing and lower case is a per-character
   * mapping: those are normalized in one pass ({@link AsciiWords}). The first non-ASCII character
   * or piece of markup sends the body down the general path instead.
   */
  public static String normalize(final String body) {
    final AsciiWords ascii = AsciiWords.of(body);
    return ascii != null
        ? new String(ascii.bytes(), 0, ascii.length(), StandardCharsets.US_ASCII)
        : normalizeUnicode(body);
  }

  /** The normalized words of a plain-ASCII body without markup, as ASCII bytes. */
  private record AsciiWords(byte[] bytes, int length) {

    /** The words of {@code body}, or null when it has a non-ASCII character or markup. */
    static AsciiWords of(final String body) {
      final byte[] words = new byte[body.length()];
      int length = 0;
      boolean separated = false;
      for (int i = 0; i < body.length(); i++) {
        final char c = body.charAt(i);
        if (c >= 0x80 || isMarkupAt(body, i)) {
          return null;
        }
        final boolean lower = c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
        if (lower || c >= 'A' && c <= 'Z') {
          if (separated && length > 0) {
            words[length++] = ' ';
          }
          separated = false;
          words[length++] = (byte) (lower ? c : c + ('a' - 'A'));
        } else {
          separated = true;
        }
      }
      return new AsciiWords(words, length);
    }
  }

  private static String normalizeUnicode(final String body) {
    final String text = hasMarkup(body) ? Jsoup.parseBodyFragment(body).text() : body;
    final String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    final StringBuilder words = new StringBuilder(folded.length());
    boolean separated = false;
    for (int i = 0; i < folded.length(); ) {
      final int codePoint = folded.codePointAt(i);
      if ((WORD_CATEGORIES >> Character.getType(codePoint) & 1) != 0) {
        separated = appendSeparator(words, separated);
        words.appendCodePoint(codePoint);
      } else {
        separated = true;
      }
      i += Character.charCount(codePoint);
    }
    return words.toString();
  }

  /** One space before a word that follows non-word characters, none before the first word. */
  private static boolean appendSeparator(final StringBuilder words, final boolean separated) {
    if (separated && !words.isEmpty()) {
      words.append(' ');
    }
    return false;
  }

  private static boolean hasMarkup(final String body) {
    for (int i = 0; i < body.length(); i++) {
      if (isMarkupAt(body, i)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a tag ({@code <a}, {@code </}, {@code <!}) or an entity ({@code &amp;}, {@code &#8212;}) starts at {@code i}. */
  private static boolean isMarkupAt(final String body, final int i) {
    final char c = body.charAt(i);
    if (c == '<') {
      return i + 1 < body.length() && isTagStart(body.charAt(i + 1));
    }
    if (c != '&') {
      return false;
    }
    int end = i + 1;
    while (end < body.length() && isEntityCharacter(body.charAt(end))) {
      end++;
    }
    return end > i + 1 && end < body.length() && body.charAt(end) == ';';
  }

  private static boolean isTagStart(final char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '/' || c == '!';
  }

  private static boolean isEntityCharacter(final char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '#';
  }
}
