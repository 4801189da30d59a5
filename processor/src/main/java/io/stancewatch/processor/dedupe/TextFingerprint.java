package io.stancewatch.processor.dedupe;

import io.stancewatch.processor.Sha256;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;

/**
 * The fingerprint of an article's text: SHA-256 (hex) of the body with markup, case, Unicode
 * compatibility forms, punctuation and whitespace normalized away. Two copies of one story that
 * differ only in those respects (an HTML and a plain-text feed, curly and straight quotes, re-wrapped
 * lines) share a fingerprint; a copy with an edited word does not - the state rules then count it
 * as corroboration, which never alerts.
 */
public final class TextFingerprint {

  private static final Pattern MARKUP = Pattern.compile("<[a-zA-Z/!]|&[#a-zA-Z0-9]+;");
  private static final Pattern NOT_A_WORD_CHARACTER = Pattern.compile("[^\\p{L}\\p{N}]+");

  private TextFingerprint() {}

  /** The fingerprint of {@code body}, 64 hex digits. */
  public static String of(final String body) {
    return HexFormat.of().formatHex(Sha256.of(normalize(body)));
  }

  /**
   * The text the fingerprint is taken of: tags stripped and entities decoded (when the body has
   * markup), NFKC, lower case, and every run of non-letters and non-digits one space.
   */
  public static String normalize(final String body) {
    final String text = MARKUP.matcher(body).find() ? Jsoup.parseBodyFragment(body).text() : body;
    final String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    return NOT_A_WORD_CHARACTER.matcher(folded).replaceAll(" ").strip();
  }
}
