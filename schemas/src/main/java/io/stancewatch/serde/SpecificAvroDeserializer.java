package io.stancewatch.serde;

import java.io.IOException;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaCompatibility.SchemaCompatibilityType;
import org.apache.avro.SchemaCompatibility.SchemaPairCompatibility;
import org.apache.avro.io.DatumReader;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * Reads records in the Confluent wire format into the generated class {@code T}. The writer schema is
 * fetched by the id in the header and resolved against the class's schema, so data written with an older
 * (or newer, compatible) schema version is read into the current class.
 *
 * <p>Corrupt input (wrong magic byte, short or truncated payload, unknown schema id, incompatible writer
 * schema) fails with a {@link SerializationException} that says what is wrong; a registry that cannot be
 * reached fails with a {@link SchemaRegistryException}. A {@code null} payload (a tombstone) yields
 * {@code null}. Thread-safe: readers are cached per schema id, decoders are per thread.
 *
 * @param <T> the generated record class
 */
public class SpecificAvroDeserializer<T extends SpecificRecord> implements Deserializer<T> {

    private static final ThreadLocal<BoundedDecoder> DECODERS = ThreadLocal.withInitial(BoundedDecoder::new);

    private final SchemaRegistryClient injectedClient;
    private final Map<Integer, DatumReader<T>> readersBySchemaId = new ConcurrentHashMap<>();
    private Class<T> recordClass;
    private Schema readerSchema;
    private SpecificData model;
    private SchemaRegistryClient client;

    /**
     * A deserializer for Kafka to create by class name: the class to read into comes from
     * {@code specific.avro.key.type} or {@code specific.avro.value.type} in {@link #configure}.
     */
    public SpecificAvroDeserializer() {
        this.injectedClient = null;
    }

    /** A deserializer into {@code recordClass} whose registry is chosen by {@code schema.registry.url}. */
    public SpecificAvroDeserializer(final Class<T> recordClass) {
        this(recordClass, null);
    }

    /** A deserializer into {@code recordClass} that talks to {@code client}, whatever the config says. */
    public SpecificAvroDeserializer(final Class<T> recordClass, final SchemaRegistryClient client) {
        this.injectedClient = client;
        useRecordClass(Objects.requireNonNull(recordClass, "recordClass"));
    }

    @Override
    public void configure(final Map<String, ?> configs, final boolean isKey) {
        final SchemaRegistryConfig config = new SchemaRegistryConfig(configs);
        if (recordClass == null) {
            @SuppressWarnings("unchecked") // The config names the class this deserializer was declared for.
            final Class<T> configured = (Class<T>) config.specificRecordType(isKey);
            useRecordClass(configured);
        }
        this.client = injectedClient != null ? injectedClient : SchemaRegistryClients.forConfig(config);
        readersBySchemaId.clear();
    }

    @Override
    public T deserialize(final String topic, final byte[] payload) {
        if (payload == null) {
            return null;
        }
        if (client == null) {
            throw new IllegalStateException("SpecificAvroDeserializer used before configure(...)");
        }
        final int schemaId = WireFormat.readSchemaId(topic, payload);
        final DatumReader<T> reader = readersBySchemaId.computeIfAbsent(schemaId, this::createReader);
        final BoundedDecoder decoder =
                DECODERS.get().reset(payload, WireFormat.HEADER_SIZE, payload.length - WireFormat.HEADER_SIZE);
        final T record;
        try {
            record = reader.read(null, decoder);
        } catch (final IOException | RuntimeException e) {
            throw new SerializationException("Could not read a " + recordClass.getSimpleName() + " from topic "
                    + topic + " with schema id " + schemaId + ": the Avro data of " + payload.length
                    + " bytes is truncated or corrupt (" + e + ")", e);
        }
        checkFullyRead(topic, schemaId, decoder);
        return record;
    }

    private void useRecordClass(final Class<T> type) {
        this.recordClass = type;
        this.model = SpecificData.getForClass(type);
        this.readerSchema = model.getSchema(type);
    }

    private void checkFullyRead(final String topic, final int schemaId, final BoundedDecoder decoder) {
        try {
            if (!decoder.isEnd()) {
                throw new SerializationException("Payload on topic " + topic + " with schema id " + schemaId
                        + " has bytes left after the " + recordClass.getSimpleName()
                        + ": the data does not match its schema");
            }
        } catch (final IOException e) {
            throw new SerializationException("Could not check the end of a payload on topic " + topic, e);
        }
    }

    private DatumReader<T> createReader(final int schemaId) {
        final Schema writerSchema = writerSchema(schemaId);
        final SchemaPairCompatibility compatibility =
                SchemaCompatibility.checkReaderWriterCompatibility(readerSchema, writerSchema);
        if (compatibility.getType() != SchemaCompatibilityType.COMPATIBLE) {
            throw new SerializationException("Writer schema id " + schemaId + " (" + writerSchema.getFullName()
                    + ") cannot be read as " + recordClass.getName() + ": " + compatibility.getDescription());
        }
        return new SpecificDatumReader<>(writerSchema, readerSchema, model);
    }

    private Schema writerSchema(final int schemaId) {
        try {
            return client.getById(schemaId);
        } catch (final SchemaRegistryException e) {
            // Only the registry's "schema not found" blames the record; a 404 of a wrong URL blames the setup.
            if (e.errorCode() == SchemaRegistryException.SCHEMA_NOT_FOUND) {
                throw new SerializationException("schema id " + schemaId + " not found in registry "
                        + client.location(), e);
            }
            throw e;
        }
    }
}
