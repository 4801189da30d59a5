package io.stancewatch.app.embedded;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A child process that never outlives this JVM.
 *
 * <p>Three layers, because each one alone leaves a gap: {@link #stop(Duration)} ends it when the owner
 * closes it; a JVM shutdown hook ends it on a normal exit or Ctrl-C; and, since neither runs when this JVM
 * is killed with SIGKILL, the command runs under a small {@code /bin/sh} supervisor that checks every second
 * whether this JVM still exists and terminates the child once it is gone. The supervisor also forwards
 * SIGTERM to the child, so ending the supervisor ends the child. Needs a POSIX {@code /bin/sh} (Linux,
 * macOS).
 */
final class ParentBoundProcess implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ParentBoundProcess.class);

    /**
     * $1 is the parent's pid, the rest is the command. A background loop polls the parent and terminates the
     * child when the parent has gone; "wait" returns early when a trapped signal arrives, hence the loop.
     */
    private static final String SUPERVISOR_SCRIPT = String.join("\n",
            "parent=$1; shift",
            "\"$@\" &",
            "child=$!",
            "( while kill -0 \"$parent\" 2>/dev/null; do sleep 1; done; kill -TERM \"$child\" 2>/dev/null ) &",
            "watcher=$!",
            "trap 'kill -TERM \"$child\" 2>/dev/null' TERM INT HUP",
            "status=0",
            "while kill -0 \"$child\" 2>/dev/null; do wait \"$child\"; status=$?; done",
            "kill \"$watcher\" 2>/dev/null",
            "exit $status");

    private final String description;
    private final Process supervisor;
    private final Thread shutdownHook;

    private ParentBoundProcess(final String description, final Process supervisor) {
        this.description = description;
        this.supervisor = supervisor;
        this.shutdownHook = new Thread(() -> terminate(Duration.ofSeconds(5)), "stop-" + description);
    }

    /**
     * Starts {@code command} in {@code workingDirectory}, appending its standard output and error to
     * {@code logFile}.
     */
    static ParentBoundProcess start(final String description, final List<String> command,
                                    final Path workingDirectory, final Path logFile) {
        final List<String> supervised = new ArrayList<>(List.of("/bin/sh", "-c", SUPERVISOR_SCRIPT, "supervisor",
                Long.toString(ProcessHandle.current().pid())));
        supervised.addAll(command);
        final Process process;
        try {
            process = new ProcessBuilder(supervised)
                    .directory(workingDirectory.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start " + description + " with " + command, e);
        }
        final ParentBoundProcess started = new ParentBoundProcess(description, process);
        Runtime.getRuntime().addShutdownHook(started.shutdownHook);
        return started;
    }

    boolean isAlive() {
        return supervisor.isAlive();
    }

    /** The supervisor's descendants: the command, and the watch loop. */
    List<ProcessHandle> descendants() {
        return supervisor.descendants().toList();
    }

    /** The exit code, once the process has ended. */
    int exitValue() {
        return supervisor.exitValue();
    }

    /** Asks the process to terminate, waits up to {@code grace}, then kills what is left. */
    void stop(final Duration grace) {
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException alreadyShuttingDown) {
            LOG.debug("JVM is shutting down; the hook stops {}", description);
        }
        terminate(grace);
    }

    @Override
    public void close() {
        stop(Duration.ofSeconds(10));
    }

    private void terminate(final Duration grace) {
        // Snapshot the tree first: once the supervisor is gone its children are no longer its descendants.
        final List<ProcessHandle> tree = new ArrayList<>(supervisor.descendants().toList());
        tree.forEach(ProcessHandle::destroy);
        supervisor.destroy();
        try {
            if (!supervisor.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.warn("{} did not stop within {} s: killing it", description, grace.toSeconds());
            }
            for (ProcessHandle handle : tree) {
                handle.onExit().get(grace.toMillis(), TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception timeoutOrFailure) {
            LOG.warn("{} did not stop within {} s: killing it", description, grace.toSeconds());
        } finally {
            tree.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
            if (supervisor.isAlive()) {
                supervisor.destroyForcibly();
            }
        }
    }
}
