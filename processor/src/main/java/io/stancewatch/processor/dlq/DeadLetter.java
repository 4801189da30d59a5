package io.stancewatch.processor.dlq;

import java.util.Objects;
import org.apache.kafka.streams.processor.api.RecordMetadata;

/**
 * A record the topology could not process, with the original bytes and what went wrong.
 *
 * @param stage where it failed
 * @param errorClass the exception's class name
 * @param errorMessage the exception's message, naming what is wrong
 * @param key the original key bytes (may be null)
 * @param value the original value bytes (may be null)
 * @param origin the input topic, partition and offset the record was read from
 */
public record DeadLetter(
    DeadLetterStage stage,
    String errorClass,
    String errorMessage,
    byte[] key,
    byte[] value,
    Origin origin) {

  /** Requires the stage, the error class and the origin. */
  public DeadLetter {
    Objects.requireNonNull(stage, "stage");
    Objects.requireNonNull(errorClass, "errorClass");
    Objects.requireNonNull(origin, "origin");
    errorMessage = errorMessage == null ? "" : errorMessage;
  }

  /** A dead letter for {@code error}, which names what is wrong in its message. */
  public static DeadLetter of(
      final DeadLetterStage stage,
      final Exception error,
      final byte[] key,
      final byte[] value,
      final Origin origin) {
    return new DeadLetter(stage, error.getClass().getName(), error.getMessage(), key, value, origin);
  }

  /**
   * Where a record was read from: the input topic's coordinates, so an operator can find and
   * replay it.
   */
  public record Origin(String topic, int partition, long offset) {

    /** An origin for a record whose coordinates are not known (e.g. a punctuation). */
    public static final Origin UNKNOWN = new Origin("", -1, -1L);

    /** Requires the topic (empty when unknown). */
    public Origin {
      Objects.requireNonNull(topic, "topic");
    }

    /** The origin of the record being processed. */
    public static Origin of(final RecordMetadata metadata) {
      return new Origin(metadata.topic(), metadata.partition(), metadata.offset());
    }
  }
}
