package io.stancewatch.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StanceWatchCommandTest {

    @TempDir
    Path dir;

    @Test
    void shouldListSubcommandsWhenCalledWithoutOne() {
        final CliRun run = CliRun.of();

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).contains("stack", "ingest", "process", "replay", "demo");
    }

    @Test
    void shouldPrintVersionWhenAsked() {
        final CliRun run = CliRun.of("--version");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("stancewatch ");
    }

    @Test
    void shouldExitWithUsageErrorWhenOptionIsUnknown() {
        final CliRun run = CliRun.of("ingest", "--input", "x.jsonl", "--colour", "blue");

        assertThat(run.exitCode()).isEqualTo(StanceWatchCommand.EXIT_USAGE);
        assertThat(run.err()).contains("Unknown options: '--colour', 'blue'");
    }

    @Test
    void shouldExitWithUsageErrorWhenIngestHasNoInput() {
        final CliRun run = CliRun.of("ingest", "--bootstrap-servers", "localhost:9092");

        assertThat(run.exitCode()).isEqualTo(StanceWatchCommand.EXIT_USAGE);
        assertThat(run.err()).contains("Missing required argument (specify one of these): (--input=FILE|DIR|- | "
                + "--feed=URL|FILE | --http=[HOST:]PORT)");
    }

    @Test
    void shouldExitWithUsageErrorNamingThePathWhenInputDoesNotExist() {
        final Path missing = dir.resolve("missing.jsonl");

        final CliRun run = ingestOnSomeCluster("--input", missing.toString());

        assertThat(run.exitCode()).isEqualTo(StanceWatchCommand.EXIT_USAGE);
        assertThat(run.err()).contains("--input " + missing + ": no such file or directory");
    }

    @Test
    void shouldExitWithUsageErrorWhenBothInputAndFeedAreGiven() throws IOException {
        final Path feed = Files.writeString(dir.resolve("feed.jsonl"), "{}\n");

        final CliRun run = CliRun.of("ingest", "--input", feed.toString(), "--feed", "https://news.example/rss");

        assertThat(run.exitCode()).isEqualTo(StanceWatchCommand.EXIT_USAGE);
        assertThat(run.err()).contains("mutually exclusive");
    }

    @Test
    void shouldExitWithUsageErrorNamingTheFileWhenFeedFileDoesNotExist() {
        final Path missing = dir.resolve("feed.xml");

        final CliRun run = ingestOnSomeCluster("--feed", missing.toString());

        assertThat(run.exitCode()).isEqualTo(StanceWatchCommand.EXIT_USAGE);
        assertThat(run.err()).contains("--feed " + missing + ": no such file or directory");
    }

    @Test
    void shouldExitWithUsageErrorNamingTheValueWhenHttpAddressIsNotHostAndPort() {
        final CliRun run = ingestOnSomeCluster("--http", "localhost:http");

        assertThat(run.exitCode()).isEqualTo(StanceWatchCommand.EXIT_USAGE);
        assertThat(run.err()).contains("--http localhost:http: expected [HOST:]PORT");
    }

    @Test
    void shouldExitWithUsageErrorWhenBodyLimitIsNotPositive() throws IOException {
        final Path feed = Files.writeString(dir.resolve("feed.jsonl"), "{}\n");

        final CliRun run = ingestOnSomeCluster("--input", feed.toString(), "--max-body-bytes", "0");

        assertThat(run.exitCode()).isEqualTo(StanceWatchCommand.EXIT_USAGE);
        assertThat(run.err()).contains("--max-body-bytes must be at least 1, was 0");
    }

    @Test
    void shouldExitWithUsageErrorWhenInputDirectoryHoldsNoFeed() throws IOException {
        Files.writeString(dir.resolve("NOTES.md"), "not a feed");

        final CliRun run = ingestOnSomeCluster("--input", dir.toString());

        assertThat(run.exitCode()).isEqualTo(StanceWatchCommand.EXIT_USAGE);
        assertThat(run.err()).contains("directory holds no *.jsonl or *.ndjson file");
    }

    @Test
    void shouldExitWithUsageErrorWhenInputIsUnreadable() throws IOException {
        final Path locked = Files.writeString(dir.resolve("locked.jsonl"), "{}\n");
        final boolean locked0 = locked.toFile().setReadable(false, false);
        // Root reads everything: then there is no unreadable file to test with, and the check below is moot.
        org.junit.jupiter.api.Assumptions.assumeTrue(locked0 && !Files.isReadable(locked), "cannot make a file unreadable");

        final CliRun run = ingestOnSomeCluster("--input", locked.toString());

        assertThat(run.exitCode()).isEqualTo(StanceWatchCommand.EXIT_USAGE);
        assertThat(run.err()).contains("--input " + locked + ": not readable");
    }

    @Test
    void shouldExitWithUsageErrorWhenNoClusterIsNamed() throws IOException {
        final Path feed = Files.writeString(dir.resolve("feed.jsonl"), "{}\n");

        final CliRun run = CliRun.of("ingest", "--input", feed.toString(), "--config", emptyConfig().toString());

        assertThat(run.exitCode()).isEqualTo(StanceWatchCommand.EXIT_USAGE);
        assertThat(run.err()).contains("Missing the Kafka cluster: give --bootstrap-servers");
    }

    @Test
    void shouldExitWithUsageErrorWhenConfigFileIsMissing() throws IOException {
        final Path feed = Files.writeString(dir.resolve("feed.jsonl"), "{}\n");
        final Path config = dir.resolve("client.properties");

        final CliRun run = CliRun.of("ingest", "--input", feed.toString(), "--config", config.toString());

        assertThat(run.exitCode()).isEqualTo(StanceWatchCommand.EXIT_USAGE);
        assertThat(run.err()).contains("--config " + config + ": not a readable file");
    }

    @Test
    void shouldExitWithUsageErrorWhenReplayInputIsStdin() {
        final CliRun run = CliRun.of("replay", "--input", "-");

        assertThat(run.exitCode()).isEqualTo(StanceWatchCommand.EXIT_USAGE);
        assertThat(run.err()).contains("replay needs a file or directory, not stdin");
    }

    @Test
    void shouldExitWithUsageErrorWhenTopicNameIsIllegal() {
        final CliRun run = CliRun.of("process", "--bootstrap-servers", "localhost:9092",
                "--schema-registry-url", "http://localhost:8081", "--alerts-topic", "alerts with spaces");

        assertThat(run.exitCode()).isEqualTo(StanceWatchCommand.EXIT_USAGE);
        assertThat(run.err()).contains("'alerts with spaces' is not a legal topic name");
    }

    @Test
    void shouldExitWithRuntimeErrorAndPrintRejectionsWhenNothingCanBeDelivered() throws IOException {
        final Path feed = Files.writeString(dir.resolve("feed.jsonl"), String.join("\n",
                "{\"id\":\"a-1\",\"source\":\"Harbour Wire\",\"title\":\"t\",\"body\":\"b\","
                        + "\"publishedAt\":\"2030-03-04T09:15:00Z\"}",
                "{\"id\":\"a-2\",\"source\":\"Harbour Wire\",\"title\":\"t\",\"body\":\"b\",\"publishedAt\":\"soon\"}"));
        // Nothing listens on port 1: the registry lookup fails for the valid article, at once.
        final Path config = Files.writeString(dir.resolve("client.properties"), "max.retries=0\n");

        final CliRun run = CliRun.of("ingest", "--input", feed.toString(), "--config", config.toString(),
                "--bootstrap-servers", "127.0.0.1:1", "--schema-registry-url", "http://127.0.0.1:1",
                "--delivery-timeout-ms", "1000");

        assertThat(run.exitCode()).isEqualTo(StanceWatchCommand.EXIT_FAILED);
        assertThat(run.out()).contains("ingest: 0 sent, 1 rejected, 1 failed (2 read from " + feed + ")");
        assertThat(run.err())
                .contains(feed + ":2 publishedAt: 'soon' is not an ISO-8601 instant")
                .contains("article a-1 not delivered");
    }

    /** Runs ingest with a cluster named, so only the given arguments can be wrong; nothing connects to it. */
    private static CliRun ingestOnSomeCluster(final String... args) {
        final String[] all = new String[args.length + 5];
        all[0] = "ingest";
        System.arraycopy(args, 0, all, 1, args.length);
        System.arraycopy(new String[] {"--bootstrap-servers", "localhost:9092", "--schema-registry-url",
            "http://localhost:8081"}, 0, all, args.length + 1, 4);
        return CliRun.of(all);
    }

    private Path emptyConfig() throws IOException {
        return Files.writeString(dir.resolve("empty.properties"), "# nothing\n");
    }
}
