package io.stancewatch.processor.dlq;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.streams.processor.api.RecordMetadata;

/**
 * Carries an article's input coordinates (topic, partition, offset) in record headers through the
 * topology's repartition topics, so a failure after a repartition still names the record on the
 * input topic where an operator can find it.
 */
public final class OriginHeaders {

  /** The input topic. */
  public static final String TOPIC = "stancewatch.origin.topic";
  /** The input partition. */
  public static final String PARTITION = "stancewatch.origin.partition";
  /** The input offset. */
  public static final String OFFSET = "stancewatch.origin.offset";

  private OriginHeaders() {}

  /** Sets the origin headers, replacing earlier ones. */
  public static Headers addTo(final Headers headers, final DeadLetter.Origin origin) {
    DeadLetterHeaders.replace(headers, TOPIC, origin.topic());
    DeadLetterHeaders.replace(headers, PARTITION, Integer.toString(origin.partition()));
    DeadLetterHeaders.replace(headers, OFFSET, Long.toString(origin.offset()));
    return headers;
  }

  /**
   * The origin the headers carry, else the coordinates of the record being processed, else
   * {@link DeadLetter.Origin#UNKNOWN}.
   */
  public static DeadLetter.Origin of(final Headers headers, final Optional<RecordMetadata> current) {
    final Header topic = headers.lastHeader(TOPIC);
    final Header partition = headers.lastHeader(PARTITION);
    final Header offset = headers.lastHeader(OFFSET);
    if (topic != null && partition != null && offset != null) {
      try {
        return new DeadLetter.Origin(text(topic), Integer.parseInt(text(partition)),
            Long.parseLong(text(offset)));
      } catch (final NumberFormatException e) {
        // A foreign producer wrote these headers: fall back to the current coordinates.
      }
    }
    return current.map(DeadLetter.Origin::of).orElse(DeadLetter.Origin.UNKNOWN);
  }

  private static String text(final Header header) {
    return header.value() == null ? "" : new String(header.value(), StandardCharsets.UTF_8);
  }
}
