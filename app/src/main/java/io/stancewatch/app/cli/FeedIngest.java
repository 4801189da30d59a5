package io.stancewatch.app.cli;

import io.stancewatch.ingest.ArticleIngestor;
import io.stancewatch.ingest.ArticleJsonReader;
import io.stancewatch.ingest.ArticleLineParser;
import io.stancewatch.ingest.ArticleProducer;
import io.stancewatch.ingest.ArticleProducerConfig;
import io.stancewatch.ingest.HttpArticleEndpoint;
import io.stancewatch.ingest.IngestReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends one feed input to an articles topic, printing each rejected line ({@code file:line field: reason})
 * and each failed delivery to stderr. Shared by {@code ingest}, {@code replay} and {@code demo}.
 */
final class FeedIngest {

    private static final Logger LOG = LoggerFactory.getLogger(FeedIngest.class);
    /** The longest the check that the topic exists may take. */
    private static final Duration TOPIC_CHECK_TIMEOUT = Duration.ofSeconds(30);

    private final Properties clientProperties;
    private final int maxBodyBytes;
    private final Optional<Duration> deliveryTimeout;
    private final PrintWriter err;

    FeedIngest(final Properties clientProperties, final int maxBodyBytes, final Optional<Duration> deliveryTimeout,
               final PrintWriter err) {
        this.clientProperties = clientProperties;
        this.maxBodyBytes = maxBodyBytes;
        this.deliveryTimeout = deliveryTimeout;
        this.err = err;
    }

    /** Reads {@code input}, sends its valid articles to {@code topic}, and waits for every delivery. */
    IngestReport send(final FeedInput input, final String topic) throws IOException {
        final ArticleLineParser parser = new ArticleLineParser(maxBodyBytes, Clock.systemUTC());
        final IngestReport report;
        try (ArticleProducer producer = ArticleProducer.create(producerProperties(), topic)) {
            final ArticleIngestor ingestor = new ArticleIngestor(new ArticleJsonReader(parser), producer,
                    rejection -> err.println(rejection.message()));
            report = ingestor.ingest(input.source(parser));
        }
        report.failures().forEach(err::println);
        if (report.failed() > report.failures().size()) {
            err.println("... and " + (report.failed() - report.failures().size()) + " more failed deliveries");
        }
        err.flush();
        return report;
    }

    /**
     * Takes articles posted to {@code address} ({@link HttpArticleEndpoint}) and sends them to {@code topic}
     * until {@code shutdown} is signalled; prints where it listens.
     */
    void serve(final InetSocketAddress address, final long maxRequestBytes, final String topic,
               final ShutdownSignal shutdown, final PrintWriter out) throws IOException, InterruptedException {
        final Properties producerProperties = producerProperties();
        // A request answers once its articles are acknowledged or the producer gave up on them.
        final Duration deliveryWait = ArticleProducerConfig.deliveryTimeout(producerProperties).plusSeconds(5);
        final ArticleLineParser parser = new ArticleLineParser(maxBodyBytes, Clock.systemUTC());
        try (ArticleProducer producer = ArticleProducer.create(producerProperties, topic);
             HttpArticleEndpoint endpoint =
                     HttpArticleEndpoint.start(address, parser, producer, maxRequestBytes, deliveryWait)) {
            final InetSocketAddress bound = endpoint.address();
            out.println("ingest: listening on http://" + bound.getHostString() + ":" + bound.getPort()
                    + HttpArticleEndpoint.ARTICLES_PATH + " (POST JSON lines); press Ctrl-C to stop.");
            out.flush();
            shutdown.await();
        }
    }

    /**
     * Fails at once, naming the topic, when the cluster says it does not exist: otherwise every article
     * would wait out the delivery timeout (minutes) before failing on a broker that does not create topics
     * on demand. When the cluster cannot be asked (down, no rights to describe), the sends go ahead and
     * report per article, as they would without the check; the check waits no longer than a delivery.
     * For {@code ingest}, whose topic someone else creates; {@code replay} and {@code demo} create their own.
     */
    void requireTopic(final String topic) {
        final Properties adminProperties = producerProperties();
        final long checkMs = Math.min(ArticleProducerConfig.deliveryTimeout(adminProperties).toMillis(),
                TOPIC_CHECK_TIMEOUT.toMillis());
        adminProperties.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, Long.toString(checkMs));
        adminProperties.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, Long.toString(checkMs));
        try (Admin admin = Admin.create(adminProperties)) {
            admin.describeTopics(List.of(topic)).allTopicNames().get();
        } catch (final ExecutionException e) {
            if (e.getCause() instanceof UnknownTopicOrPartitionException) {
                throw new IllegalStateException("topic " + topic + " does not exist on "
                        + clientProperties.getProperty(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG)
                        + ": run `stancewatch process` once (it creates its topics) or create it");
            }
            LOG.warn("Cannot check that topic {} exists ({}); sending anyway", topic, e.getCause().toString());
        } catch (final InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private Properties producerProperties() {
        return ArticleProducerConfig.producerProperties(clientProperties, deliveryTimeout);
    }
}
