package io.stancewatch.app.bench;

import io.stancewatch.app.bench.ArticlePreloader.FeedLoad;
import io.stancewatch.app.bench.BenchReport.OutputCounts;
import io.stancewatch.app.bench.LatencyRun.LatencyResult;
import io.stancewatch.app.embedded.TopicProvisioner;
import io.stancewatch.processor.Topics;
import io.stancewatch.processor.extract.StanceExtractor;
import io.stancewatch.schemas.Article;
import io.stancewatch.serde.SpecificAvroSerde;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.streams.Topology;

/**
 * Runs the bench on one cluster: preloads the synthetic feed once, runs the pass-through baseline and
 * then the stance pipeline over it (each a fresh application reading the same records), then the paced
 * latency run on topics of its own. Every topic and application id carries the run's id, so runs never
 * see each other's records or offsets; Streams state lives in a temporary directory removed at the end.
 */
public final class BenchRunner {

    /** The longest a throughput run may take before the bench gives up. */
    static final Duration RUN_TIMEOUT = Duration.ofMinutes(20);
    private static final Duration COUNT_TIMEOUT = Duration.ofMinutes(5);

    private final BenchSettings settings;
    private final Properties clientProperties;
    private final StanceExtractor extractor;
    private final Consumer<String> progress;
    private final String runId;

    /**
     * @param clientProperties bootstrap servers, registry URL and client settings of the cluster
     * @param extractor the extractor the pipeline runs
     * @param progress told what the bench is doing, a line at a time
     */
    public BenchRunner(final BenchSettings settings, final Properties clientProperties,
                       final StanceExtractor extractor, final Consumer<String> progress) {
        this.settings = settings;
        this.clientProperties = clientProperties;
        this.extractor = extractor;
        this.progress = progress;
        this.runId = "bench-" + Long.toString(System.currentTimeMillis(), 36);
    }

    /** Runs all three measurements and returns their figures. */
    public BenchReport run() throws InterruptedException, ExecutionException {
        final Topics feedTopics = topics("");
        final String copies = runId + "-copies";
        final Topics pacedTopics = topics("paced-");
        final Topics warmUpTopics = topics("warmup-");
        final String warmUpCopies = runId + "-warmup-copies";
        final Path stateRoot = temporaryStateRoot();
        try (Admin admin = Admin.create(clientProperties)) {
            TopicProvisioner.ensureTopics(admin, newTopics(List.of(feedTopics, pacedTopics, warmUpTopics),
                    List.of(copies, warmUpCopies)));
            progress.accept(String.format(Locale.ROOT, "bench: preloading %d synthetic articles (seed %d) on %s",
                    settings.articles(), settings.seed(), feedTopics.articles()));
            final FeedLoad load = ArticlePreloader.preload(
                    SyntheticFeed.withDefaultTemplates(settings.seed(), settings.articles()), feedTopics.articles(),
                    clientProperties);

            final Optional<FeedLoad> warmUp = preloadWarmUp(warmUpTopics);
            if (warmUp.isPresent()) {
                report(passThrough("warmup-pass-through", warmUp.get(), warmUpCopies, stateRoot, admin));
            }
            final ThroughputResult passThrough =
                    passThrough("pass-through", load, copies, stateRoot, admin);
            progress.accept(String.format(Locale.ROOT, "bench: pass-through done, %.0f articles/s",
                    passThrough.articlesPerSecond()));
            if (warmUp.isPresent()) {
                report(pipeline("warmup-pipeline", warmUpTopics, warmUp.get(), stateRoot, admin));
            }
            final ThroughputResult pipeline = pipeline("pipeline", feedTopics, load, stateRoot, admin);
            progress.accept(String.format(Locale.ROOT, "bench: pipeline done, %.0f articles/s",
                    pipeline.articlesPerSecond()));

            progress.accept(String.format(Locale.ROOT, "bench: latency run, %d articles/s for %d s after a %d s warm-up",
                    settings.ratePerSecond(), settings.latencyDuration().toSeconds(),
                    settings.latencyWarmUp().toSeconds()));
            final Properties pacedProperties = streamsProperties("paced", pacedTopics, stateRoot);
            final LatencyResult latency = LatencyRun.measure(
                    BenchPipeline.stanceTopology(pacedTopics, pacedProperties, extractor), pacedProperties,
                    pacedTopics.articles(), pacedTopics.alerts(),
                    SyntheticFeed.withDefaultTemplates(settings.seed() + 1,
                            settings.latencyWarmUpArticles() + settings.latencyArticles()),
                    settings.latencyWarmUpArticles(), settings.ratePerSecond(), clientProperties, admin);
            // Counted after the latency run, not before it: reading back every copy and state of a long
            // run (over a gigabyte at 300,000 articles) filled the heap with fetch buffers and made G1
            // resize it while the paced articles were being timed.
            final OutputCounts outputs = new OutputCounts(count(copies), count(feedTopics.alerts()),
                    count(feedTopics.states()), count(feedTopics.articlesDlq()));
            return new BenchReport(passThrough, pipeline, outputs, latency);
        } finally {
            deleteRecursively(stateRoot);
        }
    }

    /**
     * Preloads the warm-up feed (another seed than the timed one), when there is one. Each throughput run's
     * topology first goes over it as an application of its own, untimed: the JIT compiler otherwise
     * spends half a core for the first twenty seconds of the timed run compiling the extraction, Streams
     * and broker code, which a long-running processor pays once at start.
     */
    private Optional<FeedLoad> preloadWarmUp(final Topics warmUpTopics) {
        if (settings.warmUpArticles() == 0) {
            return Optional.empty();
        }
        progress.accept(String.format(Locale.ROOT, "bench: preloading %d warm-up articles (seed %d) on %s",
                settings.warmUpArticles(), settings.seed() + 2, warmUpTopics.articles()));
        return Optional.of(ArticlePreloader.preload(
                SyntheticFeed.withDefaultTemplates(settings.seed() + 2, settings.warmUpArticles()),
                warmUpTopics.articles(), clientProperties));
    }

    private void report(final ThroughputResult warmUp) {
        progress.accept(String.format(Locale.ROOT, "bench: %s done, %.0f articles/s (not counted)",
                warmUp.name(), warmUp.articlesPerSecond()));
    }

    private ThroughputResult passThrough(final String name, final FeedLoad load, final String copies,
                                         final Path stateRoot, final Admin admin)
            throws InterruptedException, ExecutionException {
        final Properties properties = streamsProperties(name, topics(""), stateRoot);
        try (SpecificAvroSerde<Article> articleSerde = new SpecificAvroSerde<>(Article.class)) {
            articleSerde.configure(BenchPipeline.configMap(properties), false);
            final Topology topology = PassThroughTopology.build(load.topic(), copies, articleSerde);
            return ThroughputRun.measure(name, topology, properties, load, admin, RUN_TIMEOUT);
        }
    }

    private ThroughputResult pipeline(final String name, final Topics topics, final FeedLoad load,
                                      final Path stateRoot, final Admin admin)
            throws InterruptedException, ExecutionException {
        final Properties properties = streamsProperties(name, topics, stateRoot);
        return ThroughputRun.measure(name, BenchPipeline.stanceTopology(topics, properties, extractor), properties,
                load, admin, RUN_TIMEOUT);
    }

    /**
     * Streams settings of one application, its id the run's id and {@code application}: no application name
     * may begin with another's and a dash ("pipeline", "pipeline-x"), since {@link CommittedProgress} knows an
     * application's repartition topics by the id's prefix.
     */
    private Properties streamsProperties(final String application, final Topics topics, final Path stateRoot) {
        return BenchPipeline.streamsProperties(clientProperties, runId + "-" + application, topics, stateRoot,
                settings.streamsOverrides());
    }

    private Topics topics(final String prefix) {
        final String base = runId + "-" + prefix;
        return new Topics(base + "articles", base + "articles.dlq", base + "alerts", base + "states");
    }

    private List<NewTopic> newTopics(final List<Topics> runs, final List<String> copies) {
        final Optional<Integer> partitions = Optional.of(settings.partitions());
        final List<NewTopic> topics = new ArrayList<>();
        for (final String copy : copies) {
            topics.add(new NewTopic(copy, partitions, Optional.empty()));
        }
        for (final Topics run : runs) {
            topics.add(new NewTopic(run.articles(), partitions, Optional.empty()));
            topics.add(new NewTopic(run.articlesDlq(), Optional.of(1), Optional.empty()));
            topics.add(new NewTopic(run.alerts(), partitions, Optional.empty()));
            topics.add(new NewTopic(run.states(), partitions, Optional.empty()).configs(
                    Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT)));
        }
        return topics;
    }

    private long count(final String topic) {
        return CommittedTopicReader.count(clientProperties, topic, COUNT_TIMEOUT);
    }

    private static Path temporaryStateRoot() {
        try {
            return Files.createTempDirectory("stancewatch-bench-state");
        } catch (final IOException e) {
            throw new UncheckedIOException("Cannot create a temporary state directory", e);
        }
    }

    private static void deleteRecursively(final Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            for (final Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (final IOException e) {
            throw new UncheckedIOException("Cannot delete the bench state in " + root, e);
        }
    }
}
