package io.stancewatch.app.bench;

import java.time.Duration;
import java.util.Map;

/**
 * What one bench run does.
 *
 * @param articles articles in the throughput feed
 * @param seed seed of the synthetic feeds
 * @param ratePerSecond paced ingest rate of the latency run
 * @param latencyDuration how long the latency run sends
 * @param partitions partitions of the articles and output topics (repartition topics follow)
 * @param streamsOverrides Streams properties that win over the processor's defaults in every run
 */
public record BenchSettings(int articles, long seed, int ratePerSecond, Duration latencyDuration, int partitions,
                            Map<String, String> streamsOverrides) {

    /** Checks the values. */
    public BenchSettings {
        requirePositive("articles", articles);
        requirePositive("rate", ratePerSecond);
        requirePositive("partitions", partitions);
        if (latencyDuration.isNegative() || latencyDuration.isZero()) {
            throw new IllegalArgumentException("the latency run needs a positive duration, got " + latencyDuration);
        }
        streamsOverrides = Map.copyOf(streamsOverrides);
    }

    /** Articles the latency run sends: its rate times its duration. */
    int latencyArticles() {
        return (int) Math.max(1, ratePerSecond * latencyDuration.toMillis() / 1000);
    }

    private static void requirePositive(final String name, final long value) {
        if (value <= 0) {
            throw new IllegalArgumentException(name + " must be positive, got " + value);
        }
    }
}
