package io.stancewatch.processor.dlq;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stancewatch.serde.SchemaRegistryException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.DeserializationExceptionHandler;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProcessingExceptionHandler;
import org.apache.kafka.streams.processor.TaskId;
import org.apache.kafka.streams.processor.api.Record;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DeadLetterExceptionHandlerTest {

  private static final byte[] KEY = "k-1".getBytes(StandardCharsets.UTF_8);
  private static final byte[] VALUE = {0, 0, 0, 0, 9, 1, 2};

  private final DeadLetterExceptionHandler handler = new DeadLetterExceptionHandler();

  /** The context of a record at offset 42 of partition 3 of {@code articles}. */
  private record Context(Headers headers) implements ErrorHandlerContext {
    @Override public String topic() { return "articles"; }
    @Override public int partition() { return 3; }
    @Override public long offset() { return 42L; }
    @Override public String processorNodeId() { return "apply-stance-rules"; }
    @Override public TaskId taskId() { return new TaskId(1, 3); }
    @Override public long timestamp() { return 1000L; }
    @Override public byte[] sourceRawKey() { return KEY; }
    @Override public byte[] sourceRawValue() { return VALUE; }
  }

  @BeforeEach
  void configure() {
    handler.configure(Map.of(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG, "articles.dlq"));
  }

  private static String header(final ProducerRecord<byte[], byte[]> record, final String name) {
    return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
  }

  @Test
  void shouldResumeWithDeadLetterWhenRecordCannotBeDeserialized() {
    final ConsumerRecord<byte[], byte[]> record = new ConsumerRecord<>("articles", 3, 42L, KEY, VALUE);

    final DeserializationExceptionHandler.Response response = handler.handleError(
        new Context(new RecordHeaders()), record, new SerializationException("unknown magic byte 7"));

    assertThat(response.result()).isEqualTo(DeserializationExceptionHandler.Result.RESUME);
    assertThat(response.deadLetterQueueRecords()).singleElement().satisfies(letter -> {
      assertThat(letter.topic()).isEqualTo("articles.dlq");
      assertThat(letter.key()).isEqualTo(KEY);
      assertThat(letter.value()).isEqualTo(VALUE);
      assertThat(header(letter, DeadLetterHeaders.STAGE)).isEqualTo("deserialize");
      assertThat(header(letter, DeadLetterHeaders.ERROR_MESSAGE)).isEqualTo("unknown magic byte 7");
      assertThat(header(letter, DeadLetterHeaders.SOURCE_PARTITION)).isEqualTo("3");
      assertThat(header(letter, DeadLetterHeaders.SOURCE_OFFSET)).isEqualTo("42");
    });
  }

  @Test
  void shouldFailWhenDeserializationErrorIsNotAboutTheData() {
    final ConsumerRecord<byte[], byte[]> record = new ConsumerRecord<>("articles", 3, 42L, KEY, VALUE);

    final DeserializationExceptionHandler.Response response = handler.handleError(
        new Context(new RecordHeaders()), record, new KafkaException("registry unreachable"));

    assertThat(response.result()).isEqualTo(DeserializationExceptionHandler.Result.FAIL);
    assertThat(response.deadLetterQueueRecords()).isEmpty();
  }

  @Test
  void shouldResumeWithSourceBytesAndOriginalHeadersWhenProcessorThrows() {
    final Headers headers = new RecordHeaders().add("trace", "t-1".getBytes(StandardCharsets.UTF_8));

    final ProcessingExceptionHandler.Response response = handler.handleError(new Context(headers),
        new Record<>("ORGX:CND:MEMBERSHIP:AAA", "value", 1000L), new IllegalStateException("bug"));

    assertThat(response.result()).isEqualTo(ProcessingExceptionHandler.Result.RESUME);
    assertThat(response.deadLetterQueueRecords()).singleElement().satisfies(letter -> {
      assertThat(letter.value()).isEqualTo(VALUE);
      assertThat(header(letter, DeadLetterHeaders.STAGE)).isEqualTo("process");
      assertThat(header(letter, DeadLetterHeaders.ERROR_CLASS)).isEqualTo(IllegalStateException.class.getName());
      assertThat(header(letter, "trace")).isEqualTo("t-1");
    });
    assertThat(headers.lastHeader(DeadLetterHeaders.STAGE)).isNull();
  }

  @Test
  void shouldFailWhenProcessorCannotReachSchemaRegistry() {
    final Exception unreachable = new IllegalStateException("wrapped",
        new SchemaRegistryException("registry http://r:8081 unreachable", new IOException("refused")));

    final ProcessingExceptionHandler.Response response = handler.handleError(new Context(new RecordHeaders()),
        new Record<>("k", "v", 1000L), unreachable);

    assertThat(response.result()).isEqualTo(ProcessingExceptionHandler.Result.FAIL);
    assertThat(response.deadLetterQueueRecords()).isEmpty();
  }

  @Test
  void shouldRefuseConfigurationWhenDeadLetterTopicIsMissing() {
    assertThatThrownBy(() -> new DeadLetterExceptionHandler().configure(Map.of()))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG);
  }
}
