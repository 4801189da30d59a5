package io.stancewatch.app.cli;

import io.stancewatch.ingest.IngestReport;
import io.stancewatch.schemas.StanceAlert;
import io.stancewatch.schemas.StanceState;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * {@code stancewatch replay}: runs a feed file through the whole pipeline and writes what came out.
 *
 * <p>Each run uses topics and an application id of its own ({@code articles-<run id>} and so on), so runs on a
 * shared cluster never mix; the articles topic has one partition, so the feed is processed in file order.
 * Alert ids depend only on keys and states, so the same feed replayed twice gives the same alert ids.
 */
@Command(name = "replay", mixinStandardHelpOptions = true,
        description = {"Run a feed through the pipeline (embedded stack unless a cluster is given) and write every "
                + "alert and every final state as JSON lines."})
final class ReplayCommand extends ProcessorCommand implements Callable<Integer> {


    @Mixin
    LayoutOptions layoutOptions;

    @Option(names = "--input", required = true, paramLabel = "FILE|DIR",
            description = "The feed: a JSON-lines file or a directory of *.jsonl files, read in order.")
    String input;

    @Option(names = "--alerts", paramLabel = "FILE", description = "Write every alert (NEW included) here.")
    Path alertsFile;

    @Option(names = "--states", paramLabel = "FILE", description = "Write the final state of every key here.")
    Path statesFile;

    @Option(names = "--run-id", paramLabel = "ID",
            description = "Suffix of this run's topics and application id (default: random).")
    String runId;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "300",
            description = "Give up when the feed is not processed within this time (default: ${DEFAULT-VALUE}).")
    long timeoutSeconds;

    @Mixin
    BodyLimitOption bodyLimit;

    @Override
    public Integer call() throws Exception {
        if (FeedInput.STDIN.equals(input)) {
            throw new ParameterException(spec.commandLine(), "--input: replay needs a file or directory, not stdin");
        }
        final FeedInput feed = FeedInput.fromOption(input, "--input", spec.commandLine());
        final int maxBodyBytes = bodyLimit.maxBodyBytes();
        final ProcessorNames names = topicOptions.names().forRun(runId == null ? newRunId() : runId);
        final PrintWriter out = spec.commandLine().getOut();
        final PrintWriter err = spec.commandLine().getErr();
        final long startNanos = System.nanoTime();
        try (ClusterSession cluster = ClusterSession.open(kafka, err);
             PipelineRun run = PipelineRun.start(cluster.clientProperties(), names, layoutOptions.replayLayout(),
                     Duration.ofSeconds(timeoutSeconds))) {
            final IngestReport report = run.ingest(feed, maxBodyBytes, err);
            if (!report.allValidDelivered()) {
                throw new IllegalStateException(report.failed() + " valid articles could not be delivered");
            }
            if (report.rejected() > 0) {
                err.println("replay: " + report.rejected() + " lines rejected (see above)");
            }
            run.awaitProcessed(Duration.ofSeconds(timeoutSeconds));
            final List<StanceAlert> alerts = run.alerts();
            final Map<String, StanceState> states = run.finalStates();
            if (alertsFile != null) {
                JsonLinesFile.write(alertsFile, alerts);
            }
            if (statesFile != null) {
                JsonLinesFile.write(statesFile, states.values());
            }
            final ReplaySummary summary = new ReplaySummary(report.sent(), alerts, states.size(),
                    run.deadLetterCount(), Duration.ofNanos(System.nanoTime() - startNanos));
            out.println(summary.line());
            out.flush();
            return StanceWatchCommand.EXIT_OK;
        }
    }

    /** A short random id: unique enough for the topics of one cluster, short enough to read. */
    static String newRunId() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
