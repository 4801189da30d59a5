package io.stancewatch.app.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.stancewatch.app.cli.StanceWatchCommand;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class BenchCommandTest {

    @Test
    void shouldExitWithUsageErrorNamingTheOptionWhenArticlesAreNotPositive() {
        final StringWriter err = new StringWriter();
        final CommandLine cli = StanceWatchCommand.commandLine();
        cli.setErr(new PrintWriter(err, true));

        final int exitCode = cli.execute("bench", "--articles", "0");

        assertThat(exitCode).isEqualTo(StanceWatchCommand.EXIT_USAGE);
        assertThat(err.toString()).contains("articles must be positive, got 0");
    }

    @Test
    void shouldListTheBenchOptionsWhenHelpIsAsked() {
        final StringWriter out = new StringWriter();
        final CommandLine cli = StanceWatchCommand.commandLine();
        cli.setOut(new PrintWriter(out, true));

        final int exitCode = cli.execute("bench", "--help");

        assertThat(exitCode).isEqualTo(StanceWatchCommand.EXIT_OK);
        assertThat(out.toString()).contains("--articles", "--rate", "--seed", "--latency-seconds",
                "--bootstrap-servers", "--streams-property", "--extractor");
    }

    @Test
    void shouldExitWithUsageErrorNamingTheClassWhenExtractorCannotBeLoaded() {
        final StringWriter err = new StringWriter();
        final CommandLine cli = StanceWatchCommand.commandLine();
        cli.setErr(new PrintWriter(err, true));

        final int exitCode = cli.execute("bench", "--extractor", "io.stancewatch.NoSuchExtractor");

        assertThat(exitCode).isEqualTo(StanceWatchCommand.EXIT_USAGE);
        assertThat(err.toString()).contains("--extractor", "io.stancewatch.NoSuchExtractor");
    }
}
