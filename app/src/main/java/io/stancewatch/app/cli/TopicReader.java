package io.stancewatch.app.cli;

import io.stancewatch.app.bench.CommittedTopicReader;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads a whole topic, from the beginning to its current end, with a {@code read_committed} consumer that
 * joins no group: the end is the last stable offset, so aborted or unfinished transactions are never
 * reported as output. The read itself is {@link CommittedTopicReader}'s; this adds the stable order a
 * replay's output files need.
 */
final class TopicReader {

    private final Properties clientProperties;
    private final Duration timeout;

    TopicReader(final Properties clientProperties, final Duration timeout) {
        this.clientProperties = clientProperties;
        this.timeout = timeout;
    }

    /**
     * Every record of {@code topic}, ordered by timestamp, then partition and offset, so the order does not
     * depend on how partitions were fetched.
     *
     * @throws IllegalStateException when the end is not reached within the timeout
     */
    <V> List<ConsumerRecord<String, V>> readAll(final String topic, final Deserializer<V> valueDeserializer) {
        final List<ConsumerRecord<String, V>> records = new ArrayList<>();
        CommittedTopicReader.forEach(clientProperties, topic, new StringDeserializer(), valueDeserializer, timeout,
                records::add);
        records.sort(Comparator.<ConsumerRecord<String, V>>comparingLong(ConsumerRecord::timestamp)
                .thenComparingInt(ConsumerRecord::partition)
                .thenComparingLong(ConsumerRecord::offset));
        return records;
    }
}
