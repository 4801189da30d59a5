package io.stancewatch.app.cli;

import io.stancewatch.ingest.ArticleIngestor;
import io.stancewatch.ingest.ArticleJsonReader;
import io.stancewatch.ingest.ArticleLineParser;
import io.stancewatch.ingest.ArticleProducer;
import io.stancewatch.ingest.ArticleProducerConfig;
import io.stancewatch.ingest.IngestReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.Properties;

/**
 * Sends one feed input to an articles topic, printing each rejected line ({@code file:line field: reason})
 * and each failed delivery to stderr. Shared by {@code ingest}, {@code replay} and {@code demo}.
 */
final class FeedIngest {

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
        final Properties producerProperties =
                ArticleProducerConfig.producerProperties(clientProperties, deliveryTimeout);
        final ArticleLineParser parser = new ArticleLineParser(maxBodyBytes, Clock.systemUTC());
        final IngestReport report;
        try (ArticleProducer producer = ArticleProducer.create(producerProperties, topic)) {
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
}
