package io.stancewatch.app.bench;

import io.stancewatch.app.bench.ArticlePreloader.FeedLoad;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;

/**
 * Times one Streams application over a preloaded input topic: the clock starts when the application
 * reaches RUNNING (its partitions assigned, so start-up and rebalancing are not counted) and stops when
 * its last input offset is committed, which under exactly-once is when all its output is visible to a
 * {@code read_committed} consumer. Progress is polled every {@link #POLL_INTERVAL}, the resolution of the
 * measurement.
 */
final class ThroughputRun {

    static final Duration POLL_INTERVAL = Duration.ofMillis(50);
    private static final Duration START_TIMEOUT = Duration.ofMinutes(2);
    private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(60);

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
        try (RunningStreams streams = RunningStreams.start(topology, streamsProperties, START_TIMEOUT)) {
            final long start = System.nanoTime();
            final long deadline = start + timeout.toNanos();
            long remaining = progress.remaining();
            while (remaining > 0) {
                streams.requireAlive(name);
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException(name + " had " + remaining + " records left to process after "
                            + timeout.toSeconds() + " s");
                }
                TimeUnit.MILLISECONDS.sleep(POLL_INTERVAL.toMillis());
                remaining = progress.remaining();
            }
            return new ThroughputResult(name, load.articles(), load.bytes(), Duration.ofNanos(System.nanoTime() - start));
        }
    }

    /** A started Streams application that is closed, with a bound, when done. */
    static final class RunningStreams implements AutoCloseable {
        private final KafkaStreams streams;
        private final CountDownLatch running = new CountDownLatch(1);

        private RunningStreams(final Topology topology, final Properties properties) {
            streams = new KafkaStreams(topology, properties);
            streams.setStateListener((newState, oldState) -> {
                if (newState == KafkaStreams.State.RUNNING || newState == KafkaStreams.State.ERROR) {
                    running.countDown();
                }
            });
        }

        /** Starts the application and returns once it runs. */
        static RunningStreams start(final Topology topology, final Properties properties, final Duration timeout)
                throws InterruptedException {
            final RunningStreams run = new RunningStreams(topology, properties);
            run.streams.start();
            if (!run.running.await(timeout.toMillis(), TimeUnit.MILLISECONDS)
                    || run.streams.state() != KafkaStreams.State.RUNNING) {
                final KafkaStreams.State state = run.streams.state();
                run.close();
                throw new IllegalStateException("Streams did not reach RUNNING within " + timeout + " (state "
                        + state + ")");
            }
            return run;
        }

        /** Throws if the application has stopped on its own. */
        void requireAlive(final String name) {
            final KafkaStreams.State state = streams.state();
            if (state == KafkaStreams.State.ERROR || state == KafkaStreams.State.NOT_RUNNING
                    || state == KafkaStreams.State.PENDING_ERROR) {
                throw new IllegalStateException(name + " stopped in state " + state + "; see the log");
            }
        }

        @Override
        public void close() {
            streams.close(CLOSE_TIMEOUT);
            streams.cleanUp();
        }
    }
}
