package io.stancewatch.processor.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArticleTextTest {

  private static final ExtractionRules RULES = ExtractionRules.loadDefault();

  private static ArticleText clean(String body) {
    return ArticleText.of(body, RULES.boilerplate());
  }

  @Test
  void shouldDropTagsAndDecodeEntitiesWhenTheBodyIsHtml() {
    ArticleText text = clean("<p>Rome &amp; Paris <b>agreed</b>.</p><p>Vienna&#8217;s turn.</p>");

    assertThat(text.text()).isEqualTo("Rome & Paris agreed.\n\nVienna\u2019s turn.");
    assertThat(text.paragraphs()).hasSize(2);
  }

  @Test
  void shouldDecodeEntitiesInPlainText() {
    assertThat(clean("Rome &amp; Paris").text()).isEqualTo("Rome & Paris");
  }

  @Test
  void shouldDropPromotionsCommentPoliciesAndSyndicationCredits() {
    ArticleText text = clean(String.join("\n",
        "The ministers met in Riga.",
        "Join our WhatsApp channel for the latest updates: https://example.org/wa",
        "Comments are the responsibility of their authors and do not represent our views.",
        "This story was first published by Example Wire and is republished under a content-sharing agreement.",
        "https://example.org/more",
        "Read more: Riga talks"));

    assertThat(text.text()).isEqualTo("The ministers met in Riga.");
  }

  @Test
  void shouldKeepALongParagraphThatMentionsAChannel() {
    String paragraph = "The foreign minister said the diplomatic channel with Riga stayed open. ".repeat(8).strip();

    assertThat(clean(paragraph).text()).isEqualTo(paragraph);
  }

  @Test
  void shouldSeeATagWhenAnglesEncloseALetterSlashOrBang() {
    assertThat(ArticleText.hasTag("a <b>bold</b> move")).isTrue();
    assertThat(ArticleText.hasTag("end</p>")).isTrue();
    assertThat(ArticleText.hasTag("<!-- note -->")).isTrue();
  }

  @Test
  void shouldSeeNoTagWhenAnglesAreComparisons() {
    assertThat(ArticleText.hasTag("a < 3 and b > 2")).isFalse();
    assertThat(ArticleText.hasTag("growth <5% > inflation")).isFalse();
    assertThat(ArticleText.hasTag("x <y")).isFalse();
    assertThat(ArticleText.hasTag("x> <y")).isFalse();
  }
}
