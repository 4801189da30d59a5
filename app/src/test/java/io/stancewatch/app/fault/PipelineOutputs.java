package io.stancewatch.app.fault;

import io.stancewatch.app.bench.CommittedTopicReader;
import io.stancewatch.processor.Topics;
import io.stancewatch.schemas.StanceAlert;
import io.stancewatch.schemas.StanceState;
import io.stancewatch.serde.SpecificAvroDeserializer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * What a pipeline run left on its output topics, as a {@code read_committed} consumer sees it: how often
 * each (alert id, key) was emitted, and the last state per key. Two runs over the same input must give
 * equal values, whatever crashed in between; {@code detectedAt}, the only wall-clock field, is left out.
 *
 * @param alerts (alert id, record key) to the number of times it was emitted
 * @param finalStates record key to the last state written for it
 */
record PipelineOutputs(Map<String, Integer> alerts, Map<String, StanceState> finalStates) {

    private static final Duration READ_TIMEOUT = Duration.ofSeconds(60);

    /** Reads the alerts and states topics of {@code topics} to their last stable offsets. */
    static PipelineOutputs read(final Properties clientProperties, final Topics topics) {
        final Map<String, Integer> alerts = new TreeMap<>();
        for (final ConsumerRecord<String, StanceAlert> record
                : readAll(clientProperties, topics.alerts(), StanceAlert.class)) {
            alerts.merge(record.value().getAlertId() + " " + record.key(), 1, Integer::sum);
        }
        final Map<String, StanceState> states = new TreeMap<>();
        for (final ConsumerRecord<String, StanceState> record
                : readAll(clientProperties, topics.states(), StanceState.class)) {
            states.put(record.key(), record.value());
        }
        return new PipelineOutputs(alerts, states);
    }

    /** Alerts emitted more than once. */
    Map<String, Integer> doubledAlerts() {
        final Map<String, Integer> doubled = new TreeMap<>();
        alerts.forEach((alert, count) -> {
            if (count > 1) {
                doubled.put(alert, count);
            }
        });
        return doubled;
    }

    private static <V extends SpecificRecord> List<ConsumerRecord<String, V>> readAll(
            final Properties clientProperties, final String topic, final Class<V> type) {
        final List<ConsumerRecord<String, V>> records = new ArrayList<>();
        CommittedTopicReader.forEach(clientProperties, topic, new StringDeserializer(),
                new SpecificAvroDeserializer<>(type), READ_TIMEOUT, records::add);
        return records;
    }
}
