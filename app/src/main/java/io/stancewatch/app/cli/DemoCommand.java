package io.stancewatch.app.cli;

import io.stancewatch.ingest.ArticleLineParser;
import io.stancewatch.ingest.IngestReport;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.Callable;
import org.apache.kafka.clients.CommonClientConfigs;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code stancewatch demo}: the whole product on one machine. Starts the embedded stack (unless a cluster is
 * given) and the processor, ingests a bundled sample feed, prints each alert as it fires, and keeps running
 * so other clients can attach and ingest more; {@code --once} stops when the samples are processed.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Run broker, registry and processor in-process, ingest a bundled sample feed and print each "
                + "alert as it fires.", "Keeps running until interrupted unless --once is given."})
final class DemoCommand extends ProcessorCommand implements Callable<Integer> {

    /** The bundled sample feed. */
    static final String SAMPLE_FEED = "/demo/sample-articles.jsonl";


    @Option(names = "--once", description = "Exit when the samples are processed: 0 if alerts fired, 1 if none did.")
    boolean once;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "180",
            description = "Give up when the samples are not processed within this time (default: ${DEFAULT-VALUE}).")
    long timeoutSeconds;

    @Override
    public Integer call() throws Exception {
        final PrintWriter out = spec.commandLine().getOut();
        final PrintWriter err = spec.commandLine().getErr();
        final ProcessorNames names = topicOptions.names().forRun("demo-" + ReplayCommand.newRunId());
        final Duration timeout = Duration.ofSeconds(timeoutSeconds);
        try (ShutdownSignal shutdown = ShutdownSignal.install();
             ClusterSession cluster = ClusterSession.open(kafka, err);
             PipelineRun run = PipelineRun.start(cluster.clientProperties(), names, new LayoutOptions().replayLayout(),
                     timeout);
             AlertWatcher watcher = new AlertWatcher(run.clientProperties(), names.topics().alerts(),
                     run.alertDeserializer(), alert -> {
                         out.println(AlertLine.format(alert));
                         out.flush();
                     })) {
            printAddresses(out, run.clientProperties(), names);
            final IngestReport report = run.ingest(FeedInput.fromResource(SAMPLE_FEED),
                    ArticleLineParser.DEFAULT_MAX_BODY_BYTES, err);
            run.awaitProcessed(timeout);
            watcher.awaitPositions(run.alertEndOffsets(), timeout);
            out.println("demo: " + report.sent() + " sample articles processed, " + watcher.seen() + " alerts");
            out.flush();
            if (once) {
                return watcher.seen() > 0 ? StanceWatchCommand.EXIT_OK : StanceWatchCommand.EXIT_FAILED;
            }
            final Properties client = run.clientProperties();
            out.println("demo: still watching " + names.topics().alerts() + "; Ctrl-C to stop. Ingest more with:");
            out.println("  ./stancewatch ingest --topic " + names.topics().articles() + " --bootstrap-servers "
                    + client.getProperty(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG) + " --schema-registry-url "
                    + client.getProperty(KafkaOptions.SCHEMA_REGISTRY_URL) + " --input FILE");
            out.flush();
            shutdown.await();
            return StanceWatchCommand.EXIT_OK;
        }
    }

    /** Where another client attaches: the cluster, the registry and this demo's topics. */
    private static void printAddresses(final PrintWriter out, final Properties client, final ProcessorNames names) {
        StackCommand.printAddresses(out, client.getProperty(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG),
                client.getProperty(KafkaOptions.SCHEMA_REGISTRY_URL));
        out.println("topics: " + names.topics().articles() + " -> " + names.topics().alerts() + ", "
                + names.topics().states() + " (dead letters: " + names.topics().articlesDlq() + ")");
        out.flush();
    }
}
