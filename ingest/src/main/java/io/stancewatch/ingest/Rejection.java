package io.stancewatch.ingest;

import java.util.Objects;

/**
 * Why one input line did not become an article: where it was (origin and line number), which field was wrong,
 * and what was wrong with it.
 *
 * @param origin the file the line came from, or {@code <stdin>}
 * @param lineNumber the line within the origin, from 1
 * @param field the offending field, or {@link #WHOLE_LINE} when the line as a whole is unusable
 * @param reason what is wrong, in words a person can act on
 */
public record Rejection(String origin, long lineNumber, String field, String reason) {

    /** The field named when the line as a whole is unusable (not JSON, not an object, too long). */
    public static final String WHOLE_LINE = "(line)";

    /** Checks that every part is present. */
    public Rejection {
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(reason, "reason");
    }

    /** The message printed for this rejection: {@code origin:line field: reason}. */
    public String message() {
        return origin + ":" + lineNumber + " " + field + ": " + reason;
    }

    @Override
    public String toString() {
        return message();
    }
}
