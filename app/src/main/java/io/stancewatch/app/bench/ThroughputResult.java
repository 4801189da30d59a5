package io.stancewatch.app.bench;

import java.time.Duration;

/**
 * One throughput measurement: how many articles of how many encoded bytes a topology processed and
 * committed in how long.
 *
 * @param name what ran ("pass-through", "pipeline")
 * @param articles input records processed
 * @param timedArticles those not yet committed when the clock started, which the rate is of
 * @param timedBytes their Avro-encoded size (the average article's times their number)
 * @param elapsed from the application reaching RUNNING to its last input offset committed
 * @param fromStartUp whether the clock started with the application instead, because it had committed
 *     most of a small feed before it reached RUNNING
 */
record ThroughputResult(String name, long articles, long timedArticles, long timedBytes, Duration elapsed,
                        boolean fromStartUp) {

    /** Articles per second. */
    double articlesPerSecond() {
        return timedArticles / seconds();
    }

    /** Input megabytes (10^6 bytes) per second. */
    double megabytesPerSecond() {
        return timedBytes / 1e6 / seconds();
    }

    private double seconds() {
        return Math.max(elapsed.toNanos(), 1) / 1e9;
    }
}
