package io.stancewatch.ingest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.stancewatch.schemas.Article;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Turns one JSON line {@code {"id","source","url","title","body","publishedAt"}} into an {@link Article}, or
 * into the list of everything wrong with it.
 *
 * <p>Required: {@code id}, {@code source}, {@code title}, {@code body} (non-blank strings) and
 * {@code publishedAt} (an ISO-8601 instant such as {@code 2024-07-10T10:00:00Z}, or a date-time with an
 * offset such as {@code 2024-07-10T12:00:00+02:00}). {@code url} is optional. The body is limited in UTF-8
 * bytes, and {@code id} and {@code source} may not hold control characters, because they end up in record
 * keys, logs and alerts. Unknown fields are ignored so that feeds may carry more than we read.
 *
 * <p>Thread-safe: the parser keeps no state between lines.
 */
public final class ArticleLineParser {

    /** The default limit on a body: 1 MiB of UTF-8. */
    public static final int DEFAULT_MAX_BODY_BYTES = 1024 * 1024;

    /** Room on a line for everything but the body. */
    private static final long LINE_OVERHEAD_CHARS = 64 * 1024;

    static final String ID = "id";
    static final String SOURCE = "source";
    static final String URL = "url";
    static final String TITLE = "title";
    static final String BODY = "body";
    static final String PUBLISHED_AT = "publishedAt";

    private final ObjectMapper mapper;
    private final int maxBodyBytes;
    private final Clock clock;

    /**
     * A parser with the given body limit that stamps {@code ingestedAt} from {@code clock}.
     *
     * @param maxBodyBytes the largest accepted body in UTF-8 bytes; at least 1
     */
    public ArticleLineParser(final int maxBodyBytes, final Clock clock) {
        if (maxBodyBytes < 1) {
            throw new IllegalArgumentException("maxBodyBytes must be at least 1, was " + maxBodyBytes);
        }
        this.maxBodyBytes = maxBodyBytes;
        this.clock = Objects.requireNonNull(clock, "clock");
        // Jackson caps strings at 20 M chars by default; our own limits must be the ones that speak.
        final StreamReadConstraints constraints = StreamReadConstraints.builder()
                .maxStringLength((int) Math.max(StreamReadConstraints.DEFAULT_MAX_STRING_LEN, maxLineChars()))
                .build();
        this.mapper = JsonMapper.builder(JsonFactory.builder().streamReadConstraints(constraints).build()).build();
    }

    /** A parser with the default body limit and the system clock. */
    public ArticleLineParser() {
        this(DEFAULT_MAX_BODY_BYTES, Clock.systemUTC());
    }

    /** The largest accepted body in UTF-8 bytes. */
    public int maxBodyBytes() {
        return maxBodyBytes;
    }

    /**
     * The longest line worth parsing: room for a body at the limit written with JSON escapes, plus the other
     * fields. Longer lines are rejected without being held in memory.
     */
    public long maxLineChars() {
        return Math.min(Integer.MAX_VALUE - 8, 6L * maxBodyBytes + LINE_OVERHEAD_CHARS);
    }

    /**
     * Parses one line.
     *
     * @param origin the file name (or {@code <stdin>}) used in rejection messages
     * @param lineNumber the line number used in rejection messages, from 1
     * @param line the line without its line terminator
     */
    public LineResult parse(final String origin, final long lineNumber, final String line) {
        final JsonNode root;
        try {
            root = mapper.readTree(line);
        } catch (final JsonProcessingException e) {
            return LineResult.rejected(List.of(new Rejection(origin, lineNumber, Rejection.WHOLE_LINE,
                    "malformed JSON: " + e.getOriginalMessage())));
        }
        if (root == null || !root.isObject()) {
            return LineResult.rejected(List.of(new Rejection(origin, lineNumber, Rejection.WHOLE_LINE,
                    "expected a JSON object, found " + describe(root))));
        }
        final FieldChecks checks = new FieldChecks(origin, lineNumber, root);
        final String id = checks.identifier(ID);
        final String source = checks.identifier(SOURCE);
        final String title = checks.requiredText(TITLE);
        final String body = checks.body(maxBodyBytes);
        final Optional<String> url = checks.optionalText(URL);
        final Instant publishedAt = checks.instant(PUBLISHED_AT);
        if (!checks.rejections.isEmpty()) {
            return LineResult.rejected(checks.rejections);
        }
        return LineResult.accepted(Article.newBuilder()
                .setId(id)
                .setSource(source)
                .setUrl(url.orElse(null))
                .setTitle(title)
                .setBody(body)
                .setPublishedAt(publishedAt)
                .setIngestedAt(clock.instant())
                .build());
    }

    private static String describe(final JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return "nothing";
        }
        return node.getNodeType().name().toLowerCase(Locale.ROOT);
    }

    /** Checks the fields of one line and collects a rejection for each field that fails. */
    private static final class FieldChecks {
        private final String origin;
        private final long lineNumber;
        private final JsonNode root;
        private final List<Rejection> rejections = new ArrayList<>();

        FieldChecks(final String origin, final long lineNumber, final JsonNode root) {
            this.origin = origin;
            this.lineNumber = lineNumber;
            this.root = root;
        }

        /** A required string that must be non-blank; null when it is not (and a rejection is recorded). */
        String requiredText(final String field) {
            final JsonNode node = root.get(field);
            if (node == null || node.isNull()) {
                return reject(field, "is missing");
            }
            if (!node.isTextual()) {
                return reject(field, "must be a string, found " + describe(node));
            }
            if (node.textValue().isBlank()) {
                return reject(field, "is blank");
            }
            return node.textValue();
        }

        /** A required string used as a key or label: also free of control characters. */
        String identifier(final String field) {
            final String value = requiredText(field);
            if (value == null) {
                return null;
            }
            for (int i = 0; i < value.length(); i++) {
                final char c = value.charAt(i);
                if (Character.isISOControl(c)) {
                    return reject(field, String.format(Locale.ROOT,
                            "contains control character U+%04X at position %d", (int) c, i + 1));
                }
            }
            return value;
        }

        String body(final int maxBodyBytes) {
            final String value = requiredText(BODY);
            if (value == null) {
                return null;
            }
            final int bytes = value.getBytes(StandardCharsets.UTF_8).length;
            if (bytes > maxBodyBytes) {
                return reject(BODY, "is " + bytes + " bytes, over the limit of " + maxBodyBytes + " bytes");
            }
            return value;
        }

        /** An optional string; absent, null or blank all mean "not given". */
        Optional<String> optionalText(final String field) {
            final JsonNode node = root.get(field);
            if (node == null || node.isNull()) {
                return Optional.empty();
            }
            if (!node.isTextual()) {
                reject(field, "must be a string when present, found " + describe(node));
                return Optional.empty();
            }
            return node.textValue().isBlank() ? Optional.empty() : Optional.of(node.textValue().strip());
        }

        Instant instant(final String field) {
            final String value = requiredText(field);
            if (value == null) {
                return null;
            }
            try {
                return OffsetDateTime.parse(value.strip(), DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
            } catch (final DateTimeParseException e) {
                return reject(field, "'" + abbreviate(value) + "' is not an ISO-8601 instant such as"
                        + " 2024-07-10T10:00:00Z or 2024-07-10T12:00:00+02:00");
            }
        }

        private <T> T reject(final String field, final String reason) {
            rejections.add(new Rejection(origin, lineNumber, field, reason));
            return null;
        }

        private static String abbreviate(final String value) {
            return value.length() <= 40 ? value : value.substring(0, 40) + "...";
        }
    }
}
