package io.stancewatch.app.bench;

import io.stancewatch.app.cli.KafkaOptions;
import io.stancewatch.app.cli.StanceWatchCommand;
import io.stancewatch.app.embedded.EmbeddedStack;
import io.stancewatch.processor.ExtractorLoader;
import io.stancewatch.processor.extract.StanceExtractor;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.Callable;
import org.apache.kafka.clients.CommonClientConfigs;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code stancewatch bench}: throughput of the stance pipeline against a pass-through baseline on the
 * same preloaded synthetic feed, and article-to-alert latency at a paced rate, on the embedded broker
 * and registry (or the cluster the Kafka options name). Ends with the summary line
 * {@code bench: pipeline N articles/s, pass-through M articles/s, ratio R, p99 L ms}. How to read the
 * figures and what was tuned: docs/BENCHMARK.md.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure pipeline throughput against a pass-through baseline, and alert latency.")
public final class BenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    KafkaOptions kafka;

    @Option(names = "--articles", paramLabel = "N", defaultValue = "100000",
            description = "Synthetic articles preloaded for the throughput runs (default: ${DEFAULT-VALUE}).")
    int articles;

    @Option(names = "--rate", paramLabel = "R", defaultValue = "1000",
            description = "Articles per second sent during the latency run (default: ${DEFAULT-VALUE}).")
    int rate;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1",
            description = "Seed of the synthetic feed; the same seed gives the same articles (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--latency-seconds", paramLabel = "SECONDS", defaultValue = "30",
            description = "How long the latency run sends the articles it times (default: ${DEFAULT-VALUE}).")
    int latencySeconds;

    @Option(names = "--latency-warmup-seconds", paramLabel = "SECONDS", defaultValue = "5",
            description = "How long the latency run sends first, at the same rate, timed apart: the start-up of "
                    + "the freshly started pipeline (default: ${DEFAULT-VALUE}).")
    int latencyWarmUpSeconds;

    @Option(names = "--warmup-articles", paramLabel = "N", defaultValue = "10000",
            description = "Synthetic articles (another seed) the pass-through and the pipeline each process, "
                    + "untimed, before their timed run, so the JIT compiler has done its work; 0 for none "
                    + "(default: ${DEFAULT-VALUE}).")
    int warmUpArticles;

    @Option(names = "--partitions", paramLabel = "N", defaultValue = "2",
            description = "Partitions of the bench's topics; repartition topics follow (default: ${DEFAULT-VALUE}).")
    int partitions;

    @Option(names = "--extractor", paramLabel = "CLASS", defaultValue = ExtractorLoader.RULE_BASED,
            description = "The extractor the pipeline runs: a class with a static loadDefault() or a no-argument "
                    + "constructor on the classpath; io.stancewatch.app.bench.StandInStanceExtractor reads no text, "
                    + "to measure the topology alone (default: ${DEFAULT-VALUE}).")
    String extractorClass;

    @Option(names = "--streams-property", paramLabel = "KEY=VALUE", mapFallbackValue = "",
            description = "A Kafka Streams property for every bench application, over the processor's defaults "
                    + "(repeatable), e.g. commit.interval.ms=50.")
    Map<String, String> streamsProperties = new LinkedHashMap<>();

    @Override
    public Integer call() throws Exception {
        final BenchSettings settings;
        try {
            settings = new BenchSettings(articles, seed, rate, Duration.ofSeconds(latencySeconds),
                    Duration.ofSeconds(latencyWarmUpSeconds), warmUpArticles, partitions, streamsProperties);
        } catch (final IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        final StanceExtractor extractor;
        try {
            extractor = ExtractorLoader.load(extractorClass);
        } catch (final IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--extractor: " + e.getMessage());
        }
        final PrintWriter out = spec.commandLine().getOut();
        final Optional<EmbeddedStack> stack = kafka.namesCluster() ? Optional.empty() : Optional.of(startStack(out));
        try {
            final Properties client = stack.map(this::clientPropertiesOf).orElseGet(kafka::requireCluster);
            final BenchReport report = new BenchRunner(settings, client, extractor, line -> {
                out.println(line);
                out.flush();
            }).run();
            report.lines().forEach(out::println);
            out.flush();
            return StanceWatchCommand.EXIT_OK;
        } finally {
            stack.ifPresent(EmbeddedStack::close);
        }
    }

    private EmbeddedStack startStack(final PrintWriter out) {
        out.println("bench: starting the embedded Kafka broker and schema registry...");
        out.flush();
        return EmbeddedStack.start(kafka.dataDir().map(dir -> dir.resolve("bench-stack")));
    }

    private Properties clientPropertiesOf(final EmbeddedStack stack) {
        final Properties client = kafka.clientProperties();
        client.setProperty(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers());
        client.setProperty("schema.registry.url", stack.schemaRegistryUrl());
        return client;
    }
}
