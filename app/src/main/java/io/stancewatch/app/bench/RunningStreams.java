package io.stancewatch.app.bench;

import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.Topology;

/**
 * A Kafka Streams application started and awaited until RUNNING, closed with a bound and its local
 * state removed when done: the bench's runs and the fault tests' in-process runs.
 *
 * @see #close()
 */
public final class RunningStreams implements AutoCloseable {

    private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(60);

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
    public static RunningStreams start(final Topology topology, final Properties properties, final Duration timeout)
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

    /** The application's current state. */
    public KafkaStreams.State state() {
        return streams.state();
    }

    /** Throws, naming the application as {@code name}, if it has stopped on its own. */
    public void requireAlive(final String name) {
        final KafkaStreams.State state = streams.state();
        if (state == KafkaStreams.State.ERROR || state == KafkaStreams.State.NOT_RUNNING
                || state == KafkaStreams.State.PENDING_ERROR) {
            throw new IllegalStateException(name + " stopped in state " + state + "; see the log");
        }
    }

    @Override
    public void close() {
        // Local state is removed only after a clean close: cleanUp() refuses while threads still run.
        if (streams.close(CLOSE_TIMEOUT)) {
            streams.cleanUp();
        }
    }
}
