package io.stancewatch.processor.dedupe;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SimHashTest {

  /** An invented wire story of some 130 words. */
  static String wireStory() {
    try (InputStream in = SimHashTest.class.getResourceAsStream("/dedupe/wire-story.txt")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (final IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The story as a second outlet runs it: a byline added and one word changed. */
  static String lightlyEditedCopy() {
    return "By our correspondent. " + wireStory().replace("on Tuesday", "on Wednesday");
  }

  @Test
  void shouldGiveSameHashWhenTextsDifferOnlyInFormatting() {
    assertThat(SimHash.of(wireStory())).isEqualTo(SimHash.of("<p>" + wireStory().toUpperCase() + "</p>"));
  }

  @Test
  void shouldStayWithinFewBitsWhenCopyIsLightlyEdited() {
    assertThat(SimHash.distance(SimHash.of(wireStory()), SimHash.of(lightlyEditedCopy()))).isBetween(1, 3);
  }

  @Test
  void shouldDifferInManyBitsWhenStoriesAreUnrelated() {
    final String other = "Farmers in the northern valleys reported the best apricot harvest in a decade, "
        + "helped by a dry spring and late rains, and cooperatives said export orders had doubled.";

    assertThat(SimHash.distance(SimHash.of(wireStory()), SimHash.of(other))).isGreaterThan(12);
  }
}
