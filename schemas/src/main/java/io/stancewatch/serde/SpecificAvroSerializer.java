package io.stancewatch.serde;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.Schema;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Writes Avro {@link SpecificRecord}s in the Confluent wire format (magic byte 0, 4-byte schema id, Avro
 * binary) under the subject {@code <topic>-value} or {@code <topic>-key}.
 *
 * <p>With {@code auto.register.schemas=true} (the default) the record's schema is registered; otherwise it
 * must already be registered, or, with {@code use.latest.version=true}, the subject's latest schema is used
 * and the record converted to it. The schema id is resolved once per topic. Thread-safe: Kafka Streams
 * shares one serializer between its stream threads; the encoding buffers are per thread.
 *
 * @param <T> the generated record class
 */
public class SpecificAvroSerializer<T extends SpecificRecord> implements Serializer<T> {

    private static final ThreadLocal<EncodingBuffer> BUFFERS = ThreadLocal.withInitial(EncodingBuffer::new);

    private final SchemaRegistryClient injectedClient;
    private final Map<String, TopicWriter<T>> writersByTopic = new ConcurrentHashMap<>();
    private SchemaRegistryClient client;
    private SchemaRegistryConfig config;
    private boolean isKey;

    /** A serializer whose registry client is chosen by {@code schema.registry.url} in {@link #configure}. */
    public SpecificAvroSerializer() {
        this(null);
    }

    /** A serializer that talks to {@code client}, whatever {@code schema.registry.url} says. */
    public SpecificAvroSerializer(final SchemaRegistryClient client) {
        this.injectedClient = client;
    }

    @Override
    public void configure(final Map<String, ?> configs, final boolean isKey) {
        this.config = new SchemaRegistryConfig(configs);
        this.client = injectedClient != null ? injectedClient : SchemaRegistryClients.forConfig(config);
        this.isKey = isKey;
        writersByTopic.clear();
    }

    @Override
    public byte[] serialize(final String topic, final T record) {
        if (record == null) {
            return null;
        }
        if (client == null) {
            throw new IllegalStateException("SpecificAvroSerializer used before configure(...)");
        }
        final TopicWriter<T> writer = writerFor(topic, record);
        final EncodingBuffer buffer = BUFFERS.get();
        try {
            return buffer.encode(writer, record);
        } catch (final IOException | RuntimeException e) {
            throw new SerializationException("Could not write " + record.getSchema().getFullName() + " to topic "
                    + topic + " with schema id " + writer.schemaId() + ": " + e.getMessage(), e);
        } finally {
            buffer.releaseIfLarge();
        }
    }

    private TopicWriter<T> writerFor(final String topic, final T record) {
        final TopicWriter<T> cached = writersByTopic.get(topic);
        if (cached != null && cached.recordClass() == record.getClass()) {
            return cached;
        }
        final TopicWriter<T> created = createWriter(topic, record);
        writersByTopic.put(topic, created);
        return created;
    }

    private TopicWriter<T> createWriter(final String topic, final T record) {
        final String subject = TopicNameStrategy.subject(topic, isKey);
        final Schema schema = record.getSchema();
        if (config.autoRegisterSchemas()) {
            return TopicWriter.direct(record, client.register(subject, schema));
        }
        if (config.useLatestVersion()) {
            final RegisteredSchema latest = client.getLatest(subject);
            return schema.equals(latest.schema())
                    ? TopicWriter.direct(record, latest.id())
                    : TopicWriter.converting(record, subject, latest);
        }
        return TopicWriter.direct(record, client.getId(subject, schema));
    }

    /** Per-thread output buffer and encoder, reused across records to spare allocations. */
    private static final class EncodingBuffer {
        private static final int RELEASE_ABOVE_BYTES = 1 << 20;

        private final byte[] header = new byte[WireFormat.HEADER_SIZE];
        private ByteArrayOutputStream out = new ByteArrayOutputStream(1024);
        private BinaryEncoder encoder;

        <T extends SpecificRecord> byte[] encode(final TopicWriter<T> writer, final T record) throws IOException {
            out.reset();
            WireFormat.writeHeader(header, writer.schemaId());
            out.write(header);
            encoder = EncoderFactory.get().binaryEncoder(out, encoder);
            writer.write(record, encoder);
            encoder.flush();
            return out.toByteArray();
        }

        /** Lets a buffer grown by one huge record go, instead of keeping it for the thread's life. */
        void releaseIfLarge() {
            if (out.size() > RELEASE_ABOVE_BYTES) {
                out = new ByteArrayOutputStream(1024);
                encoder = null;
            }
        }
    }
}
