package io.stancewatch.app.embedded;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The life cycle the embedded broker and registry share: start, stop and restart on the same data
 * directory and ports, and close, which also deletes a temporary data directory. Start and stop are
 * logged with how long they took.
 */
public abstract class EmbeddedServer implements AutoCloseable {

    /** Named after the concrete server, so its start and stop lines say which it is. */
    private final Logger log = LoggerFactory.getLogger(getClass());
    private final WorkingDirectory directory;
    private boolean running;

    EmbeddedServer(final WorkingDirectory directory) {
        this.directory = directory;
    }

    /** Starts {@code server}; if that fails, closes it (deleting a temporary directory) and rethrows. */
    static <S extends EmbeddedServer> S startOrClose(final S server) {
        try {
            server.launch();
            return server;
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
    }

    public synchronized boolean isRunning() {
        return running;
    }

    /** Stops the server, keeping its data directory and ports for {@link #restart()}. */
    public synchronized void stop() {
        if (!running) {
            return;
        }
        final long startNanos = System.nanoTime();
        try {
            stopServer();
        } finally {
            running = false;
        }
        log.info("{} stopped in {} ms", description(), elapsedMillis(startNanos));
    }

    /** Stops the server if it runs, then starts it again on the same data directory and ports. */
    public synchronized void restart() {
        stop();
        launch();
    }

    /** Stops the server and deletes its data directory if it was a temporary one. */
    @Override
    public synchronized void close() {
        try {
            stop();
        } finally {
            directory.deleteIfTemporary();
        }
    }

    /** Where this server keeps its data. */
    WorkingDirectory directory() {
        return directory;
    }

    synchronized void launch() {
        final long startNanos = System.nanoTime();
        startServer();
        running = true;
        log.info("{} started in {} ms ({})", description(), elapsedMillis(startNanos), startDetails());
    }

    /** Starts the server and returns once it serves clients; on failure, leaves nothing running and throws. */
    abstract void startServer();

    /** Stops the running server. */
    abstract void stopServer();

    /** What and where, e.g. {@code Kafka broker on 127.0.0.1:9092}. */
    abstract String description();

    /** Facts worth logging after a start, e.g. the data directory. */
    abstract String startDetails();

    private static long elapsedMillis(final long startNanos) {
        return Duration.ofNanos(System.nanoTime() - startNanos).toMillis();
    }
}
