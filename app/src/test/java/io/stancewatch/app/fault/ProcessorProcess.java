package io.stancewatch.app.fault;

import io.stancewatch.app.cli.StanceWatchCommand;
import io.stancewatch.processor.Topics;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * {@code stancewatch process} in a JVM of its own, started with this test JVM's class path, so a test
 * can kill it the hard way ({@link #kill()}: SIGKILL, no shutdown hook, no close, no commit) and start it
 * again on the same state directory. Its output goes to a log file for the post-mortem.
 */
final class ProcessorProcess {

    /** Exit code of a JVM ended by SIGKILL: 128 + signal 9. */
    static final int SIGKILL_EXIT_CODE = 128 + 9;

    private final Process process;
    private final Path log;

    private ProcessorProcess(final Process process, final Path log) {
        this.process = process;
        this.log = log;
    }

    /**
     * Starts {@code stancewatch process} on the given cluster, application id, topics and data directory.
     *
     * @param log where the child's stdout and stderr go (appended)
     */
    static ProcessorProcess start(final String bootstrapServers, final String schemaRegistryUrl,
                                  final String applicationId, final Topics topics, final Path dataDir,
                                  final Path log) {
        final List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m",
                "-cp", System.getProperty("java.class.path"),
                StanceWatchCommand.class.getName(), "process",
                "--bootstrap-servers", bootstrapServers,
                "--schema-registry-url", schemaRegistryUrl,
                "--data-dir", dataDir.toString(),
                "--application-id", applicationId,
                "--articles-topic", topics.articles(),
                "--dlq-topic", topics.articlesDlq(),
                "--alerts-topic", topics.alerts(),
                "--states-topic", topics.states()));
        try {
            final Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .start();
            return new ProcessorProcess(process, log);
        } catch (final IOException e) {
            throw new UncheckedIOException("Cannot start " + command, e);
        }
    }

    /** Whether the process still runs. */
    boolean isAlive() {
        return process.isAlive();
    }

    /** SIGKILL (what {@link Process#destroyForcibly()} sends on Linux); returns the exit code. */
    int kill() throws InterruptedException {
        process.destroyForcibly();
        return awaitExit();
    }

    /** SIGTERM, the orderly stop (the JVM then exits with 143); returns the exit code. */
    int stop() throws InterruptedException {
        process.destroy();
        return awaitExit();
    }

    /** The last lines the process logged, for failure messages. */
    String logTail() {
        try {
            final List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (final IOException e) {
            return "(log " + log + " unreadable: " + e.getMessage() + ")";
        }
    }

    private int awaitExit() throws InterruptedException {
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("The processor did not exit within 60 s; its log ends:\n" + logTail());
        }
        return process.exitValue();
    }
}
