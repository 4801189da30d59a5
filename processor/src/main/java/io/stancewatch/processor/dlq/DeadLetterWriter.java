package io.stancewatch.processor.dlq;

import java.util.Arrays;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns a dead letter into the record the dead-letter topic gets: the original key and value
 * bytes, the original headers, and the {@link DeadLetterHeaders} naming the error. Logs each one,
 * so a bad record is visible without reading the topic.
 */
public final class DeadLetterWriter implements Processor<String, DeadLetter, byte[], byte[]> {

  /**
   * The largest original value a dead letter carries whole: well under the producer's 4 MiB limit
   * ({@code ProcessorConfig}) and about the broker's default {@code max.message.bytes}.
   */
  static final int MAX_VALUE_BYTES = 1024 * 1024;

  private static final Logger LOG = LoggerFactory.getLogger(DeadLetterWriter.class);

  private ProcessorContext<byte[], byte[]> context;

  @Override
  public void init(final ProcessorContext<byte[], byte[]> context) {
    this.context = context;
  }

  @Override
  public void process(final Record<String, DeadLetter> record) {
    final DeadLetter letter = record.value();
    LOG.warn("Dead letter at {} stage from {}-{}@{}: {}: {}", letter.stage().headerValue(),
        letter.origin().topic(), letter.origin().partition(), letter.origin().offset(),
        letter.errorClass(), letter.errorMessage());
    final Headers headers = DeadLetterHeaders.addTo(new RecordHeaders(record.headers().toArray()), letter);
    context.forward(new Record<>(letter.key(), fitted(letter.value(), headers), record.timestamp(), headers));
  }

  /**
   * The value, cut to {@link #MAX_VALUE_BYTES} when longer: the input topic may accept records larger
   * than the processor's producer may write, and a dead letter that cannot be written would stop the
   * processor on the very record it was meant to set aside.
   */
  static byte[] fitted(final byte[] value, final Headers headers) {
    if (value == null || value.length <= MAX_VALUE_BYTES) {
      return value;
    }
    DeadLetterHeaders.replace(headers, DeadLetterHeaders.VALUE_TRUNCATED_FROM, Integer.toString(value.length));
    return Arrays.copyOf(value, MAX_VALUE_BYTES);
  }
}
