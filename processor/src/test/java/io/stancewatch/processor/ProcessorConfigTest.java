package io.stancewatch.processor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stancewatch.processor.dlq.DeadLetterExceptionHandler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProcessorConfigTest {

  @TempDir
  Path dir;

  private Path file(final String... lines) throws IOException {
    final Path file = dir.resolve("processor.properties");
    Files.write(file, List.of(lines));
    return file;
  }

  @Test
  void shouldFillProductionDefaultsWhenUserSetsNothing() {
    final Properties props = ProcessorConfig.streamsProperties(null, Map.of());

    assertThat(props)
        .containsEntry(StreamsConfig.APPLICATION_ID_CONFIG, "stancewatch")
        .containsEntry(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2)
        .containsEntry(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, "50")
        .containsEntry(StreamsConfig.TOPOLOGY_OPTIMIZATION_CONFIG, StreamsConfig.OPTIMIZE)
        .containsEntry(StreamsConfig.REPLICATION_FACTOR_CONFIG, "-1")
        .containsEntry(StreamsConfig.producerPrefix("compression.type"), "lz4")
        .containsEntry(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG,
            DeadLetterExceptionHandler.class.getName())
        .containsEntry(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG,
            DeadLetterExceptionHandler.class.getName())
        .containsEntry(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG, "articles.dlq");
  }

  @Test
  void shouldKeepFileValuesWhenDefaultsExistForTheSameKeys() throws IOException {
    final Properties props = ProcessorConfig.streamsProperties(file(
        "application.id=stancewatch-staging",
        "processing.guarantee=at_least_once",
        "replication.factor=1",
        "stancewatch.topic.articles.dlq=bad-articles"), Map.of());

    assertThat(props)
        .containsEntry(StreamsConfig.APPLICATION_ID_CONFIG, "stancewatch-staging")
        .containsEntry(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, "at_least_once")
        .containsEntry(StreamsConfig.REPLICATION_FACTOR_CONFIG, "1")
        .containsEntry(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG, "bad-articles")
        .containsEntry(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, "50");
  }

  @Test
  void shouldLetCommandLineWinWhenFileSetsTheSameKey() throws IOException {
    final Properties props = ProcessorConfig.streamsProperties(
        file("num.stream.threads=4", "bootstrap.servers=file:9092"),
        Map.of("bootstrap.servers", "cli:9092"));

    assertThat(props)
        .containsEntry(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "cli:9092")
        .containsEntry(StreamsConfig.NUM_STREAM_THREADS_CONFIG, "4");
  }

  @Test
  void shouldBeAcceptedByStreamsConfigWhenBootstrapServersAreGiven() {
    final Properties props = ProcessorConfig.streamsProperties(null, Map.of("bootstrap.servers", "b:9092"));

    final StreamsConfig config = new StreamsConfig(props);

    assertThat(config.getString(StreamsConfig.PROCESSING_GUARANTEE_CONFIG)).isEqualTo("exactly_once_v2");
  }

  @Test
  void shouldNameFileWhenItCannotBeRead() {
    final Path missing = dir.resolve("missing.properties");

    assertThatThrownBy(() -> ProcessorConfig.streamsProperties(missing, Map.of()))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("missing.properties");
  }
}
