package io.stancewatch.processor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class TopologyOptionsTest {

  @Test
  void shouldRememberSevenDaysWithoutNearDuplicatesWhenNothingIsConfigured() {
    final TopologyOptions options = TopologyOptions.defaults();

    assertThat(options.dedupeRetention()).isEqualTo(Duration.ofDays(7));
    assertThat(options.maxBodyBytes()).isEqualTo(1_000_000);
    assertThat(options.nearDuplicateMaxDistance()).isEmpty();
  }

  @Test
  void shouldTakeConfiguredValuesWhenSet() {
    final TopologyOptions options = TopologyOptions.fromConfig(Map.of(
        TopologyOptions.DEDUPE_RETENTION_MS_CONFIG, "3600000",
        TopologyOptions.MAX_EVIDENCE_CONFIG, 4,
        TopologyOptions.NEAR_DUPLICATE_MAX_DISTANCE_CONFIG, "6"));

    assertThat(options.dedupeRetention()).isEqualTo(Duration.ofHours(1));
    assertThat(options.maxEvidence()).isEqualTo(4);
    assertThat(options.nearDuplicateMaxDistance()).isEqualTo(OptionalInt.of(6));
  }

  @Test
  void shouldNameKeyWhenValueIsNotPositive() {
    assertThatThrownBy(() -> TopologyOptions.fromConfig(Map.of(TopologyOptions.MAX_BODY_BYTES_CONFIG, "0")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(TopologyOptions.MAX_BODY_BYTES_CONFIG);
  }

  @Test
  void shouldNameRangeWhenNearDuplicateDistanceIsOutOfIt() {
    assertThatThrownBy(() -> TopologyOptions.fromConfig(
        Map.of(TopologyOptions.NEAR_DUPLICATE_MAX_DISTANCE_CONFIG, "8")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must be 0 to 7, was '8'");
  }
}
