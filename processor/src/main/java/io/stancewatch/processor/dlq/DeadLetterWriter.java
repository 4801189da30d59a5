package io.stancewatch.processor.dlq;

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
    context.forward(new Record<>(letter.key(), letter.value(), record.timestamp(),
        DeadLetterHeaders.addTo(new RecordHeaders(record.headers().toArray()), letter)));
  }
}
