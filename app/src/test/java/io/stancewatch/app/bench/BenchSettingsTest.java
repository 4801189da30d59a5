package io.stancewatch.app.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BenchSettingsTest {

    @Test
    void shouldSendRateTimesSecondsArticlesWhenTheLatencyRunIsPlanned() {
        final BenchSettings settings = new BenchSettings(
                2000, 1, 300, Duration.ofSeconds(3), Duration.ofSeconds(2), 0, 2, Map.of());

        assertThat(settings.latencyArticles()).isEqualTo(900);
        assertThat(settings.latencyWarmUpArticles()).isEqualTo(600);
    }

    @Test
    void shouldNameTheValueWhenTheWarmUpArticlesAreNegative() {
        assertThatThrownBy(() -> new BenchSettings(10, 1, 300, Duration.ofSeconds(3), Duration.ZERO, -1, 2, Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("warm-up articles cannot be negative, got -1");
    }

    @Test
    void shouldRefuseTheLatencyRunWhenItsWarmUpIsNegative() {
        assertThatThrownBy(() -> new BenchSettings(
                10, 1, 300, Duration.ofSeconds(3), Duration.ofSeconds(-1), 0, 2, Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("warm-up cannot be negative");
    }

    @Test
    void shouldNameTheValueWhenArticlesAreNotPositive() {
        assertThatThrownBy(() -> new BenchSettings(
                0, 1, 300, Duration.ofSeconds(3), Duration.ofSeconds(2), 0, 2, Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("articles must be positive, got 0");
    }

    @Test
    void shouldRefuseTheLatencyRunWhenItsDurationIsZero() {
        assertThatThrownBy(() -> new BenchSettings(10, 1, 300, Duration.ZERO, Duration.ZERO, 0, 2, Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("positive duration");
    }

    @Test
    void shouldRefuseAScheduleWhenTheRateIsNotPositive() {
        assertThatThrownBy(() -> new RateSchedule(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("rate must be positive");
    }
}
