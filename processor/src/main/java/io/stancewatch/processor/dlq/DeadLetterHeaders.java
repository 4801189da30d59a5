package io.stancewatch.processor.dlq;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.header.Headers;

/** Names and writes the headers that say why a record is on the dead-letter topic. */
public final class DeadLetterHeaders {

  /** The exception's class name. */
  public static final String ERROR_CLASS = "dlq.error.class";
  /** The exception's message. */
  public static final String ERROR_MESSAGE = "dlq.error.message";
  /** The topic the record was read from. */
  public static final String SOURCE_TOPIC = "dlq.source.topic";
  /** Its partition. */
  public static final String SOURCE_PARTITION = "dlq.source.partition";
  /** Its offset. */
  public static final String SOURCE_OFFSET = "dlq.source.offset";
  /** Set when the original value was cut to fit the dead-letter topic: its size in bytes. */
  public static final String VALUE_TRUNCATED_FROM = "dlq.value.truncated.from.bytes";
  /** {@code deserialize}, {@code validate}, {@code extract} or {@code process}. */
  public static final String STAGE = "dlq.stage";

  /** Messages are cut to this many characters: a header is no place for a whole article. */
  static final int MAX_MESSAGE_CHARS = 2000;

  private DeadLetterHeaders() {}

  /** Adds the headers of {@code letter} to {@code headers}, replacing any earlier dlq headers. */
  public static Headers addTo(final Headers headers, final DeadLetter letter) {
    replace(headers, ERROR_CLASS, letter.errorClass());
    replace(headers, ERROR_MESSAGE, truncate(letter.errorMessage()));
    replace(headers, SOURCE_TOPIC, letter.origin().topic());
    replace(headers, SOURCE_PARTITION, Integer.toString(letter.origin().partition()));
    replace(headers, SOURCE_OFFSET, Long.toString(letter.origin().offset()));
    replace(headers, STAGE, letter.stage().headerValue());
    return headers;
  }

  /** Sets header {@code name} to {@code value}, dropping earlier values. */
  static void replace(final Headers headers, final String name, final String value) {
    headers.remove(name);
    headers.add(name, value.getBytes(StandardCharsets.UTF_8));
  }

  private static String truncate(final String message) {
    return message.length() <= MAX_MESSAGE_CHARS
        ? message
        : message.substring(0, MAX_MESSAGE_CHARS) + "...";
  }
}
