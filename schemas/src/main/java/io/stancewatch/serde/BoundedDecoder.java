package io.stancewatch.serde;

import java.io.CharConversionException;
import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.apache.avro.io.BinaryDecoder;
import org.apache.avro.io.Decoder;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.util.Utf8;

/**
 * An Avro binary decoder over one payload that refuses lengths and counts the payload cannot hold.
 *
 * <p>Avro allocates a string's or array's storage from the length written in front of it before reading
 * the content, so one corrupt length byte can demand gigabytes and take the stream thread down. Here a
 * string or bytes longer than what is left, or a block of more items than bytes left, fails at once with an
 * {@link EOFException}. Blocks of up to {@value #UNCHECKED_ITEMS} items pass unchecked, so arrays of
 * zero-byte items (nulls, empty records) still read. A string that is not valid UTF-8 fails with a
 * {@link CharConversionException} instead of being read with replacement characters. Reused per thread: {@link #reset} points it at the
 * next payload.
 */
final class BoundedDecoder extends Decoder {

    static final int UNCHECKED_ITEMS = 1 << 16;

    private BinaryDecoder in;
    private final Utf8 scratch = new Utf8();
    private final CharsetDecoder strictUtf8 = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);

    /** Points this decoder at {@code length} bytes of {@code payload} from {@code offset}. */
    BoundedDecoder reset(final byte[] payload, final int offset, final int length) {
        in = DecoderFactory.get().binaryDecoder(payload, offset, length, in);
        return this;
    }

    /** Whether every byte of the payload has been read. */
    boolean isEnd() throws IOException {
        return in.isEnd();
    }

    @Override
    public Utf8 readString(final Utf8 old) throws IOException {
        final int length = checkedLength("string");
        final Utf8 result = old != null ? old : new Utf8();
        result.setByteLength(length);
        in.readFixed(result.getBytes(), 0, length);
        decodeStrictly(result.getBytes(), length);
        return result;
    }

    @Override
    public String readString() throws IOException {
        final int length = checkedLength("string");
        scratch.setByteLength(length);
        in.readFixed(scratch.getBytes(), 0, length);
        return decodeStrictly(scratch.getBytes(), length);
    }

    /**
     * The UTF-8 text of the bytes, refusing malformed input: Java's lenient decoding would turn it into
     * U+FFFD and let mis-encoded data through as if it were text. The lenient decoder runs first (it is
     * the fast one); only text holding U+FFFD, rare in real text, is decoded again strictly.
     */
    private String decodeStrictly(final byte[] bytes, final int length) throws IOException {
        final String text = new String(bytes, 0, length, StandardCharsets.UTF_8);
        if (text.indexOf('\uFFFD') >= 0) {
            try {
                strictUtf8.reset().decode(ByteBuffer.wrap(bytes, 0, length));
            } catch (final CharacterCodingException e) {
                throw new CharConversionException("a string of " + length + " bytes is not valid UTF-8: " + e);
            }
        }
        return text;
    }

    @Override
    public ByteBuffer readBytes(final ByteBuffer old) throws IOException {
        final int length = checkedLength("bytes");
        final ByteBuffer result = old != null && old.capacity() >= length ? old.clear() : ByteBuffer.allocate(length);
        in.readFixed(result.array(), result.arrayOffset(), length);
        result.limit(length);
        return result;
    }

    @Override
    public long readArrayStart() throws IOException {
        return checkedCount(in.readArrayStart());
    }

    @Override
    public long arrayNext() throws IOException {
        return checkedCount(in.arrayNext());
    }

    @Override
    public long readMapStart() throws IOException {
        return checkedCount(in.readMapStart());
    }

    @Override
    public long mapNext() throws IOException {
        return checkedCount(in.mapNext());
    }

    @Override
    public void readNull() throws IOException {
        in.readNull();
    }

    @Override
    public boolean readBoolean() throws IOException {
        return in.readBoolean();
    }

    @Override
    public int readInt() throws IOException {
        return in.readInt();
    }

    @Override
    public long readLong() throws IOException {
        return in.readLong();
    }

    @Override
    public float readFloat() throws IOException {
        return in.readFloat();
    }

    @Override
    public double readDouble() throws IOException {
        return in.readDouble();
    }

    @Override
    public void skipString() throws IOException {
        in.skipString();
    }

    @Override
    public void skipBytes() throws IOException {
        in.skipBytes();
    }

    @Override
    public void readFixed(final byte[] bytes, final int start, final int length) throws IOException {
        in.readFixed(bytes, start, length);
    }

    @Override
    public void skipFixed(final int length) throws IOException {
        in.skipFixed(length);
    }

    @Override
    public int readEnum() throws IOException {
        return in.readEnum();
    }

    @Override
    public long skipArray() throws IOException {
        return in.skipArray();
    }

    @Override
    public long skipMap() throws IOException {
        return in.skipMap();
    }

    @Override
    public int readIndex() throws IOException {
        return in.readIndex();
    }

    private int checkedLength(final String what) throws IOException {
        final long length = in.readLong();
        final int left = in.inputStream().available();
        if (length < 0 || length > left) {
            throw new EOFException(what + " of " + length + " bytes announced, but only " + left + " bytes are left");
        }
        return (int) length;
    }

    private long checkedCount(final long count) throws IOException {
        if (count > UNCHECKED_ITEMS && count > in.inputStream().available()) {
            throw new EOFException("block of " + count + " items announced, but only "
                    + in.inputStream().available() + " bytes are left");
        }
        return count;
    }
}
