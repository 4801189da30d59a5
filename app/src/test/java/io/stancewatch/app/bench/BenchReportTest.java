package io.stancewatch.app.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.stancewatch.app.bench.BenchReport.OutputCounts;
import io.stancewatch.app.bench.LatencyRun.LatencyResult;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class BenchReportTest {

    private static final ThroughputResult PASS_THROUGH =
            new ThroughputResult("pass-through", 10_000, 10_000, 40_000_000, Duration.ofSeconds(2), false);
    private static final ThroughputResult PIPELINE =
            new ThroughputResult("pipeline", 10_000, 9_000, 36_000_000, Duration.ofSeconds(4), false);

    @Test
    void shouldEndWithTheSummaryLineWhenAllRunsFinished() {
        final BenchReport report = new BenchReport(PASS_THROUGH, PIPELINE, new OutputCounts(10_000, 12, 40, 0),
                new LatencyResult(3000, 500, 12, 1000, new LatencyStats(10, 110, 180, 240, 250),
                        new LatencyStats(2, 400, 900, 900, 900)));

        assertThat(report.lines()).last()
                .isEqualTo("bench: pipeline 2250 articles/s, pass-through 5000 articles/s, ratio 0.45, p99 240 ms");
    }

    @Test
    void shouldPrintRatesAndMegabytesPerSecondWhenAThroughputRunIsReported() {
        final BenchReport report = new BenchReport(PASS_THROUGH, PIPELINE, new OutputCounts(10_000, 12, 40, 1),
                new LatencyResult(3000, 500, 12, 1000, new LatencyStats(10, 110, 180, 240, 250),
                        new LatencyStats(2, 400, 900, 900, 900)));

        assertThat(report.lines()).contains(
                "pass-through: 10000 articles, 10000 timed, 40.0 MB in 2.00 s: 5000 articles/s, 20.0 MB/s;"
                        + " copied 10000 records",
                "pipeline: 10000 articles, 9000 timed, 36.0 MB in 4.00 s: 2250 articles/s, 9.0 MB/s; 12 alerts,"
                        + " 40 states,"
                        + " 1 dead letters",
                "latency: 3000 articles at 1000/s, 12 alerts (10 timed): p50 110 ms, p95 180 ms, p99 240 ms,"
                        + " max 250 ms",
                "latency warm-up: 500 articles before, 2 alerts timed apart: p50 400 ms, p95 900 ms, p99 900 ms,"
                        + " max 900 ms");
        assertThat(report.ratio()).isEqualTo(0.45);
    }

    @Test
    void shouldSayTheClockStartedWithTheApplicationWhenAFeedWasTooSmallToTimeFromRunning() {
        final ThroughputResult tooSmall =
                new ThroughputResult("pass-through", 100, 100, 400_000, Duration.ofMillis(500), true);
        final BenchReport report = new BenchReport(tooSmall, PIPELINE, new OutputCounts(100, 12, 40, 0),
                new LatencyResult(3000, 500, 12, 1000, new LatencyStats(10, 110, 180, 240, 250),
                        new LatencyStats(2, 400, 900, 900, 900)));

        assertThat(report.lines()).first().asString().startsWith(
                "pass-through: 100 articles, 100 timed from start-up (a feed too small to time from RUNNING), 0.4 MB"
                        + " in 0.50 s: 200 articles/s");
    }
}
