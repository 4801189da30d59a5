package io.stancewatch.processor.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import opennlp.tools.tokenize.SimpleTokenizer;
import org.junit.jupiter.api.Test;

class TokenSpansTest {

  private static String tokens(String text, int start, int end) {
    int[] spans = TokenSpans.of(text, start, end);
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < spans.length; i += 2) {
      out.append('[').append(text, spans[i], spans[i + 1]).append(']');
    }
    return out.toString();
  }

  @Test
  void shouldSplitLettersDigitsAndPunctuationWhenTheyMeet() {
    assertThat(tokens("Hungary's 2024 veto...ended!?", 0, 29))
        .isEqualTo("[Hungary]['][s][2024][veto][...][ended][!][?]");
  }

  @Test
  void shouldGiveOffsetsInTheWholeTextWhenTokenizingAStretchOfIt() {
    String text = "First one. Then  Rome, Paris.";

    assertThat(TokenSpans.of(text, 11, 29)).containsExactly(11, 15, 17, 21, 21, 22, 23, 28, 28, 29);
  }

  /** The extractor's rules were written against OpenNLP's SimpleTokenizer: the spans must not move. */
  @Test
  void shouldAgreeWithOpenNlpSimpleTokenizerWhenTextIsRandom() {
    char[] alphabet = {'a', 'Z', '\u00E9', '1', '\u0663', ' ', '\u00A0', '\u2009', '\t', '.', '.', ',', '\'',
        '\u2019', '-', '\u2014', '"', '(', '\uD83D', '\uDE00', '\u02BC', '\u3007', '\u2160'};
    Random random = new Random(20261124L);
    for (int round = 0; round < 2000; round++) {
      char[] chars = new char[random.nextInt(30)];
      for (int i = 0; i < chars.length; i++) {
        chars[i] = alphabet[random.nextInt(alphabet.length)];
      }
      String text = "x " + new String(chars) + " y";
      int start = 2;
      int end = text.length() - 2;
      int[] expected = Arrays.stream(SimpleTokenizer.INSTANCE.tokenizePos(text.substring(start, end)))
          .flatMapToInt(span -> Arrays.stream(new int[] {start + span.getStart(), start + span.getEnd()}))
          .toArray();

      assertThat(TokenSpans.of(text, start, end)).as("'%s'", text).containsExactly(expected);
    }
  }

  @Test
  void shouldFindNoTokenWhenTheStretchIsBlank() {
    assertThat(TokenSpans.of("a \u00A0 b", 1, 4)).isEmpty();
  }
}
