package io.stancewatch.app.embedded;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** Producers and consumers for integration tests, and a bounded read that stops at the record awaited. */
final class KafkaTestClients {

    /** Upper bound of a read: generous for a slow CI machine, never reached when the stack works. */
    static final Duration READ_TIMEOUT = Duration.ofSeconds(60);

    private KafkaTestClients() {
    }

    static KafkaProducer<String, String> stringProducer(final String bootstrapServers, final Map<String, Object> extra) {
        return producer(bootstrapServers, new StringSerializer(), new StringSerializer(), extra);
    }

    static <V> KafkaProducer<String, V> producer(final String bootstrapServers, final Serializer<String> keys,
                                                 final Serializer<V> values, final Map<String, Object> extra) {
        final Properties properties = new Properties();
        properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        properties.put(ProducerConfig.ACKS_CONFIG, "all");
        properties.putAll(extra);
        return new KafkaProducer<>(properties, keys, values);
    }

    static KafkaConsumer<String, String> readCommittedStringConsumer(final String bootstrapServers) {
        return consumer(bootstrapServers, new StringDeserializer(), new StringDeserializer());
    }

    /** A read_committed consumer in a fresh group, reading from the earliest offset. */
    static <V> KafkaConsumer<String, V> consumer(final String bootstrapServers, final Deserializer<String> keys,
                                                 final Deserializer<V> values) {
        final Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        properties.put(ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID());
        properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        properties.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        return new KafkaConsumer<>(properties, keys, values);
    }

    /**
     * Reads {@code topic} from the start until a record matches {@code last}, and returns every record read
     * up to and including it.
     *
     * @throws AssertionError when no such record arrives within {@link #READ_TIMEOUT}
     */
    static <V> List<ConsumerRecord<String, V>> readUntil(final KafkaConsumer<String, V> consumer, final String topic,
                                                         final Predicate<ConsumerRecord<String, V>> last) {
        consumer.subscribe(List.of(topic));
        final List<ConsumerRecord<String, V>> read = new ArrayList<>();
        final long deadline = System.nanoTime() + READ_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            for (ConsumerRecord<String, V> record : consumer.poll(Duration.ofMillis(200))) {
                read.add(record);
                if (last.test(record)) {
                    return read;
                }
            }
        }
        throw new AssertionError("No awaited record on " + topic + " within " + READ_TIMEOUT.toSeconds()
                + " s; read " + read);
    }
}
