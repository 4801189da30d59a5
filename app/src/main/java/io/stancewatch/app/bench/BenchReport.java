package io.stancewatch.app.bench;

import io.stancewatch.app.bench.LatencyRun.LatencyResult;
import java.util.List;
import java.util.Locale;

/**
 * The figures of one bench run and how they are printed: one line per measurement, then the summary
 * line scripts read, {@code bench: pipeline N articles/s, pass-through M articles/s, ratio R, p99 L ms}.
 *
 * @param passThrough the baseline topology over the preloaded feed
 * @param pipeline the stance topology over the same feed
 * @param outputs records each run left on its output topics, read back {@code read_committed}
 * @param latency the paced latency run of the stance topology
 */
record BenchReport(ThroughputResult passThrough, ThroughputResult pipeline, OutputCounts outputs,
                   LatencyResult latency) {

    /** Throughput of the pipeline as a share of the pass-through's. */
    double ratio() {
        return pipeline.articlesPerSecond() / passThrough.articlesPerSecond();
    }

    /** The report, last line the summary. */
    List<String> lines() {
        final LatencyStats stats = latency.latency();
        final LatencyStats warmUp = latency.warmUpLatency();
        return List.of(
                throughputLine(passThrough) + String.format(Locale.ROOT, "; copied %d records",
                        outputs.passThroughCopies()),
                throughputLine(pipeline) + String.format(Locale.ROOT, "; %d alerts, %d states, %d dead letters",
                        outputs.alerts(), outputs.states(), outputs.deadLetters()),
                String.format(Locale.ROOT,
                        "latency: %d articles at %d/s, %d alerts (%d timed): p50 %d ms, p95 %d ms, p99 %d ms, max %d ms",
                        latency.articles(), latency.ratePerSecond(), latency.alerts(), stats.samples(), stats.p50(),
                        stats.p95(), stats.p99(), stats.max()),
                String.format(Locale.ROOT,
                        "latency warm-up: %d articles before, %d alerts timed apart: p50 %d ms, p95 %d ms, p99 %d ms,"
                                + " max %d ms", latency.warmUpArticles(), warmUp.samples(), warmUp.p50(), warmUp.p95(),
                        warmUp.p99(), warmUp.max()),
                summaryLine());
    }

    /** {@code bench: pipeline N articles/s, pass-through M articles/s, ratio R, p99 L ms}. */
    String summaryLine() {
        return String.format(Locale.ROOT, "bench: pipeline %.0f articles/s, pass-through %.0f articles/s, ratio %.2f,"
                        + " p99 %d ms", pipeline.articlesPerSecond(), passThrough.articlesPerSecond(), ratio(),
                latency.latency().p99());
    }

    private static String throughputLine(final ThroughputResult result) {
        return String.format(Locale.ROOT, "%s: %d articles, %d timed%s, %.1f MB in %.2f s: %.0f articles/s, %.1f MB/s",
                result.name(), result.articles(), result.timedArticles(),
                result.fromStartUp() ? " from start-up (a feed too small to time from RUNNING)" : "",
                result.timedBytes() / 1e6, result.elapsed().toMillis() / 1000.0,
                result.articlesPerSecond(), result.megabytesPerSecond());
    }

    /**
     * What the throughput runs wrote.
     *
     * @param passThroughCopies records on the pass-through's output topic
     * @param alerts records on the pipeline's alerts topic
     * @param states records on the pipeline's states topic (before compaction)
     * @param deadLetters records on the pipeline's dead-letter topic
     */
    record OutputCounts(long passThroughCopies, long alerts, long states, long deadLetters) {
    }
}
