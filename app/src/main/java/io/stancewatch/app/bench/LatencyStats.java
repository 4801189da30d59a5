package io.stancewatch.app.bench;

import java.util.Arrays;

/**
 * Percentiles of article-to-alert latencies, nearest-rank: p99 is the smallest sample at least 99% of
 * the samples do not exceed.
 *
 * @param samples how many alerts were timed
 * @param p50 median, ms
 * @param p95 ms
 * @param p99 ms
 * @param max ms
 */
record LatencyStats(int samples, long p50, long p95, long p99, long max) {

    /** The percentiles of the given latencies in milliseconds; all zero when there are none. */
    static LatencyStats of(final long[] latenciesMillis) {
        if (latenciesMillis.length == 0) {
            return new LatencyStats(0, 0, 0, 0, 0);
        }
        final long[] sorted = latenciesMillis.clone();
        Arrays.sort(sorted);
        return new LatencyStats(sorted.length, percentile(sorted, 50), percentile(sorted, 95),
                percentile(sorted, 99), sorted[sorted.length - 1]);
    }

    private static long percentile(final long[] sorted, final int percent) {
        final int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
        return sorted[Math.max(rank, 1) - 1];
    }
}
