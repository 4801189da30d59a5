package io.stancewatch.app.fault;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * Writes an {@code Article} record in the Confluent wire format by hand (magic byte, schema id, Avro
 * binary), so a test can put bytes on the topic that no Avro writer would produce, such as strings that
 * are not UTF-8. Fields in schema order: id, source, url (union null|string), title, body, publishedAt,
 * ingestedAt.
 */
final class AvroArticleBytes {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    private AvroArticleBytes(final int schemaId) {
        out.write(0);
        out.writeBytes(ByteBuffer.allocate(4).putInt(schemaId).array());
    }

    /** An article whose body is the given raw bytes, valid or not as UTF-8. */
    static byte[] withRawBody(final int schemaId, final String id, final byte[] body) {
        final AvroArticleBytes bytes = new AvroArticleBytes(schemaId);
        bytes.string(utf8(id));
        bytes.string(utf8("Hand Written Wire"));
        bytes.varLong(0); // url: union branch 0, null
        bytes.string(utf8("A title"));
        bytes.string(body);
        bytes.varLong(1_740_000_000_000L);
        bytes.varLong(1_740_000_060_000L);
        return bytes.out.toByteArray();
    }

    /** The schema id of a Confluent-framed value. */
    static int schemaIdOf(final byte[] framed) {
        return ByteBuffer.wrap(framed, 1, 4).getInt();
    }

    private void string(final byte[] value) {
        varLong(value.length);
        out.writeBytes(value);
    }

    /** Avro's zig-zag variable-length long. */
    private void varLong(final long value) {
        long zigzag = (value << 1) ^ (value >> 63);
        while ((zigzag & ~0x7FL) != 0) {
            out.write((int) ((zigzag & 0x7F) | 0x80));
            zigzag >>>= 7;
        }
        out.write((int) zigzag);
    }

    private static byte[] utf8(final String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
