package io.stancewatch.serde;

import org.apache.kafka.common.errors.SerializationException;

/**
 * The Confluent wire format: one magic byte {@code 0}, the schema id as a 4-byte big-endian int, then the
 * Avro binary encoding of the record.
 */
final class WireFormat {

    static final byte MAGIC_BYTE = 0;
    static final int HEADER_SIZE = 5;

    private WireFormat() {
    }

    /** Fills the 5-byte header into {@code target} from index 0. */
    static void writeHeader(final byte[] target, final int schemaId) {
        target[0] = MAGIC_BYTE;
        target[1] = (byte) (schemaId >>> 24);
        target[2] = (byte) (schemaId >>> 16);
        target[3] = (byte) (schemaId >>> 8);
        target[4] = (byte) schemaId;
    }

    /**
     * Reads the schema id from the header of {@code payload}.
     *
     * @throws SerializationException if the payload is too short or does not start with the magic byte
     */
    static int readSchemaId(final String topic, final byte[] payload) {
        if (payload.length < HEADER_SIZE) {
            throw new SerializationException("Payload of " + payload.length + " bytes on topic " + topic
                    + " is too short: the Confluent wire format needs a " + HEADER_SIZE
                    + "-byte header (magic byte and schema id) before the Avro data");
        }
        if (payload[0] != MAGIC_BYTE) {
            throw new SerializationException(String.format(
                    "Unknown magic byte 0x%02x on topic %s; expected 0 (the record was not written with a "
                            + "schema-registry serializer)", payload[0] & 0xff, topic));
        }
        return (payload[1] & 0xff) << 24 | (payload[2] & 0xff) << 16 | (payload[3] & 0xff) << 8
                | payload[4] & 0xff;
    }
}
