package io.stancewatch.app.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.stancewatch.app.cli.StanceWatchCommand;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class BenchCommandTest {

    /** Runs the CLI with {@code args}, asserts the usage-error exit code and returns what it printed on stderr. */
    private static String usageErrorOf(final String... args) {
        final StringWriter err = new StringWriter();
        final CommandLine cli = StanceWatchCommand.commandLine();
        cli.setErr(new PrintWriter(err, true));

        final int exitCode = cli.execute(args);

        assertThat(exitCode).isEqualTo(StanceWatchCommand.EXIT_USAGE);
        return err.toString();
    }

    @Test
    void shouldExitWithUsageErrorNamingTheOptionWhenArticlesAreNotPositive() {
        assertThat(usageErrorOf("bench", "--articles", "0")).contains("articles must be positive, got 0");
    }

    @Test
    void shouldListTheBenchOptionsWhenHelpIsAsked() {
        final StringWriter out = new StringWriter();
        final CommandLine cli = StanceWatchCommand.commandLine();
        cli.setOut(new PrintWriter(out, true));

        final int exitCode = cli.execute("bench", "--help");

        assertThat(exitCode).isEqualTo(StanceWatchCommand.EXIT_OK);
        assertThat(out.toString()).contains("--articles", "--rate", "--seed", "--latency-seconds",
                "--latency-warmup-seconds", "--warmup-articles", "--bootstrap-servers", "--streams-property", "--extractor");
    }

    @Test
    void shouldExitWithUsageErrorNamingTheClassWhenExtractorCannotBeLoaded() {
        assertThat(usageErrorOf("bench", "--extractor", "io.stancewatch.NoSuchExtractor"))
                .contains("--extractor", "io.stancewatch.NoSuchExtractor");
    }
}
