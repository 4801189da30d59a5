package io.stancewatch.app.bench;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * Reads a whole topic as a {@code read_committed} consumer, from its beginning to its last stable
 * offset: what a downstream reader of the output would get. No consumer group, nothing committed.
 */
public final class CommittedTopicReader {

    private static final Duration POLL = Duration.ofMillis(200);

    private CommittedTopicReader() {
    }

    /** The number of committed records on {@code topic}. */
    public static long count(final Properties clientProperties, final String topic, final Duration timeout) {
        return forEach(clientProperties, topic, new ByteArrayDeserializer(), new ByteArrayDeserializer(), timeout,
                record -> { });
    }

    /**
     * Hands every committed record of {@code topic}, in partition order, to {@code action}.
     *
     * @return the number of records read
     * @throws IllegalStateException if the end is not reached within {@code timeout}
     */
    public static <K, V> long forEach(final Properties clientProperties, final String topic,
                                      final Deserializer<K> keys, final Deserializer<V> values,
                                      final Duration timeout, final Consumer<ConsumerRecord<K, V>> action) {
        final Map<String, Object> configs = new HashMap<>();
        clientProperties.forEach((key, value) -> configs.put(String.valueOf(key), value));
        configs.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        configs.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        configs.remove(ConsumerConfig.GROUP_ID_CONFIG);
        keys.configure(configs, true);
        values.configure(configs, false);
        try (KafkaConsumer<K, V> consumer = new KafkaConsumer<>(configs, keys, values)) {
            final List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(info -> new TopicPartition(topic, info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            final Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            final long deadline = System.nanoTime() + timeout.toNanos();
            long count = 0;
            while (!reached(consumer, ends)) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("Could not read " + topic + " to its end within " + timeout);
                }
                for (final ConsumerRecord<K, V> record : consumer.poll(POLL)) {
                    action.accept(record);
                    count++;
                }
            }
            return count;
        }
    }

    private static boolean reached(final KafkaConsumer<?, ?> consumer, final Map<TopicPartition, Long> ends) {
        return ends.entrySet().stream().allMatch(end -> consumer.position(end.getKey()) >= end.getValue());
    }
}
