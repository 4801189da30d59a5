package io.stancewatch.app.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class LatencyStatsTest {

    @Test
    void shouldTakeNearestRankPercentilesWhenSamplesAreUnsorted() {
        final long[] samples = LongStream.rangeClosed(1, 100).map(i -> 101 - i).toArray();

        final LatencyStats stats = LatencyStats.of(samples);

        assertThat(stats).isEqualTo(new LatencyStats(100, 50, 95, 99, 100));
        assertThat(samples[0]).as("the caller's array is left as it was").isEqualTo(100);
    }

    @Test
    void shouldReportTheOnlySampleWhenThereIsOne() {
        assertThat(LatencyStats.of(new long[] {42})).isEqualTo(new LatencyStats(1, 42, 42, 42, 42));
    }

    @Test
    void shouldReportZerosWhenNothingWasTimed() {
        assertThat(LatencyStats.of(new long[0])).isEqualTo(new LatencyStats(0, 0, 0, 0, 0));
    }
}
