package io.stancewatch.ingest;

import java.io.IOException;
import java.io.Reader;
import java.util.Objects;

/**
 * Reads lines like {@link java.io.BufferedReader#readLine()}, but never holds more than a limit of characters:
 * the rest of an over-long line is skipped, and the caller learns how long the line was. One runaway line in
 * a feed must not exhaust memory or stop the lines after it.
 *
 * <p>Lines end at {@code \n}, {@code \r\n} or {@code \r}. A byte-order mark at the start is dropped.
 */
final class BoundedLineReader {

    private static final int BYTE_ORDER_MARK = '\uFEFF';

    private final Reader reader;
    private final long maxChars;
    private final char[] buffer = new char[8192];
    private int position;
    private int limit;
    private boolean atStart = true;
    private boolean skipLineFeed;

    /** One line, or a note that the line was too long. */
    record Line(String text, long length) {

        /** Whether the line was longer than the limit; {@code text} is then null. */
        boolean isOverLimit() {
            return text == null;
        }
    }

    BoundedLineReader(final Reader reader, final long maxChars) {
        this.reader = Objects.requireNonNull(reader, "reader");
        this.maxChars = maxChars;
    }

    /** The next line, or null at the end of the input. */
    Line next() throws IOException {
        final StringBuilder text = new StringBuilder();
        long length = 0;
        boolean sawAnything = false;
        while (true) {
            if (position == limit && !fill()) {
                return sawAnything ? line(text, length) : null;
            }
            final char c = buffer[position++];
            if (skipLineFeed) {
                skipLineFeed = false;
                if (c == '\n') {
                    continue;
                }
            }
            if (atStart) {
                atStart = false;
                if (c == BYTE_ORDER_MARK) {
                    continue;
                }
            }
            sawAnything = true;
            if (c == '\n' || c == '\r') {
                skipLineFeed = c == '\r';
                return line(text, length);
            }
            length++;
            if (length <= maxChars) {
                text.append(c);
            } else if (length == maxChars + 1) {
                text.setLength(0);
                text.trimToSize();
            }
        }
    }

    private Line line(final StringBuilder text, final long length) {
        return length > maxChars ? new Line(null, length) : new Line(text.toString(), length);
    }

    private boolean fill() throws IOException {
        final int read = reader.read(buffer, 0, buffer.length);
        if (read <= 0) {
            return false;
        }
        position = 0;
        limit = read;
        return true;
    }
}
