package io.stancewatch.app.bench;

import java.time.Duration;

/**
 * One throughput measurement: how many articles of how many encoded bytes a topology processed and
 * committed in how long.
 *
 * @param name what ran ("pass-through", "pipeline")
 * @param articles input records processed
 * @param bytes their Avro-encoded size
 * @param elapsed from the application reaching RUNNING to its last input offset committed
 */
record ThroughputResult(String name, long articles, long bytes, Duration elapsed) {

    /** Articles per second. */
    double articlesPerSecond() {
        return articles / seconds();
    }

    /** Input megabytes (10^6 bytes) per second. */
    double megabytesPerSecond() {
        return bytes / 1e6 / seconds();
    }

    private double seconds() {
        return Math.max(elapsed.toNanos(), 1) / 1e9;
    }
}
