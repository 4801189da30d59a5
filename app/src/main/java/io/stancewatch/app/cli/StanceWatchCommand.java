package io.stancewatch.app.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code stancewatch} command: the root of the CLI and the entry point of the runnable jar.
 *
 * <p>Exit codes: 0 when the command did what it was asked, 1 when it failed at run time (cluster unreachable,
 * records not delivered, processing timed out), 2 when it was called wrongly (unknown or missing option,
 * unreadable input), so scripts can tell "fix the call" from "try again".
 */
@Command(name = "stancewatch", mixinStandardHelpOptions = true, versionProvider = ManifestVersion.class,
        description = "Watches news for who backs or blocks a country joining an organization, on Kafka.",
        subcommands = {
            StackCommand.class,
            IngestCommand.class,
            ProcessCommand.class,
            ReplayCommand.class,
            DemoCommand.class,
            io.stancewatch.app.bench.BenchCommand.class,
            CommandLine.HelpCommand.class
        })
public final class StanceWatchCommand implements Runnable {

    /** Exit code of a command that did what it was asked. */
    public static final int EXIT_OK = CommandLine.ExitCode.OK;
    /** Exit code of a command that failed at run time. */
    public static final int EXIT_FAILED = CommandLine.ExitCode.SOFTWARE;
    /** Exit code of a command called wrongly. */
    public static final int EXIT_USAGE = CommandLine.ExitCode.USAGE;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        // Without a subcommand there is nothing to do but explain what there is.
        spec.commandLine().usage(spec.commandLine().getErr());
    }

    /** The command line with the project's error handling: runtime failures print a message, not a trace. */
    public static CommandLine commandLine() {
        final CommandLine commandLine = new CommandLine(new StanceWatchCommand());
        commandLine.setExecutionExceptionHandler(new FailureReporter());
        return commandLine;
    }

    /** Runs the CLI and exits with its exit code. */
    public static void main(final String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** Prints a failure as one line on stderr and maps it to {@link #EXIT_FAILED}; the trace goes to the log. */
    static final class FailureReporter implements CommandLine.IExecutionExceptionHandler {
        private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(FailureReporter.class);

        @Override
        public int handleExecutionException(final Exception exception, final CommandLine commandLine,
                                            final CommandLine.ParseResult parseResult) {
            LOG.debug("{} failed", commandLine.getCommandName(), exception);
            final PrintWriter err = commandLine.getErr();
            err.println(commandLine.getColorScheme().errorText(
                    commandLine.getCommandName() + ": " + describe(exception)));
            err.flush();
            return EXIT_FAILED;
        }

        private static String describe(final Throwable exception) {
            final StringBuilder text = new StringBuilder(String.valueOf(exception.getMessage()));
            for (Throwable cause = exception.getCause(); cause != null && cause != cause.getCause();
                    cause = cause.getCause()) {
                if (cause.getMessage() != null && !text.toString().contains(cause.getMessage())) {
                    text.append(": ").append(cause.getMessage());
                }
            }
            return text.toString();
        }
    }
}
