package io.stancewatch.processor.dedupe;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextFingerprintTest {

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
