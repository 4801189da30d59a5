package io.stancewatch.processor.extract.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FoldedTextTest {

  private static String folded(FoldedText text) {
    return new String(text.chars(), 0, text.length());
  }

  @Test
  void shouldStripDiacriticsWhenFolding() {
    assertThat(folded(FoldedText.of("Orbán Szijjártó Erdoğan Čaputová Niinistö Łukasz Søreide")))
        .isEqualTo("Orban Szijjarto Erdogan Caputova Niinisto Lukasz Soreide");
  }

  @Test
  void shouldCollapseHyphensDashesAndWhitespaceWhenFolding() {
    assertThat(folded(FoldedText.of("secretary-general \n of\u00a0the  alliance—now"))).isEqualTo("secretary general of the alliance now");
  }

  @Test
  void shouldDropInvisibleCharactersAndKeepOffsetsWhenWebTextHidesThemInWords() {
    FoldedText text = FoldedText.of("Orb\u00ADa\u200Bn!");

    assertThat(folded(text)).isEqualTo("Orban!");
    assertThat(text.originStart(3)).isEqualTo(4);
    assertThat(text.originStart(4)).isEqualTo(6);
    assertThat(text.originEnd(4)).isEqualTo(7);
  }

  @Test
  void shouldStraightenApostrophesWhenFolding() {
    assertThat(folded(FoldedText.of("Hungary’s Côte d‘Ivoire"))).isEqualTo("Hungary's Cote d'Ivoire");
  }

  @Test
  void shouldMapFoldedOffsetsBackToOriginalWhenFoldChangesLength() {
    FoldedText text = FoldedText.of("Straße  Æon");

    assertThat(folded(text)).isEqualTo("Strasse AEon");
    assertThat(text.originStart(4)).isEqualTo(4);
    assertThat(text.originStart(5)).isEqualTo(4);
    assertThat(text.originEnd(5)).isEqualTo(5);
    assertThat(text.originStart(7)).isEqualTo(6);
    assertThat(text.originStart(8)).isEqualTo(8);
    assertThat(text.originStart(9)).isEqualTo(8);
  }

  @Test
  void shouldFoldAliasLikeTextWhenAliasHasOuterSpace() {
    assertThat(FoldedText.foldAlias("  Secretary-General ")).isEqualTo("Secretary General");
  }
}
