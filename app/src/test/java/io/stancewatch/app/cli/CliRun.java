package io.stancewatch.app.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** One CLI invocation in a test: its exit code and what it printed on stdout and stderr. */
record CliRun(int exitCode, String out, String err) {

    /** Runs the CLI as {@code main} would, capturing its output. */
    static CliRun of(final String... args) {
        final StringWriter out = new StringWriter();
        final StringWriter err = new StringWriter();
        final CommandLine commandLine = StanceWatchCommand.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        final int exitCode = commandLine.execute(args);
        return new CliRun(exitCode, out.toString(), err.toString());
    }
}
