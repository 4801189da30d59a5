package io.stancewatch.app.bench;

import java.time.Duration;
import java.util.Map;

/**
 * What one bench run does.
 *
 * @param articles articles in the throughput feed
 * @param seed seed of the synthetic feeds
 * @param ratePerSecond paced ingest rate of the latency run
 * @param latencyDuration how long the latency run sends after its warm-up
 * @param latencyWarmUp how long the latency run sends first at the same rate, timed apart: a freshly
 *     started application's first transactions are slower than its steady state
 * @param warmUpArticles synthetic articles (another seed) each throughput run's topology processes as an
 *     application of its own before it is timed, so the figure is that of compiled code, not of the JIT
 *     compiler at work; 0 for none
 * @param partitions partitions of the articles and output topics (repartition topics follow)
 * @param streamsOverrides Streams properties that win over the processor's defaults in every run
 */
public record BenchSettings(int articles, long seed, int ratePerSecond, Duration latencyDuration,
                            Duration latencyWarmUp, int warmUpArticles, int partitions,
                            Map<String, String> streamsOverrides) {

    /** Checks the values. */
    public BenchSettings {
        requirePositive("articles", articles);
        requirePositive("rate", ratePerSecond);
        requirePositive("partitions", partitions);
        if (latencyDuration.isNegative() || latencyDuration.isZero()) {
            throw new IllegalArgumentException("the latency run needs a positive duration, got " + latencyDuration);
        }
        if (latencyWarmUp.isNegative()) {
            throw new IllegalArgumentException("the latency warm-up cannot be negative, got " + latencyWarmUp);
        }
        if (warmUpArticles < 0) {
            throw new IllegalArgumentException("warm-up articles cannot be negative, got " + warmUpArticles);
        }
        streamsOverrides = Map.copyOf(streamsOverrides);
    }

    /** Articles the latency run times: its rate times its duration. */
    int latencyArticles() {
        return Math.max(1, sentIn(latencyDuration));
    }

    /** Articles the latency run sends before those it times: its rate times the warm-up. */
    int latencyWarmUpArticles() {
        return sentIn(latencyWarmUp);
    }

    private int sentIn(final Duration duration) {
        return (int) (ratePerSecond * duration.toMillis() / 1000);
    }

    private static void requirePositive(final String name, final long value) {
        if (value <= 0) {
            throw new IllegalArgumentException(name + " must be positive, got " + value);
        }
    }
}
