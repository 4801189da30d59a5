package io.stancewatch.ingest;

import io.stancewatch.schemas.Article;
import io.stancewatch.serde.SpecificAvroSerde;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends articles to the articles topic keyed by article id, and counts what the broker acknowledged and what
 * it did not, from each record's delivery callback.
 *
 * <p>A failed delivery is counted and remembered, never thrown: the rest of the feed still goes out, and the
 * caller decides from the {@link IngestReport} whether the run failed. Sends are asynchronous;
 * {@link #flush()} waits until every callback has fired.
 */
public final class ArticleProducer implements AutoCloseable {

    /** How many failure messages a report keeps; the count is always exact. */
    static final int MAX_REMEMBERED_FAILURES = 20;

    private static final Logger LOG = LoggerFactory.getLogger(ArticleProducer.class);

    private final Producer<String, Article> producer;
    private final String topic;
    private final AtomicLong attempted = new AtomicLong();
    private final AtomicLong sent = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private final List<String> failures = new ArrayList<>();

    /** Sends through {@code producer} (a {@code MockProducer} in tests) to {@code topic}. */
    public ArticleProducer(final Producer<String, Article> producer, final String topic) {
        this.producer = Objects.requireNonNull(producer, "producer");
        this.topic = Objects.requireNonNull(topic, "topic");
    }

    /**
     * A producer for {@code topic} on the cluster and registry named in {@code producerProperties} (see
     * {@link ArticleProducerConfig#producerProperties}); the Avro serde reads its registry settings from the
     * same properties.
     */
    public static ArticleProducer create(final Properties producerProperties, final String topic) {
        final Map<String, Object> configs = new HashMap<>();
        producerProperties.forEach((key, value) -> configs.put(String.valueOf(key), value));
        final SpecificAvroSerde<Article> valueSerde = new SpecificAvroSerde<>(Article.class);
        valueSerde.configure(configs, false);
        return new ArticleProducer(new KafkaProducer<>(configs, new StringSerializer(), valueSerde.serializer()),
                topic);
    }

    /**
     * Sends one article; the outcome arrives in the counters once its callback fires.
     *
     * @return completes when the broker acknowledged the article, or exceptionally with why it was not
     *     delivered (already counted as a failure); callers that only need the totals may ignore it
     */
    public CompletableFuture<Void> send(final Article article) {
        attempted.incrementAndGet();
        final CompletableFuture<Void> delivery = new CompletableFuture<>();
        try {
            producer.send(new ProducerRecord<>(topic, article.getId(), article), (metadata, exception) -> {
                if (exception == null) {
                    sent.incrementAndGet();
                    delivery.complete(null);
                } else {
                    delivery.completeExceptionally(new DeliveryFailure(recordFailure(article.getId(), exception)));
                }
            });
        } catch (final KafkaException | IllegalStateException e) {
            // Serialization and registry errors, and a producer that can no longer send, fail here at once.
            delivery.completeExceptionally(new DeliveryFailure(recordFailure(article.getId(), e)));
        }
        return delivery;
    }

    /** Waits until every article sent so far is acknowledged or has failed. */
    public void flush() {
        producer.flush();
    }

    /**
     * The report after {@link #flush()}: {@code read} and {@code rejected} come from the reader.
     */
    public IngestReport report(final long read, final long rejected) {
        synchronized (failures) {
            return new IngestReport(read, sent.get(), rejected, failed.get(), failures);
        }
    }

    /** Articles handed to {@link #send} so far. */
    public long attempted() {
        return attempted.get();
    }

    @Override
    public void close() {
        producer.close();
    }

    private String recordFailure(final String articleId, final Exception exception) {
        failed.incrementAndGet();
        final String message = "article " + articleId + " not delivered to " + topic + ": " + describe(exception);
        LOG.warn(message);
        synchronized (failures) {
            if (failures.size() < MAX_REMEMBERED_FAILURES) {
                failures.add(message);
            }
        }
        return message;
    }

    private static String describe(final Throwable exception) {
        final String text = exception.getClass().getSimpleName() + ": " + exception.getMessage();
        return exception.getCause() == null || exception.getCause() == exception
                ? text : text + " (caused by " + exception.getCause().getMessage() + ")";
    }

    /** Why one article was not delivered, in the words of the ingest report. */
    public static final class DeliveryFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        DeliveryFailure(final String message) {
            super(message, null, false, false);
        }
    }
}
