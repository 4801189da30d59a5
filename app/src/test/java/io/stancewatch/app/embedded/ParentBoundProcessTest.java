package io.stancewatch.app.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

@EnabledOnOs({OS.LINUX, OS.MAC})
class ParentBoundProcessTest {

    /** A sleep no test waits for: seeing it gone proves someone ended it. */
    static final String PROBE_SLEEP_SECONDS = "617";
    private static final Duration BOUND = Duration.ofSeconds(30);

    @TempDir
    Path temp;

    @Test
    void shouldEndChildWhenStopped() {
        final ParentBoundProcess child = ParentBoundProcess.start("test sleep",
                List.of("sleep", PROBE_SLEEP_SECONDS), temp, temp.resolve("out.log"));
        final ProcessHandle sleep = ProcessHandle.of(sleepPid(child)).orElseThrow();

        child.stop(Duration.ofSeconds(5));

        assertThat(sleep.isAlive()).isFalse();
        assertThat(child.isAlive()).isFalse();
    }

    @Test
    void shouldAppendChildOutputToLogFileWhenChildWrites() throws Exception {
        final Path log = temp.resolve("out.log");
        Files.writeString(log, "earlier run\n");
        final ParentBoundProcess child = ParentBoundProcess.start("test echo",
                List.of("echo", "hello from the child"), temp, log);

        awaitExit(child);

        assertThat(Files.readAllLines(log)).containsExactly("earlier run", "hello from the child");
        assertThat(child.exitValue()).isZero();
    }

    @Test
    void shouldEndChildWhenParentJvmIsKilled() throws Exception {
        final String java = ProcessHandle.current().info().command().orElseThrow();
        final Process parent = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                ParentBoundProcessProbe.class.getName())
                .redirectErrorStream(true)
                .start();
        final long sleepPid;
        try (BufferedReader output = new BufferedReader(
                new InputStreamReader(parent.getInputStream(), StandardCharsets.UTF_8))) {
            sleepPid = Long.parseLong(output.readLine().trim());
        }
        final ProcessHandle sleep = ProcessHandle.of(sleepPid).orElseThrow();

        // SIGKILL: no shutdown hook runs, only the supervisor can notice.
        parent.destroyForcibly().waitFor();

        sleep.onExit().get(BOUND.toSeconds(), TimeUnit.SECONDS);
        assertThat(sleep.isAlive()).isFalse();
    }

    /** The pid of the probe's sleep among the supervisor's descendants, once it has appeared. */
    static long sleepPid(final ParentBoundProcess child) {
        return await("the supervised sleep").atMost(BOUND).pollInterval(Duration.ofMillis(50))
                .until(() -> child.descendants().stream()
                        .filter(handle -> handle.info().arguments().map(List::of)
                                .filter(arguments -> arguments.contains(PROBE_SLEEP_SECONDS)).isPresent())
                        .findFirst(), Optional::isPresent)
                .orElseThrow()
                .pid();
    }

    private static void awaitExit(final ParentBoundProcess child) {
        await("the child's exit").atMost(BOUND).pollInterval(Duration.ofMillis(50)).until(() -> !child.isAlive());
    }
}
