package io.stancewatch.serde;

import java.util.Map;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Kafka {@link Serde} for a generated Avro class in the Confluent wire format, configured with Confluent's
 * property names (see {@link SchemaRegistryConfig}); {@code schema.registry.url=mock://<scope>} selects the
 * in-memory registry for tests.
 *
 * @param <T> the generated record class
 */
public class SpecificAvroSerde<T extends SpecificRecord> implements Serde<T> {

    private final SpecificAvroSerializer<T> serializer;
    private final SpecificAvroDeserializer<T> deserializer;

    /**
     * A serde for Kafka to create by class name (as {@code default.value.serde}): the record class comes from
     * {@code specific.avro.key.type} or {@code specific.avro.value.type} in {@link #configure}.
     */
    public SpecificAvroSerde() {
        this.serializer = new SpecificAvroSerializer<>();
        this.deserializer = new SpecificAvroDeserializer<>();
    }

    /** A serde for {@code recordClass}; call {@link #configure} before use. */
    public SpecificAvroSerde(final Class<T> recordClass) {
        this.serializer = new SpecificAvroSerializer<>();
        this.deserializer = new SpecificAvroDeserializer<>(recordClass);
    }

    /** A serde for {@code recordClass} that talks to {@code client}; call {@link #configure} before use. */
    public SpecificAvroSerde(final Class<T> recordClass, final SchemaRegistryClient client) {
        this.serializer = new SpecificAvroSerializer<>(client);
        this.deserializer = new SpecificAvroDeserializer<>(recordClass, client);
    }

    /** A configured serde for {@code recordClass}, as a record key or value. */
    public static <T extends SpecificRecord> SpecificAvroSerde<T> of(final Class<T> recordClass,
                                                                    final Map<String, ?> configs,
                                                                    final boolean isKey) {
        final SpecificAvroSerde<T> serde = new SpecificAvroSerde<>(recordClass);
        serde.configure(configs, isKey);
        return serde;
    }

    @Override
    public void configure(final Map<String, ?> configs, final boolean isKey) {
        serializer.configure(configs, isKey);
        deserializer.configure(configs, isKey);
    }

    @Override
    public Serializer<T> serializer() {
        return serializer;
    }

    @Override
    public Deserializer<T> deserializer() {
        return deserializer;
    }
}
