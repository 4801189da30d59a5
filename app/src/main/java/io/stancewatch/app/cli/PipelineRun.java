package io.stancewatch.app.cli;

import io.stancewatch.ingest.IngestReport;
import io.stancewatch.schemas.StanceAlert;
import io.stancewatch.schemas.StanceState;
import io.stancewatch.serde.SpecificAvroSerde;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.stream.Stream;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.streams.StreamsConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One self-contained run of the whole pipeline, as {@code replay} and {@code demo} use it: topics of its
 * own, the topology in this process with a throw-away state directory, a feed ingested in order, a wait
 * until the processor has caught up, and the outputs read back.
 *
 * <p>The processor runs exactly as in production (exactly-once v2), so a replay measures the product and
 * not a variant of it. A transaction commits the consumed offsets together with the outputs, so the
 * group's committed offsets are an exact "processed up to here" signal for {@link ProcessingProgress}, and
 * the outputs are read back {@code read_committed}.
 */
final class PipelineRun implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(PipelineRun.class);
    private static final Duration READ_TIMEOUT = Duration.ofSeconds(60);

    private final Properties clientProperties;
    private final ProcessorNames names;
    private final Admin admin;
    private final Path stateDir;
    private final ProcessorRun processor;

    private PipelineRun(final Properties clientProperties, final ProcessorNames names, final Admin admin,
                        final Path stateDir, final ProcessorRun processor) {
        this.clientProperties = clientProperties;
        this.names = names;
        this.admin = admin;
        this.stateDir = stateDir;
        this.processor = processor;
    }

    /** Creates the run's topics and starts the processor on them. */
    static PipelineRun start(final Properties clientProperties, final ProcessorNames names, final TopicLayout layout,
                             final Duration startTimeout) throws IOException, InterruptedException {
        final Admin admin = Admin.create(clientProperties);
        Path stateDir = null;
        try {
            layout.ensure(admin, names);
            stateDir = Files.createTempDirectory("stancewatch-run-");
            final Properties streamsProperties = ProcessorWiring.streamsProperties(clientProperties, names,
                    Optional.of(stateDir), Map.of(
                            StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, "100",
                            StreamsConfig.NUM_STREAM_THREADS_CONFIG, "1"));
            final ProcessorRun processor = ProcessorRun.start(ProcessorWiring.topology(names, streamsProperties),
                    streamsProperties, startTimeout, () -> LOG.error("The processor of {} failed", names));
            return new PipelineRun(clientProperties, names, admin, stateDir, processor);
        } catch (final IOException | InterruptedException | RuntimeException e) {
            admin.close();
            deleteQuietly(stateDir);
            throw e;
        }
    }

    /** The names of this run's topics and group. */
    ProcessorNames names() {
        return names;
    }

    /** Sends {@code input} to the run's articles topic, in order. */
    IngestReport ingest(final FeedInput input, final int maxBodyBytes, final PrintWriter err) throws IOException {
        return new FeedIngest(clientProperties, maxBodyBytes, Optional.empty(), err)
                .send(input, names.topics().articles());
    }

    /** Waits until every ingested article has been fully processed, or fails after {@code timeout}. */
    void awaitProcessed(final Duration timeout) throws InterruptedException, ExecutionException {
        new ProcessingProgress(admin, names.applicationId(), names.topics().articles())
                .awaitCaughtUp(timeout, () -> !processor.hasFailed());
    }

    /** Every alert on the run's alert topic, in timestamp order. */
    List<StanceAlert> alerts() {
        return values(read(names.topics().alerts(), alertDeserializer()));
    }

    /** The final state of every key (the last record per key), ordered by key. */
    Map<String, StanceState> finalStates() {
        final Map<String, StanceState> states = new TreeMap<>();
        for (final ConsumerRecord<String, StanceState> record
                : read(names.topics().states(), deserializer(StanceState.class))) {
            if (record.value() == null) {
                states.remove(record.key());
            } else {
                states.put(record.key(), record.value());
            }
        }
        return states;
    }

    /** The read_committed end offsets of the alert topic: where a reader has seen every alert so far. */
    Map<TopicPartition, Long> alertEndOffsets() throws InterruptedException, ExecutionException {
        final String topic = names.topics().alerts();
        final Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions()
                .forEach(info -> latest.put(new TopicPartition(topic, info.partition()), OffsetSpec.latest()));
        final Map<TopicPartition, Long> ends = new HashMap<>();
        admin.listOffsets(latest, new ListOffsetsOptions(IsolationLevel.READ_COMMITTED)).all().get()
                .forEach((partition, info) -> ends.put(partition, info.offset()));
        return ends;
    }

    /** A deserializer of alerts from the run's registry. */
    Deserializer<StanceAlert> alertDeserializer() {
        return deserializer(StanceAlert.class);
    }

    /** How many records the dead-letter topic holds. */
    int deadLetterCount() {
        return read(names.topics().articlesDlq(), new ByteArrayDeserializer()).size();
    }

    /** The client properties of the run's cluster. */
    Properties clientProperties() {
        return clientProperties;
    }

    /** Stops the processor and deletes its state directory; the topics stay for inspection. */
    @Override
    public void close() {
        try {
            processor.close();
        } finally {
            admin.close();
            deleteQuietly(stateDir);
        }
    }

    private <V> List<ConsumerRecord<String, V>> read(final String topic, final Deserializer<V> deserializer) {
        return new TopicReader(clientProperties, READ_TIMEOUT).readAll(topic, deserializer);
    }

    private <T extends SpecificRecord> Deserializer<T> deserializer(final Class<T> recordClass) {
        final Map<String, Object> config = new HashMap<>();
        clientProperties.forEach((key, value) -> config.put(String.valueOf(key), value));
        return SpecificAvroSerde.of(recordClass, config, false).deserializer();
    }

    private static <V> List<V> values(final List<ConsumerRecord<String, V>> records) {
        final List<V> values = new ArrayList<>(records.size());
        records.forEach(record -> values.add(record.value()));
        return values;
    }

    private static void deleteQuietly(final Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (final IOException | UncheckedIOException e) {
            LOG.warn("Could not delete the temporary state directory {}: {}", dir, e.getMessage());
        }
    }
}
