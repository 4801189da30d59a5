package io.stancewatch.app.bench;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Counts the records a {@code read_committed} consumer sees on a topic, reading it from the start up
 * to its last stable offset: what a downstream reader of the bench's output would get.
 */
final class TopicRecordCounter {

    private static final Duration POLL = Duration.ofMillis(200);

    private TopicRecordCounter() {
    }

    /**
     * Committed records on {@code topic}.
     *
     * @throws IllegalStateException if the end is not reached within {@code timeout}
     */
    static long countCommitted(final Properties clientProperties, final String topic, final Duration timeout) {
        final Map<String, Object> configs = new HashMap<>();
        clientProperties.forEach((key, value) -> configs.put(String.valueOf(key), value));
        configs.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        configs.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        configs.remove(ConsumerConfig.GROUP_ID_CONFIG);
        try (KafkaConsumer<byte[], byte[]> consumer =
                     new KafkaConsumer<>(configs, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
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
                count += consumer.poll(POLL).count();
            }
            return count;
        }
    }

    private static boolean reached(final KafkaConsumer<?, ?> consumer, final Map<TopicPartition, Long> ends) {
        return ends.entrySet().stream().allMatch(end -> consumer.position(end.getKey()) >= end.getValue());
    }
}
