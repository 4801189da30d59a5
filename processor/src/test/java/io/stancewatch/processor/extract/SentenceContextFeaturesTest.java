package io.stancewatch.processor.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Random;
import java.util.Set;
import opennlp.tools.sentdetect.DefaultSDContextGenerator;
import opennlp.tools.sentdetect.SentenceModel;
import org.junit.jupiter.api.Test;

/**
 * The sentence model decides on the features it was trained with, so the lean generator must give
 * exactly OpenNLP's strings, in OpenNLP's order, at every position of any text.
 */
class SentenceContextFeaturesTest {

  private static final char[] ENDS = {'.', '!', '?'};
  private static final Set<String> ABBREVIATIONS = Set.of("Mr.", "U.S.", "Dr", "etc.", "approx");

  @Test
  void shouldGiveOpenNlpFeaturesAtTrickyEnds() {
    String text = "  Mr. Smith met the U.S. envoy... \"No!\" he said.\u00A0Then?! 3.5% rose\tby 2.\n"
        + "Dr. Who?\r\nE.g. this. \u201CQuoted.\u201D\u2009Next.  Two  spaces. etc. approx. a.b.c. . ! ?.";

    assertSameFeaturesEverywhere(text, ABBREVIATIONS, ENDS);
    assertSameFeaturesEverywhere(text, Set.of(), ENDS);
  }

  @Test
  void shouldGiveOpenNlpFeaturesOnTheModelsOwnEndCharacters() throws IOException {
    char[] modelEnds = modelEndCharacters();
    String text = "Talks ended. Will they resume? Yes! Officials said so; others disagreed\u2026 Maybe.";

    assertThat(modelEnds).isNotEmpty();
    assertSameFeaturesEverywhere(text, Set.of(), modelEnds);
  }

  @Test
  void shouldGiveOpenNlpFeaturesOnRandomText() {
    String alphabet = "aZ9.!?. .  \n\t\r\u00A0\u2009\"\u201D'Mr";
    Random random = new Random(42);
    for (int round = 0; round < 3_000; round++) {
      StringBuilder text = new StringBuilder();
      for (int i = 1 + random.nextInt(40); i > 0; i--) {
        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      assertSameFeaturesEverywhere(text.toString(), ABBREVIATIONS, ENDS);
    }
  }

  @Test
  void shouldReuseItsBufferWithoutLeakingOneContextIntoTheNext() {
    SentenceContextFeatures features = new SentenceContextFeatures(Set.of(), ENDS);
    String longToken = "x".repeat(200) + ". Next";

    String[] first = features.getContext(longToken, 200);
    String[] second = features.getContext("A. B", 1);

    assertThat(first).contains("x=" + "x".repeat(200), "200", "s=", "n=Next", "ncap");
    assertThat(second).containsExactly("sn", "eos=.", "x=A", "1", "xcap", "v=", "s=", "n=B", "ncap");
  }

  private static void assertSameFeaturesEverywhere(String text, Set<String> abbreviations, char[] ends) {
    DefaultSDContextGenerator openNlp = new DefaultSDContextGenerator(abbreviations, ends);
    SentenceContextFeatures ours = new SentenceContextFeatures(abbreviations, ends);
    for (int position = 0; position < text.length(); position++) {
      assertThat(ours.getContext(text, position))
          .as("features at %d of '%s'", position, text)
          .containsExactly(openNlp.getContext(text, position));
    }
  }

  private static char[] modelEndCharacters() throws IOException {
    try (InputStream in = SentenceSplitter.class.getClassLoader().getResourceAsStream(SentenceSplitter.MODEL_RESOURCE)) {
      char[] ends = new SentenceModel(in).getEosCharacters();
      return ends == null ? ENDS : ends;
    }
  }
}
