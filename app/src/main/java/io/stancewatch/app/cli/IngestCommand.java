package io.stancewatch.app.cli;

import io.stancewatch.ingest.IngestReport;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code stancewatch ingest}: reads articles as JSON lines and produces the valid ones to the articles topic.
 * Bad lines are printed and skipped; the command fails (exit 1) only when a valid article was not delivered.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Read articles as JSON lines {id,source,url,title,body,publishedAt} or from an RSS/Atom "
                + "feed, and produce the valid ones; bad lines are printed as file:line field: reason.")
final class IngestCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    KafkaOptions kafka;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Source source;

    /** Exactly one input: JSON lines or a syndication feed. */
    static final class Source {
        @Option(names = "--input", required = true, paramLabel = "FILE|DIR|-",
                description = "A JSON-lines file, a directory of *.jsonl files (read in name order), or - for stdin.")
        String input;

        @Option(names = "--feed", required = true, paramLabel = "URL|FILE",
                description = "An RSS or Atom feed: an http(s) URL or a file. Entries become articles.")
        String feed;
    }

    @Option(names = "--topic", defaultValue = "articles", description = "Topic to produce to (default: ${DEFAULT-VALUE}).")
    String topic;

    @Mixin
    BodyLimitOption bodyLimit;

    @Option(names = "--delivery-timeout-ms", paramLabel = "MS",
            description = "How long one article may take to be acknowledged, retries through broker restarts "
                    + "included (default: the config file's delivery.timeout.ms, else 120000).")
    Long deliveryTimeoutMs;

    @Override
    public Integer call() throws Exception {
        final FeedInput feed = source.input != null
                ? FeedInput.fromOption(source.input, "--input", spec.commandLine())
                : FeedInput.fromFeedOption(source.feed, "--feed", spec.commandLine());
        final PrintWriter out = spec.commandLine().getOut();
        final FeedIngest ingest = new FeedIngest(kafka.requireCluster(), bodyLimit.maxBodyBytes(),
                Optional.ofNullable(deliveryTimeoutMs).map(Duration::ofMillis), spec.commandLine().getErr());
        final IngestReport report = ingest.send(feed, topic);
        out.println("ingest: " + report.sent() + " sent, " + report.rejected() + " rejected, "
                + report.failed() + " failed (" + report.read() + " read from " + feed.describe() + ")");
        out.flush();
        return report.allValidDelivered() ? StanceWatchCommand.EXIT_OK : StanceWatchCommand.EXIT_FAILED;
    }
}
