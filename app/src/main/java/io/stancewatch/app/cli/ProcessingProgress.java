package io.stancewatch.app.cli;

import io.stancewatch.app.bench.CommittedProgress;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.function.BooleanSupplier;
import org.apache.kafka.clients.admin.Admin;

/**
 * Waits until the processor has fully processed its input: its committed offsets have reached the end of
 * the articles topic and of every repartition topic it reads ({@link CommittedProgress}, shared with the
 * benchmarks).
 *
 * <p>Committed offsets are the right signal because Kafka Streams flushes its output before it commits: an
 * input offset that is committed means the alerts and states it caused are on their topics.
 */
final class ProcessingProgress {

    private static final Duration POLL_INTERVAL = Duration.ofMillis(200);

    private final CommittedProgress progress;

    ProcessingProgress(final Admin admin, final String applicationId, final String inputTopic) {
        this.progress = new CommittedProgress(admin, applicationId, inputTopic);
    }

    /**
     * Waits until nothing is left to process.
     *
     * @param stillRunning checked on every poll, so a processor that died ends the wait at once
     * @throws IllegalStateException when {@code timeout} passes first, naming how much is left, or when
     *     {@code stillRunning} turns false
     */
    void awaitCaughtUp(final Duration timeout, final BooleanSupplier stillRunning)
            throws InterruptedException, ExecutionException {
        final long deadline = System.nanoTime() + timeout.toNanos();
        long remaining = progress.remaining();
        while (remaining > 0) {
            if (!stillRunning.getAsBoolean()) {
                throw new IllegalStateException("the processor stopped with " + remaining
                        + " records still to process; see the log");
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the processor had not caught up after " + timeout.toSeconds()
                        + " s: " + remaining + " records still to process (raise --timeout?)");
            }
            Thread.sleep(POLL_INTERVAL.toMillis());
            remaining = progress.remaining();
        }
    }
}
