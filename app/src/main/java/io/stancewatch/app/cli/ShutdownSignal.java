package io.stancewatch.app.cli;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Turns SIGINT/SIGTERM into an orderly stop: {@link #await()} returns when the JVM is asked to stop, the
 * command closes what it runs, and the shutdown hook holds the JVM until {@link #closed()} says so. Without
 * the hold the JVM would exit halfway through closing Kafka Streams or the embedded broker.
 */
final class ShutdownSignal implements AutoCloseable {

    /** How long the JVM waits for a command to close once it is asked to stop. */
    static final Duration CLOSE_BUDGET = Duration.ofSeconds(60);

    private final CountDownLatch stopRequested = new CountDownLatch(1);
    private final CountDownLatch closed = new CountDownLatch(1);
    private final Thread hook;

    private ShutdownSignal() {
        hook = new Thread(this::holdUntilClosed, "stancewatch-shutdown");
    }

    /** Starts listening for the JVM's stop signals. */
    static ShutdownSignal install() {
        final ShutdownSignal signal = new ShutdownSignal();
        Runtime.getRuntime().addShutdownHook(signal.hook);
        return signal;
    }

    /** Blocks until the JVM is asked to stop (or {@link #requestStop()} is called). */
    void await() throws InterruptedException {
        stopRequested.await();
    }

    /** Asks the command to stop as a signal would; for commands that end on their own. */
    void requestStop() {
        stopRequested.countDown();
    }

    /** Whether a stop was requested. */
    boolean stopRequested() {
        return stopRequested.getCount() == 0;
    }

    /** Says the command has closed everything, releasing the shutdown hook; removes the hook if unused. */
    @Override
    public void close() {
        closed.countDown();
        if (!stopRequested()) {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (final IllegalStateException shuttingDown) {
                // The JVM is already stopping: the hook runs and finds everything closed.
            }
        }
    }

    private void holdUntilClosed() {
        stopRequested.countDown();
        try {
            closed.await(CLOSE_BUDGET.toMillis(), TimeUnit.MILLISECONDS);
        } catch (final InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
