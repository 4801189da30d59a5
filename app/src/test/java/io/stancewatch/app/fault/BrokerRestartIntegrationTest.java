package io.stancewatch.app.fault;

import static org.assertj.core.api.Assertions.assertThat;

import io.stancewatch.app.bench.BenchPipeline;
import io.stancewatch.app.bench.RateSchedule;
import io.stancewatch.app.bench.CommittedTopicReader;
import io.stancewatch.app.bench.RunningStreams;
import io.stancewatch.app.bench.SyntheticFeed;
import io.stancewatch.app.embedded.EmbeddedKafkaBroker;
import io.stancewatch.app.testing.StackExtension;
import io.stancewatch.app.testing.TestStack;
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
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Stops the broker while ingest is sending and the processor is running, starts it again on the same
 * data directory and port, and checks that ingest delivered every article exactly once and that the
 * pipeline's output is that of an undisturbed run. The broker is this test's own (the shared one must not
 * restart under other tests); the registry is the shared one.
 */
@ExtendWith(StackExtension.class)
class BrokerRestartIntegrationTest {

    private static final int ARTICLES = 300;
    private static final int RATE_PER_SECOND = 100;

    @TempDir
    Path brokerData;

    @TempDir
    Path processorState;

    @TempDir
    Path referenceState;

    @Test
    void shouldDeliverAndProcessEveryArticleWhenTheBrokerRestartsMidStream(final TestStack stack) throws Exception {
        final List<Article> feed = SyntheticFeed.withDefaultTemplates(13, ARTICLES).stream().toList();
        final Topics topics = PipelineFixture.uniqueTopics("restart");
        final String applicationId = "restart-" + UUID.randomUUID();
        final PipelineOutputs afterRestart;
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(
                EmbeddedKafkaBroker.Settings.defaults().withDataDirectory(Optional.of(brokerData)))) {
            final Properties client = PipelineFixture.clientProperties(broker.bootstrapServers(),
                    stack.schemaRegistryUrl());
            PipelineFixture.createTopics(client, topics, Map.of());
            final Properties streams =
                    BenchPipeline.streamsProperties(client, applicationId, topics, processorState, Map.of());
            try (RunningStreams processor = RunningStreams.start(
                    BenchPipeline.stanceTopology(topics, streams, RuleBasedStanceExtractor.loadDefault()), streams,
                    PipelineFixture.PROCESSING_TIMEOUT);
                 ArticleProducer producer = ArticleProducer.create(
                         ArticleProducerConfig.producerProperties(client, Optional.empty()), topics.articles())) {
                // Given ingest sending at a steady rate
                final Thread ingest = new Thread(() -> sendPaced(producer, feed), "restart-test-ingest");
                ingest.start();

                // When the broker stops a third of the way through and starts again (ingest blocks or
                // buffers meanwhile, as it would in production)
                Awaitility.await().atMost(1, TimeUnit.MINUTES).pollInterval(10, TimeUnit.MILLISECONDS)
                        .until(() -> producer.attempted() >= ARTICLES / 3);
                broker.stop();
                broker.restart();
                ingest.join(TimeUnit.MINUTES.toMillis(3));
                producer.flush();

                // Then ingest delivered every article, and each exactly once
                final IngestReport report = producer.report(ARTICLES, 0);
                assertThat(report.allValidDelivered()).as(report.summary()).isTrue();
                assertThat(CommittedTopicReader.count(client, topics.articles(), Duration.ofMinutes(1)))
                        .isEqualTo(ARTICLES);
                PipelineFixture.awaitCaughtUp(client, applicationId, topics.articles(),
                        () -> processor.requireAlive(applicationId));
            }
            afterRestart = PipelineOutputs.read(client, topics);
        }
        // ... and the processor, which ran through the restart, wrote what an undisturbed run writes
        final PipelineOutputs undisturbed = PipelineFixture.undisturbedRun(
                PipelineFixture.clientProperties(stack.bootstrapServers(), stack.schemaRegistryUrl()), feed,
                referenceState);
        assertThat(undisturbed.alerts()).as("the feed raises alerts").isNotEmpty();
        assertThat(afterRestart.doubledAlerts()).as("alerts emitted twice").isEmpty();
        assertThat(afterRestart.alerts()).isEqualTo(undisturbed.alerts());
        assertThat(afterRestart.finalStates()).isEqualTo(undisturbed.finalStates());
    }

    /** Sends on a fixed schedule, so the broker goes down and comes back while articles are still coming. */
    private static void sendPaced(final ArticleProducer producer, final List<Article> feed) {
        final RateSchedule schedule = new RateSchedule(RATE_PER_SECOND);
        for (int i = 0; i < feed.size(); i++) {
            schedule.awaitTurn(i);
            producer.send(feed.get(i));
        }
    }
}
