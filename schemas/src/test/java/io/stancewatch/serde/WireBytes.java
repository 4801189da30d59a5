package io.stancewatch.serde;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.Arrays;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificRecord;

/** Builds payloads by hand, independently of the serializer under test. */
final class WireBytes {

    private WireBytes() {
    }

    /** The schema in a test resource. */
    static Schema loadSchema(final String resource) {
        try (InputStream in = WireBytes.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            return new Schema.Parser().parse(in);
        } catch (final IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The schema id in the header of a Confluent-format payload. */
    static int schemaIdOf(final byte[] payload) {
        return ByteBuffer.wrap(payload, 1, 4).getInt();
    }

    /** {@code record} in the Confluent wire format: magic byte, {@code schemaId}, Avro binary. */
    static byte[] framed(final int schemaId, final Schema schema, final Object record) {
        final byte[] header = ByteBuffer.allocate(5).put((byte) 0).putInt(schemaId).array();
        final byte[] body = avroBinary(schema, record);
        final byte[] framed = Arrays.copyOf(header, header.length + body.length);
        System.arraycopy(body, 0, framed, header.length, body.length);
        return framed;
    }

    /** The plain Avro binary encoding of a generic or specific record. */
    static byte[] avroBinary(final Schema schema, final Object record) {
        try {
            final ByteArrayOutputStream out = new ByteArrayOutputStream();
            final BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(out, null);
            final GenericData model = record instanceof SpecificRecord
                    ? SpecificData.getForClass(record.getClass())
                    : GenericData.get();
            new GenericDatumWriter<>(schema, model).write(record, encoder);
            encoder.flush();
            return out.toByteArray();
        } catch (final IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
