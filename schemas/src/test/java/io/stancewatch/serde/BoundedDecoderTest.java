package io.stancewatch.serde;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.CharConversionException;
import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.util.Utf8;
import org.junit.jupiter.api.Test;

class BoundedDecoderTest {

    private static final Schema EVERY_KIND = SchemaBuilder.record("EveryKind").fields()
            .requiredString("text")
            .requiredBytes("raw")
            .name("names").type().array().items().stringType().noDefault()
            .name("counts").type().map().values().intType().noDefault()
            .name("gaps").type().array().items().nullType().noDefault()
            .requiredDouble("score")
            .endRecord();

    @Test
    void shouldReadSameRecordAsAvroWhenPayloadIsIntact() throws IOException {
        final GenericRecord record = new GenericData.Record(EVERY_KIND);
        record.put("text", "Grüße, 世界");
        record.put("raw", ByteBuffer.wrap(new byte[] {1, 2, 3}));
        record.put("names", List.of("a", "bc"));
        record.put("counts", Map.of("x", 1, "y", 2));
        record.put("gaps", Collections.nCopies(BoundedDecoder.UNCHECKED_ITEMS, null));
        record.put("score", 0.25);
        final byte[] payload = WireBytes.avroBinary(EVERY_KIND, record);

        final BoundedDecoder decoder = new BoundedDecoder().reset(payload, 0, payload.length);
        final GenericRecord read = new GenericDatumReader<GenericRecord>(EVERY_KIND).read(null, decoder);

        assertThat(read).isEqualTo(record);
        assertThat(decoder.isEnd()).isTrue();
    }

    @Test
    void shouldRefuseStringWhenLengthExceedsPayload() throws IOException {
        final byte[] payload = encode(encoder -> {
            encoder.writeLong(1_000_000L);
            encoder.writeFixed("short".getBytes(StandardCharsets.UTF_8));
        });

        assertThatThrownBy(() -> new BoundedDecoder().reset(payload, 0, payload.length).readString(new Utf8()))
                .isInstanceOf(EOFException.class)
                .hasMessage("string of 1000000 bytes announced, but only 5 bytes are left");
    }

    @Test
    void shouldRefuseBytesWhenLengthIsNegative() throws IOException {
        final byte[] payload = encode(encoder -> encoder.writeLong(-3));

        assertThatThrownBy(() -> new BoundedDecoder().reset(payload, 0, payload.length).readBytes(null))
                .isInstanceOf(EOFException.class)
                .hasMessageContaining("bytes of -3 bytes announced");
    }

    @Test
    void shouldRefuseArrayBlockWhenCountExceedsPayload() throws IOException {
        final byte[] payload = encode(encoder -> {
            encoder.writeLong(2_000_000_000L);
            encoder.writeString("x");
        });

        assertThatThrownBy(() -> new BoundedDecoder().reset(payload, 0, payload.length).readArrayStart())
                .isInstanceOf(EOFException.class)
                .hasMessageContaining("block of 2000000000 items announced");
    }

    @Test
    void shouldRefuseMapBlockWhenCountExceedsPayload() throws IOException {
        final byte[] payload = encode(encoder -> encoder.writeLong(BoundedDecoder.UNCHECKED_ITEMS + 1L));

        assertThatThrownBy(() -> new BoundedDecoder().reset(payload, 0, payload.length).readMapStart())
                .isInstanceOf(EOFException.class)
                .hasMessageContaining("items announced");
    }

    private interface Writes {
        void to(BinaryEncoder encoder) throws IOException;
    }

    private static byte[] encode(final Writes writes) throws IOException {
        final ByteArrayOutputStream out = new ByteArrayOutputStream();
        final BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(out, null);
        writes.to(encoder);
        encoder.flush();
        return out.toByteArray();
    }

    @Test
    void shouldRefuseStringWhenItIsNotUtf8() throws IOException {
        final byte[] malformed = {'o', 'k', (byte) 0xC3, 0x28, (byte) 0xFF};
        final byte[] payload = encode(encoder -> encoder.writeBytes(malformed));

        assertThatThrownBy(() -> new BoundedDecoder().reset(payload, 0, payload.length).readString())
                .isInstanceOf(CharConversionException.class)
                .hasMessageContaining("not valid UTF-8");
        assertThatThrownBy(() -> new BoundedDecoder().reset(payload, 0, payload.length).readString(new Utf8()))
                .isInstanceOf(CharConversionException.class);
    }

    @Test
    void shouldReadReplacementCharacterWhenItIsEncodedProperly() throws IOException {
        final byte[] payload = encode(encoder -> encoder.writeString("a \uFFFD b"));

        assertThat(new BoundedDecoder().reset(payload, 0, payload.length).readString()).isEqualTo("a \uFFFD b");
    }
}
