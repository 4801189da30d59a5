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
        final Path stateRoot = temporaryStateRoot();
        try (Admin admin = Admin.create(clientProperties)) {
            TopicProvisioner.ensureTopics(admin, newTopics(feedTopics, copies, pacedTopics));
            progress.accept(String.format(Locale.ROOT, "bench: preloading %d synthetic articles (seed %d) on %s",
                    settings.articles(), settings.seed(), feedTopics.articles()));
            final FeedLoad load = ArticlePreloader.preload(
                    SyntheticFeed.withDefaultTemplates(settings.seed(), settings.articles()), feedTopics.articles(),
                    clientProperties);

            final ThroughputResult passThrough = passThrough(load, copies, stateRoot, admin);
            progress.accept(String.format(Locale.ROOT, "bench: pass-through done, %.0f articles/s",
                    passThrough.articlesPerSecond()));
            warmUp(extractor);
            final Properties pipelineProperties = streamsProperties("pipeline", feedTopics, stateRoot);
            final ThroughputResult pipeline = ThroughputRun.measure("pipeline",
                    BenchPipeline.stanceTopology(feedTopics, pipelineProperties, extractor), pipelineProperties,
                    load, admin, RUN_TIMEOUT);
            progress.accept(String.format(Locale.ROOT, "bench: pipeline done, %.0f articles/s",
                    pipeline.articlesPerSecond()));
            final OutputCounts outputs = new OutputCounts(count(copies), count(feedTopics.alerts()),
                    count(feedTopics.states()), count(feedTopics.articlesDlq()));

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
            return new BenchReport(passThrough, pipeline, outputs, latency);
        } finally {
            deleteRecursively(stateRoot);
        }
    }

    /**
     * Has the extractor read warm-up articles (another seed than the feed's) before the pipeline is timed:
     * extraction is most of the pipeline's code, and the JIT compiler takes seconds of both cores to
     * compile it, which a long-running processor pays once at start.
     */
    private void warmUp(final StanceExtractor extractor) {
        if (settings.extractorWarmUpArticles() == 0) {
            return;
        }
        final long start = System.nanoTime();
        long signals = 0;
        for (final Article article
                : SyntheticFeed.withDefaultTemplates(settings.seed() + 2, settings.extractorWarmUpArticles())) {
            signals += extractor.extract(article).size();
        }
        progress.accept(String.format(Locale.ROOT, "bench: extractor warmed up on %d articles (%d signals) in %.1f s",
                settings.extractorWarmUpArticles(), signals, (System.nanoTime() - start) / 1e9));
    }

    private ThroughputResult passThrough(final FeedLoad load, final String copies, final Path stateRoot,
                                         final Admin admin) throws InterruptedException, ExecutionException {
        final Properties properties = streamsProperties("pass-through", topics(""), stateRoot);
        try (SpecificAvroSerde<Article> articleSerde = new SpecificAvroSerde<>(Article.class)) {
            articleSerde.configure(BenchPipeline.configMap(properties), false);
            final Topology topology = PassThroughTopology.build(load.topic(), copies, articleSerde);
            return ThroughputRun.measure("pass-through", topology, properties, load, admin, RUN_TIMEOUT);
        }
    }

    private Properties streamsProperties(final String application, final Topics topics, final Path stateRoot) {
        return BenchPipeline.streamsProperties(clientProperties, runId + "-" + application, topics, stateRoot,
                settings.streamsOverrides());
    }

    private Topics topics(final String prefix) {
        final String base = runId + "-" + prefix;
        return new Topics(base + "articles", base + "articles.dlq", base + "alerts", base + "states");
    }

    private List<NewTopic> newTopics(final Topics feed, final String copies, final Topics paced) {
        final Optional<Integer> partitions = Optional.of(settings.partitions());
        final List<NewTopic> topics = new ArrayList<>();
        topics.add(new NewTopic(copies, partitions, Optional.empty()));
        for (final Topics run : List.of(feed, paced)) {
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
