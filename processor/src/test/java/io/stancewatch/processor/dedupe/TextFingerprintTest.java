package io.stancewatch.processor.dedupe;

import static org.assertj.core.api.Assertions.assertThat;

import io.stancewatch.processor.Sha256;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class TextFingerprintTest {

  /** Pieces random texts are made of: ASCII words and punctuation, markup, and Unicode edge cases. */
  private static final List<String> PIECES = List.of(
      "Talks", "STALLED", "again", "42", " ", "  ", "\n", "\t", ".", ",", "-", "'", "\"", "%",
      "<", ">", "< 2", "<p>", "</p>", "<!-- x -->", "<br/>", "&", "&amp;", "&nbsp;", "&#8212;", "&x", ";",
      "É", "ß", "İ", "ΟΔΟΣ", "Σ", "ＭＯＮＤＡＹ", "①", "Ⅻ", "ﬁ", "e\u0301", "\u00a0", "\u2028", "“", "—",
      "٣", "ª", "😀", "𝟙", "\ud800", "Straße", "Kyiv");

  /** The normalization as three regular expressions wrote it before the one-pass scan; the oracle. */
  private static String normalizedByRegularExpressions(final String body) {
    final String text = Pattern.compile("<[a-zA-Z/!]|&[#a-zA-Z0-9]+;").matcher(body).find()
        ? Jsoup.parseBodyFragment(body).text() : body;
    final String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    return Pattern.compile("[^\\p{L}\\p{N}]+").matcher(folded).replaceAll(" ").strip();
  }

  private static List<String> randomTexts(final long seed, final int count) {
    final Random random = new Random(seed);
    final List<String> texts = new ArrayList<>();
    for (int n = 0; n < count; n++) {
      final StringBuilder text = new StringBuilder();
      final int pieces = random.nextInt(12);
      for (int p = 0; p < pieces; p++) {
        text.append(PIECES.get(random.nextInt(PIECES.size())));
      }
      texts.add(text.toString());
    }
    return texts;
  }

  @Test
  void shouldNormalizeExactlyAsTheRegularExpressionsDidWhenTextsAreRandom() {
    for (final String text : randomTexts(20261124L, 20_000)) {
      assertThat(TextFingerprint.normalize(text)).as("normalize(%s)", text)
          .isEqualTo(normalizedByRegularExpressions(text));
    }
  }

  @Test
  void shouldHashTheNormalizedTextWhenTextsAreRandom() {
    for (final String text : randomTexts(7L, 2_000)) {
      assertThat(TextFingerprint.of(text)).as("of(%s)", text)
          .isEqualTo(HexFormat.of().formatHex(Sha256.of(normalizedByRegularExpressions(text))));
    }
  }

  @Test
  void shouldLowerCaseAndSeparateWordsWhenBodyIsPlainAscii() {
    assertThat(TextFingerprint.normalize("  NATO's  chief: 'Kyiv will JOIN' (2024)... "))
        .isEqualTo("nato s chief kyiv will join 2024");
  }

  @Test
  void shouldNormalizeMarkupCaseWidthAndPunctuationWhenTextIsGiven() {
    assertThat(TextFingerprint.normalize("<p>The  Ministers&nbsp;met —\n“finally”, on ＭＯＮＤＡＹ.</p>"))
        .isEqualTo("the ministers met finally on monday");
  }

  @Test
  void shouldKeepAngleBracketsAsTextWhenBodyHasNoMarkup() {
    assertThat(TextFingerprint.normalize("growth < 2% and > 1%")).isEqualTo("growth 2 and 1");
  }

  @Test
  void shouldGiveSameFingerprintWhenCopiesDifferOnlyInFormatting() {
    assertThat(TextFingerprint.of("<div>Talks stalled again.</div>"))
        .isEqualTo(TextFingerprint.of("talks   stalled AGAIN"))
        .hasSize(64);
  }

  @Test
  void shouldGiveDifferentFingerprintWhenOneWordIsEdited() {
    assertThat(TextFingerprint.of("Talks stalled again.")).isNotEqualTo(TextFingerprint.of("Talks resumed again."));
  }
}
