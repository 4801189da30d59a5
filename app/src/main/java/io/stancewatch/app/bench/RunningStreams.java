package io.stancewatch.app.bench;

import java.time.Duration;
import java.util.Properties;
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
    private final Object stateChanged = new Object();

    private RunningStreams(final Topology topology, final Properties properties) {
        streams = new KafkaStreams(topology, properties);
        streams.setStateListener((newState, oldState) -> {
            synchronized (stateChanged) {
                stateChanged.notifyAll();
            }
        });
    }

    /**
     * Starts the application and returns once it runs. A first RUNNING can be followed at once by another
     * rebalance (a second stream thread joining), so this waits for RUNNING as the current state, not for
     * the first time it was reached.
     */
    public static RunningStreams start(final Topology topology, final Properties properties, final Duration timeout)
            throws InterruptedException {
        final RunningStreams run = new RunningStreams(topology, properties);
        run.streams.start();
        final KafkaStreams.State state = run.awaitRunningOrStopped(timeout);
        if (state != KafkaStreams.State.RUNNING) {
            // Outside the monitor: closing changes the state, and the listener takes the monitor.
            run.close();
            throw new IllegalStateException("Streams did not reach RUNNING within " + timeout + " (state "
                    + state + ")");
        }
        return run;
    }

    private KafkaStreams.State awaitRunningOrStopped(final Duration timeout) throws InterruptedException {
        final long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (stateChanged) {
            KafkaStreams.State state = streams.state();
            while (state != KafkaStreams.State.RUNNING && !isStopped(state) && System.nanoTime() < deadline) {
                stateChanged.wait(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
                state = streams.state();
            }
            return state;
        }
    }

    private static boolean isStopped(final KafkaStreams.State state) {
        return state == KafkaStreams.State.ERROR || state == KafkaStreams.State.PENDING_ERROR
                || state == KafkaStreams.State.NOT_RUNNING || state == KafkaStreams.State.PENDING_SHUTDOWN;
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
