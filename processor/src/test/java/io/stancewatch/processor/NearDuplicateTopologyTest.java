package io.stancewatch.processor;

import static org.assertj.core.api.Assertions.assertThat;

import io.stancewatch.schemas.Article;
import io.stancewatch.schemas.StanceState;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.junit.jupiter.api.Test;

/** The optional near-duplicate step, against the default topology that only drops exact copies. */
class NearDuplicateTopologyTest {

  private static final Instant T0 = Instant.parse("2030-07-01T06:00:00Z");
  private static final String SCRIPT = "\nstance: ORGX CND MEMBERSHIP AAA OPPOSE";

  private static String story() {
    try (InputStream in = NearDuplicateTopologyTest.class.getResourceAsStream("/dedupe/wire-story.txt")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (final IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Article article(final String id, final String body) {
    return Article.newBuilder().setId(id).setSource("outlet " + id).setUrl(null).setTitle("Port delay")
        .setBody(body).setPublishedAt(T0).setIngestedAt(T0).build();
  }

  /** Sends an article and its copy with a byline; returns the states the copy produced. */
  private static long statesFromBylinedCopy(final Map<String, ?> config, final String scope) {
    try (StanceTestDriver driver = new StanceTestDriver(scope, new ScriptedStanceExtractor(), config, T0)) {
      final TestInputTopic<String, Article> articles = driver.articles();
      final TestOutputTopic<String, StanceState> states = driver.states();
      articles.pipeInput("w-1", article("w-1", story() + SCRIPT));
      states.readValuesToList();

      articles.pipeInput("w-2", article("w-2", "By our correspondent. " + story() + SCRIPT));

      return states.getQueueSize();
    }
  }

  @Test
  void shouldDropBylinedCopyWhenNearDuplicateDetectionIsOn() {
    assertThat(statesFromBylinedCopy(
        Map.of(TopologyOptions.NEAR_DUPLICATE_MAX_DISTANCE_CONFIG, "7"), "NearDuplicateTopologyTest-on"))
        .isZero();
  }

  @Test
  void shouldPassBylinedCopyToStateRulesWhenNearDuplicateDetectionIsOff() {
    assertThat(statesFromBylinedCopy(Map.of(), "NearDuplicateTopologyTest-off")).isEqualTo(1);
  }

  @Test
  void shouldRouteArticlesThroughOnePartitionTopicWhenNearDuplicateDetectionIsOn() {
    try (StanceTestDriver driver = new StanceTestDriver("NearDuplicateTopologyTest-topic",
        new ScriptedStanceExtractor(), Map.of(TopologyOptions.NEAR_DUPLICATE_MAX_DISTANCE_CONFIG, "0"), T0)) {
      driver.articles().pipeInput("w-1", article("w-1", story() + SCRIPT));

      assertThat(driver.driver().producedTopicNames())
          .contains("stancewatch-" + StanceTopology.TEXT_SIGNALS_FOR_NEAR_DEDUPE + "-repartition");
      assertThat(driver.states().getQueueSize()).isEqualTo(1);
    }
  }
}
