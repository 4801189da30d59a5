package io.stancewatch.app.bench;

import io.stancewatch.app.bench.ArticlePreloader.FeedLoad;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;

/**
 * Times one Streams application over a preloaded input topic: the clock starts when the application
 * reaches RUNNING (its partitions assigned, so start-up and rebalancing are not counted) and times the
 * input records not committed by then, until its last input offset is committed, which under
 * exactly-once is when all its output is visible to a {@code read_committed} consumer. Progress is
 * polled every {@link CommittedProgress#POLL_INTERVAL}, the resolution of the measurement.
 */
final class ThroughputRun {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(2);

    private ThroughputRun() {
    }

    /**
     * Runs {@code topology} over {@code load} until everything is committed, then closes it.
     *
     * @param streamsProperties complete Streams settings, with a fresh application id
     * @throws IllegalStateException if the application fails or does not finish within {@code timeout}
     */
    static ThroughputResult measure(final String name, final Topology topology, final Properties streamsProperties,
                                    final FeedLoad load, final Admin admin, final Duration timeout)
            throws InterruptedException, ExecutionException {
        final String applicationId = streamsProperties.getProperty(StreamsConfig.APPLICATION_ID_CONFIG);
        final CommittedProgress progress = new CommittedProgress(admin, applicationId, load.topic());
        final long startUp = System.nanoTime();
        try (RunningStreams streams = RunningStreams.start(topology, streamsProperties, START_TIMEOUT)) {
            final long start = System.nanoTime();
            // A stream thread can reach RUNNING, and work, before the application does (its other thread
            // still rebalancing): what it committed by then is not counted, what it has not is timed.
            final long timed = progress.uncommittedInput();
            progress.awaitNothingRemaining(name, timeout, () -> streams.requireAlive(name));
            final long end = System.nanoTime();
            if (timed * 2 < load.articles()) {
                // Most of a small feed was done before the clock started: time it all from start-up instead.
                return new ThroughputResult(name, load.articles(), load.articles(), load.bytes(),
                        Duration.ofNanos(end - startUp), true);
            }
            return new ThroughputResult(name, load.articles(), timed, load.bytes() * timed / load.articles(),
                    Duration.ofNanos(end - start), false);
        }
    }
}
