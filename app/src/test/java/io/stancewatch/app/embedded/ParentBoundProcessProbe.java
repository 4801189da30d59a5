package io.stancewatch.app.embedded;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Stand-in parent for {@link ParentBoundProcessTest}: starts a long sleep as a {@link ParentBoundProcess},
 * prints the sleep's pid and waits to be killed.
 */
public final class ParentBoundProcessProbe {

    private ParentBoundProcessProbe() {
    }

    public static void main(final String[] args) throws Exception {
        final Path directory = Files.createTempDirectory("parent-bound-probe-");
        final ParentBoundProcess child = ParentBoundProcess.start("probe sleep",
                List.of("sleep", ParentBoundProcessTest.PROBE_SLEEP_SECONDS), directory, directory.resolve("out.log"));
        System.out.println(ParentBoundProcessTest.sleepPid(child));
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
