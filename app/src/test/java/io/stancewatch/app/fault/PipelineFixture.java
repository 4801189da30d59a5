package io.stancewatch.app.fault;

import static org.assertj.core.api.Assertions.assertThat;

import io.stancewatch.app.bench.BenchPipeline;
import io.stancewatch.app.bench.CommittedProgress;
import io.stancewatch.app.bench.RunningStreams;
import io.stancewatch.app.embedded.TopicProvisioner;
import io.stancewatch.ingest.ArticleProducer;
import io.stancewatch.ingest.ArticleProducerConfig;
import io.stancewatch.ingest.IngestReport;
import io.stancewatch.processor.Topics;
import io.stancewatch.processor.extract.RuleBasedStanceExtractor;
import io.stancewatch.schemas.Article;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;

/**
 * What the fault tests share: names of their own on the shared cluster, topics created up front with one
 * partition (so every run processes the articles in the same order and two runs can be compared record
 * for record), articles sent through the real ingest producer, and the undisturbed reference run.
 */
final class PipelineFixture {

    /** Upper bound of any wait on the pipeline: generous for a loaded CI machine. */
    static final Duration PROCESSING_TIMEOUT = Duration.ofMinutes(3);

    private PipelineFixture() {
    }

    /** Client properties for a cluster and registry. */
    static Properties clientProperties(final String bootstrapServers, final String schemaRegistryUrl) {
        final Properties properties = new Properties();
        properties.setProperty(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        properties.setProperty("schema.registry.url", schemaRegistryUrl);
        return properties;
    }

    /** Topic names no other test uses. */
    static Topics uniqueTopics(final String prefix) {
        final String base = prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "-";
        return new Topics(base + "articles", base + "articles.dlq", base + "alerts", base + "states");
    }

    /** Creates the four topics with one partition each, states compacted. */
    static void createTopics(final Properties client, final Topics topics, final Map<String, String> articleConfigs) {
        final Optional<Integer> one = Optional.of(1);
        try (Admin admin = Admin.create(client)) {
            TopicProvisioner.ensureTopics(admin, List.of(
                    new NewTopic(topics.articles(), one, Optional.empty()).configs(articleConfigs),
                    new NewTopic(topics.articlesDlq(), one, Optional.empty()),
                    new NewTopic(topics.alerts(), one, Optional.empty()),
                    new NewTopic(topics.states(), one, Optional.empty()).configs(
                            Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT))));
        }
    }

    /** Sends the articles through the ingest producer and checks every one was delivered. */
    static void send(final Properties client, final String topic, final List<Article> articles) {
        try (ArticleProducer producer =
                     ArticleProducer.create(ArticleProducerConfig.producerProperties(client, Optional.empty()), topic)) {
            articles.forEach(producer::send);
            producer.flush();
            final IngestReport report = producer.report(articles.size(), 0);
            assertThat(report.allValidDelivered()).as(report.summary()).isTrue();
        }
    }

    /** Waits until the application has committed everything on its input and repartition topics. */
    static void awaitCaughtUp(final Properties client, final String applicationId, final String inputTopic,
                              final Runnable whileRunning) throws InterruptedException, ExecutionException {
        try (Admin admin = Admin.create(client)) {
            new CommittedProgress(admin, applicationId, inputTopic)
                    .awaitNothingRemaining(applicationId, PROCESSING_TIMEOUT, whileRunning);
        }
    }

    /**
     * The reference: the same articles, in the same order, through the real topology in this JVM on fresh
     * topics, with nothing disturbed.
     */
    static PipelineOutputs undisturbedRun(final Properties client, final List<Article> articles, final Path stateDir)
            throws InterruptedException, ExecutionException {
        final Topics topics = uniqueTopics("undisturbed");
        createTopics(client, topics, Map.of());
        send(client, topics.articles(), articles);
        final String applicationId = "undisturbed-" + UUID.randomUUID();
        final Properties streams = BenchPipeline.streamsProperties(client, applicationId, topics, stateDir, Map.of());
        try (RunningStreams run = RunningStreams.start(
                BenchPipeline.stanceTopology(topics, streams, RuleBasedStanceExtractor.loadDefault()), streams,
                PROCESSING_TIMEOUT)) {
            awaitCaughtUp(client, applicationId, topics.articles(), () -> run.requireAlive(applicationId));
        }
        return PipelineOutputs.read(client, topics);
    }
}
