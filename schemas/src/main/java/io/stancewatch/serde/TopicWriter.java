package io.stancewatch.serde;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaCompatibility.SchemaCompatibilityType;
import org.apache.avro.SchemaCompatibility.SchemaPairCompatibility;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DatumWriter;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.Encoder;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.errors.SerializationException;

/**
 * How the records of one class are written to one topic: the schema id of the header and the reusable,
 * thread-safe Avro writer. When the registered schema differs from the class's (with
 * {@code use.latest.version}), each record is first resolved into the registered schema.
 */
final class TopicWriter<T extends SpecificRecord> {

    private final Class<?> recordClass;
    private final int schemaId;
    private final DatumWriter<T> classWriter;
    private final Schema registeredSchema;

    private TopicWriter(final T sample, final int schemaId, final Schema registeredSchema) {
        this.recordClass = sample.getClass();
        this.schemaId = schemaId;
        this.classWriter = new SpecificDatumWriter<>(sample.getSchema(), SpecificData.getForClass(recordClass));
        this.registeredSchema = registeredSchema;
    }

    /** Writes records as they are, under {@code schemaId}, which is the id of the class's own schema. */
    static <T extends SpecificRecord> TopicWriter<T> direct(final T sample, final int schemaId) {
        return new TopicWriter<>(sample, schemaId, null);
    }

    /**
     * Writes records converted to {@code latest}, a different schema registered under {@code subject}.
     *
     * @throws SerializationException if {@code latest} cannot read data of the record's schema
     */
    static <T extends SpecificRecord> TopicWriter<T> converting(final T sample, final String subject,
                                                                final RegisteredSchema latest) {
        final SchemaPairCompatibility compatibility =
                SchemaCompatibility.checkReaderWriterCompatibility(latest.schema(), sample.getSchema());
        if (compatibility.getType() != SchemaCompatibilityType.COMPATIBLE) {
            throw new SerializationException("use.latest.version: the latest schema of subject " + subject
                    + " (id " + latest.id() + ", version " + latest.version() + ") cannot hold a "
                    + sample.getSchema().getFullName() + ": " + compatibility.getDescription());
        }
        return new TopicWriter<>(sample, latest.id(), latest.schema());
    }

    Class<?> recordClass() {
        return recordClass;
    }

    int schemaId() {
        return schemaId;
    }

    void write(final T record, final Encoder encoder) throws IOException {
        if (registeredSchema == null) {
            classWriter.write(record, encoder);
        } else {
            writeConverted(record, encoder);
        }
    }

    // The rare use.latest.version path with a differing schema: resolving through the binary form reuses
    // Avro's own schema resolution (defaults, reordered fields, enum defaults) instead of a hand-made copy.
    private void writeConverted(final T record, final Encoder encoder) throws IOException {
        final ByteArrayOutputStream classBytes = new ByteArrayOutputStream();
        final BinaryEncoder classEncoder = EncoderFactory.get().directBinaryEncoder(classBytes, null);
        classWriter.write(record, classEncoder);
        final GenericDatumReader<Object> resolver =
                new GenericDatumReader<>(record.getSchema(), registeredSchema, GenericData.get());
        final Object converted =
                resolver.read(null, DecoderFactory.get().binaryDecoder(classBytes.toByteArray(), null));
        new GenericDatumWriter<>(registeredSchema, GenericData.get()).write(converted, encoder);
    }
}
