package io.stancewatch.app.cli;

import io.stancewatch.ingest.IngestReport;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
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

    /** Exactly one input: JSON lines, a syndication feed, or articles posted over HTTP. */
    static final class Source {
        @Option(names = "--input", required = true, paramLabel = "FILE|DIR|-",
                description = "A JSON-lines file, a directory of *.jsonl files (read in name order), or - for stdin.")
        String input;

        @Option(names = "--feed", required = true, paramLabel = "URL|FILE",
                description = "An RSS or Atom feed: an http(s) URL or a file. Entries become articles.")
        String feed;

        @Option(names = "--http", required = true, paramLabel = "[HOST:]PORT",
                description = "Listen for articles POSTed as JSON lines to http://HOST:PORT/articles until "
                        + "interrupted; HOST defaults to 127.0.0.1 (0.0.0.0 listens on every interface). "
                        + "Answers 200 once stored, 422 naming bad lines, 503 when the broker did not store them.")
        String http;
    }

    @Option(names = "--max-request-bytes", paramLabel = "BYTES", defaultValue = "16777216",
            description = "With --http: the largest request body accepted (default: ${DEFAULT-VALUE}).")
    long maxRequestBytes;

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
        if (source.http != null) {
            return serveHttp();
        }
        final FeedInput feed = source.input != null
                ? FeedInput.fromOption(source.input, "--input", spec.commandLine())
                : FeedInput.fromFeedOption(source.feed, "--feed", spec.commandLine());
        final PrintWriter out = spec.commandLine().getOut();
        final FeedIngest ingest = feedIngest();
        ingest.requireTopic(topic);
        final IngestReport report = ingest.send(feed, topic);
        out.println("ingest: " + report.sent() + " sent, " + report.rejected() + " rejected, "
                + report.failed() + " failed (" + report.read() + " read from " + feed.describe() + ")");
        out.flush();
        return report.allValidDelivered() ? StanceWatchCommand.EXIT_OK : StanceWatchCommand.EXIT_FAILED;
    }

    private Integer serveHttp() throws Exception {
        if (maxRequestBytes < 1) {
            throw new ParameterException(spec.commandLine(),
                    "--max-request-bytes must be at least 1, was " + maxRequestBytes);
        }
        final InetSocketAddress address = listenAddress(source.http);
        try (ShutdownSignal shutdown = ShutdownSignal.install()) {
            final FeedIngest ingest = feedIngest();
            ingest.requireTopic(topic);
            ingest.serve(address, maxRequestBytes, topic, shutdown, spec.commandLine().getOut());
        }
        return StanceWatchCommand.EXIT_OK;
    }

    private FeedIngest feedIngest() {
        return new FeedIngest(kafka.requireCluster(), bodyLimit.maxBodyBytes(),
                Optional.ofNullable(deliveryTimeoutMs).map(Duration::ofMillis), spec.commandLine().getErr());
    }

    /** {@code PORT} or {@code HOST:PORT}, checked now so a typo is a usage error before anything starts. */
    private InetSocketAddress listenAddress(final String value) {
        final int colon = value.lastIndexOf(':');
        final String host = colon < 0 ? "127.0.0.1" : value.substring(0, colon);
        final String port = value.substring(colon + 1);
        try {
            final int number = Integer.parseInt(port);
            if (number < 0 || number > 65535 || host.isBlank()) {
                throw new NumberFormatException();
            }
            return new InetSocketAddress(host, number);
        } catch (final NumberFormatException e) {
            throw new ParameterException(spec.commandLine(),
                    "--http " + value + ": expected [HOST:]PORT with a port from 0 to 65535, e.g. 8080 or 0.0.0.0:8080");
        }
    }
}
