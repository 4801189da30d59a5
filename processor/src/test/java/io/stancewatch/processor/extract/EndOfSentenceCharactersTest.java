package io.stancewatch.processor.extract;

import static org.assertj.core.api.Assertions.assertThat;

import opennlp.tools.sentdetect.DefaultEndOfSentenceScanner;
import org.junit.jupiter.api.Test;

class EndOfSentenceCharactersTest {

  private static final char[] ENDS = {'.', '!', '?'};

  @Test
  void shouldListEveryEndCharacterInTextOrder() {
    EndOfSentenceCharacters scanner = new EndOfSentenceCharacters(ENDS);

    assertThat(scanner.getPositions("No. Really?! Yes 1.5")).containsExactly(2, 10, 11, 18);
    assertThat(scanner.getEOSCharacters()).containsExactly('.', '!', '?');
  }

  @Test
  void shouldAnswerAsOpenNlpDefaultScannerWhenGivenAnyKindOfText() {
    String text = "Mr. Orb\u00E1n said \u201CNo!\u201D\u2026 Why? \u00BFQu\u00E9? 3.14...";
    DefaultEndOfSentenceScanner openNlp = new DefaultEndOfSentenceScanner(ENDS);
    EndOfSentenceCharacters ours = new EndOfSentenceCharacters(ENDS);

    assertThat(ours.getPositions(text)).isEqualTo(openNlp.getPositions(text));
    assertThat(ours.getPositions(new StringBuffer(text))).isEqualTo(openNlp.getPositions(new StringBuffer(text)));
    assertThat(ours.getPositions(text.toCharArray())).isEqualTo(openNlp.getPositions(text.toCharArray()));
  }

  @Test
  void shouldReportAnOffsetOnceWhenAnEndCharacterIsListedTwice() {
    EndOfSentenceCharacters scanner = new EndOfSentenceCharacters(new char[] {'.', '?', '.'});

    assertThat(scanner.getPositions("A. B?")).containsExactly(1, 4);
  }
}
