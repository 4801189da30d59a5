package io.stancewatch.serde;

import org.apache.kafka.common.KafkaException;

/**
 * A failure of the schema registry or of a request to it: unreachable, schema rejected, subject or id not
 * found. Data problems (a corrupt record) are Kafka {@code SerializationException}s instead, so a handler
 * can tell "this record is bad" from "the registry is in trouble".
 *
 * <p>Carries the registry's Confluent error code when there is one (for example 40403 "schema not
 * found", 409 "incompatible"), and the HTTP status.
 */
public class SchemaRegistryException extends KafkaException {

    /** Confluent error code: subject not found. */
    public static final int SUBJECT_NOT_FOUND = 40401;
    /** Confluent error code: version not found. */
    public static final int VERSION_NOT_FOUND = 40402;
    /** Confluent error code: schema not found. */
    public static final int SCHEMA_NOT_FOUND = 40403;
    /** Confluent error code (and HTTP status): the schema is incompatible with the subject's versions. */
    public static final int INCOMPATIBLE_SCHEMA = 409;
    /** Confluent error code: the schema is not valid. */
    public static final int INVALID_SCHEMA = 42201;
    /** Marks a failure without a registry answer, such as a refused connection. */
    public static final int NO_ERROR_CODE = -1;

    private static final long serialVersionUID = 1L;

    private final int errorCode;
    private final int httpStatus;

    /** A failure the registry answered with an error code and HTTP status. */
    public SchemaRegistryException(final String message, final int errorCode, final int httpStatus) {
        super(message);
        this.errorCode = errorCode;
        this.httpStatus = httpStatus;
    }

    /** A failure without an answer from the registry, such as an unreachable host. */
    public SchemaRegistryException(final String message, final Throwable cause) {
        super(message, cause);
        this.errorCode = NO_ERROR_CODE;
        this.httpStatus = NO_ERROR_CODE;
    }

    /** The registry's Confluent error code, or {@link #NO_ERROR_CODE}. */
    public int errorCode() {
        return errorCode;
    }

    /** The HTTP status of the answer, or {@link #NO_ERROR_CODE} when there was no answer. */
    public int httpStatus() {
        return httpStatus;
    }

    /** Whether the registry said the subject, version or schema does not exist. */
    public boolean isNotFound() {
        return httpStatus == 404 || errorCode / 100 == 404;
    }
}
