package io.stancewatch.processor.dlq;

import io.stancewatch.serde.SchemaRegistryException;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.DeserializationExceptionHandler;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProcessingExceptionHandler;
import org.apache.kafka.streams.processor.api.Record;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The safety net behind the topology's explicit dead-letter branches: configured as both {@code
 * deserialization.exception.handler} and {@code processing.exception.handler}, it sends what slips
 * through (a corrupt record on an internal topic, a bug in a processor) to the dead-letter topic
 * named by {@code errors.dead.letter.queue.topic.name}, with the record's source bytes and the
 * same {@link DeadLetterHeaders} the topology writes, and lets processing continue (KIP-1033,
 * KIP-1034).
 *
 * <p>A deserialization error that is not a {@link SerializationException}, and a processing error
 * caused by the schema registry (unreachable, or refusing a schema), stop the application instead:
 * the record is fine and must not be lost, so it is retried after a restart.
 */
public final class DeadLetterExceptionHandler
    implements DeserializationExceptionHandler, ProcessingExceptionHandler {

  private static final Logger LOG = LoggerFactory.getLogger(DeadLetterExceptionHandler.class);

  private String deadLetterTopic;

  @Override
  public void configure(final Map<String, ?> configs) {
    final Object topic = configs.get(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG);
    if (topic == null || topic.toString().isBlank()) {
      throw new ConfigException(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG
          + " must name the dead-letter topic for " + getClass().getSimpleName());
    }
    this.deadLetterTopic = topic.toString();
  }

  @Override
  public DeserializationExceptionHandler.Response handleError(
      final ErrorHandlerContext context,
      final ConsumerRecord<byte[], byte[]> record,
      final Exception exception) {
    if (!(exception instanceof SerializationException)) {
      LOG.error("Cannot deserialize {}-{}@{} for a reason other than bad data; stopping",
          record.topic(), record.partition(), record.offset(), exception);
      return DeserializationExceptionHandler.Response.fail();
    }
    return DeserializationExceptionHandler.Response.resume(List.of(deadLetterRecord(
        DeadLetterStage.DESERIALIZE, context, record.key(), record.value(), record.headers(),
        exception)));
  }

  @Override
  public ProcessingExceptionHandler.Response handleError(
      final ErrorHandlerContext context, final Record<?, ?> record, final Exception exception) {
    if (isRegistryFailure(exception)) {
      LOG.error("Processor {} failed on {}-{}@{} for want of the schema registry; stopping",
          context.processorNodeId(), context.topic(), context.partition(), context.offset(), exception);
      return ProcessingExceptionHandler.Response.fail();
    }
    return ProcessingExceptionHandler.Response.resume(List.of(deadLetterRecord(
        DeadLetterStage.PROCESS, context, context.sourceRawKey(), context.sourceRawValue(),
        context.headers(), exception)));
  }

  private static boolean isRegistryFailure(final Throwable exception) {
    for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
      if (cause instanceof SchemaRegistryException) {
        return true;
      }
    }
    return false;
  }

  private ProducerRecord<byte[], byte[]> deadLetterRecord(
      final DeadLetterStage stage,
      final ErrorHandlerContext context,
      final byte[] key,
      final byte[] value,
      final Headers sourceHeaders,
      final Exception exception) {
    final DeadLetter letter = DeadLetter.of(stage, exception, key, value,
        new DeadLetter.Origin(context.topic() == null ? "" : context.topic(), context.partition(),
            context.offset()));
    LOG.warn("Dead letter at {} stage from {}-{}@{} (processor {})", stage.headerValue(),
        context.topic(), context.partition(), context.offset(), context.processorNodeId(),
        exception);
    final Headers headers =
        sourceHeaders == null ? new RecordHeaders() : new RecordHeaders(sourceHeaders.toArray());
    final Long timestamp = context.timestamp() < 0 ? null : context.timestamp();
    return new ProducerRecord<>(deadLetterTopic, null, timestamp, key, value,
        DeadLetterHeaders.addTo(headers, letter));
  }
}
