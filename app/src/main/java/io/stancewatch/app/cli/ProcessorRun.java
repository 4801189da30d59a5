package io.stancewatch.app.cli;

import java.time.Duration;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.KafkaStreams.State;
import org.apache.kafka.streams.Topology;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One running Kafka Streams instance of the topology: started with a state listener and the
 * {@link ThreadReplacementPolicy}, waited on until it runs, closed with a bounded timeout.
 */
final class ProcessorRun implements AutoCloseable {

    /** How long {@link #close()} waits for the stream threads to finish their work and commit. */
    static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(30);

    private static final Logger LOG = LoggerFactory.getLogger(ProcessorRun.class);

    private final KafkaStreams streams;
    private final CountDownLatch running = new CountDownLatch(1);
    private final CountDownLatch failed = new CountDownLatch(1);

    private ProcessorRun(final Topology topology, final Properties streamsProperties, final Runnable onFailure) {
        this.streams = new KafkaStreams(topology, streamsProperties);
        streams.setUncaughtExceptionHandler(new ThreadReplacementPolicy());
        streams.setStateListener((newState, oldState) -> {
            LOG.info("Processor state {} -> {}", oldState, newState);
            if (newState == State.RUNNING) {
                running.countDown();
            } else if (newState == State.ERROR) {
                failed.countDown();
                running.countDown();
                onFailure.run();
            }
        });
    }

    /**
     * Starts the topology and waits until it runs.
     *
     * @param onFailure called (from a Streams thread) if the processor ends in {@code ERROR}
     * @throws IllegalStateException if it does not reach {@code RUNNING} within {@code startTimeout}
     */
    static ProcessorRun start(final Topology topology, final Properties streamsProperties,
                              final Duration startTimeout, final Runnable onFailure) throws InterruptedException {
        final ProcessorRun run = new ProcessorRun(Objects.requireNonNull(topology, "topology"),
                streamsProperties, Objects.requireNonNull(onFailure, "onFailure"));
        run.streams.start();
        if (!run.running.await(startTimeout.toMillis(), TimeUnit.MILLISECONDS)) {
            run.close();
            throw new IllegalStateException("the processor did not start within " + startTimeout.toSeconds()
                    + " s (state " + run.streams.state() + "): is the cluster reachable?");
        }
        if (run.hasFailed()) {
            run.close();
            throw new IllegalStateException("the processor failed while starting; see the log for the cause");
        }
        return run;
    }

    /** Whether the processor has ended in {@code ERROR}. */
    boolean hasFailed() {
        return failed.getCount() == 0;
    }

    /** The current state, for messages. */
    State state() {
        return streams.state();
    }

    @Override
    public void close() {
        if (!streams.close(CLOSE_TIMEOUT)) {
            LOG.warn("The processor did not close within {} s; its threads are abandoned",
                    CLOSE_TIMEOUT.toSeconds());
        }
    }
}
