package io.stancewatch.app.bench;

import io.stancewatch.ingest.ArticleProducerConfig;
import io.stancewatch.schemas.Article;
import io.stancewatch.serde.SpecificAvroSerializer;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Puts a whole feed on a topic before anything reads it, so a throughput run times processing alone,
 * not the producer. Articles are Avro-encoded with the registry serde (schema id and all, as ingest
 * writes them) and the encoded size is summed, which is what MB/s is measured on.
 */
final class ArticlePreloader {

    private ArticlePreloader() {
    }

    /**
     * Sends every article of the feed to {@code topic}, keyed by id, and waits until all are acknowledged.
     *
     * @param clientProperties bootstrap servers, registry URL and any client settings
     * @throws IllegalStateException naming the first failure when an article was not delivered
     */
    static FeedLoad preload(final SyntheticFeed feed, final String topic, final Properties clientProperties) {
        final Properties producerProperties = ArticleProducerConfig.producerProperties(clientProperties,
                Optional.empty());
        final Map<String, Object> configs = new HashMap<>();
        producerProperties.forEach((key, value) -> configs.put(String.valueOf(key), value));
        final AtomicLong delivered = new AtomicLong();
        final AtomicReference<Exception> firstFailure = new AtomicReference<>();
        long bytes = 0;
        try (SpecificAvroSerializer<Article> serializer = new SpecificAvroSerializer<>();
             KafkaProducer<String, byte[]> producer =
                     new KafkaProducer<>(configs, new StringSerializer(), new ByteArraySerializer())) {
            serializer.configure(configs, false);
            for (final Article article : feed) {
                final byte[] value = serializer.serialize(topic, article);
                bytes += value.length;
                producer.send(new ProducerRecord<>(topic, article.getId(), value), (metadata, exception) -> {
                    if (exception == null) {
                        delivered.incrementAndGet();
                    } else {
                        firstFailure.compareAndSet(null, exception);
                    }
                });
            }
            producer.flush();
        }
        if (firstFailure.get() != null || delivered.get() != feed.size()) {
            throw new IllegalStateException("Preloading " + topic + " delivered " + delivered.get() + " of "
                    + feed.size() + " articles", firstFailure.get());
        }
        return new FeedLoad(topic, feed.size(), bytes);
    }

    /**
     * What was preloaded.
     *
     * @param topic where the articles are
     * @param articles how many, duplicates included
     * @param bytes their Avro-encoded size (record values), summed
     */
    record FeedLoad(String topic, long articles, long bytes) {
    }
}
