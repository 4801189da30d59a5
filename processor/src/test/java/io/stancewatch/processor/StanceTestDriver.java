package io.stancewatch.processor;

import io.stancewatch.processor.extract.StanceExtractor;
import io.stancewatch.schemas.Article;
import io.stancewatch.schemas.StanceAlert;
import io.stancewatch.schemas.StanceState;
import io.stancewatch.serde.MockSchemaRegistryClient;
import io.stancewatch.serde.SpecificAvroSerde;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyTestDriver;

/**
 * The production topology and configuration in a {@link TopologyTestDriver}, with the in-memory
 * registry {@code mock://<scope>} (dropped on close) and a temporary state directory: the harness of
 * the topology tests and of the corpus replay.
 */
public final class StanceTestDriver implements AutoCloseable {

  private final String scope;
  private final Path stateDir;
  private final Map<String, Object> config;
  private final Topics topics;
  private final TopologyTestDriver driver;

  /**
   * A driver whose wall clock starts at {@code wallClock}.
   *
   * @param scope the mock registry scope, e.g. the test class name
   * @param userConfig config values the test sets (they win over the production defaults)
   */
  public StanceTestDriver(
      final String scope,
      final StanceExtractor extractor,
      final Map<String, ?> userConfig,
      final Instant wallClock) {
    this.scope = scope;
    try {
      this.stateDir = Files.createTempDirectory("stancewatch-" + scope);
    } catch (final IOException e) {
      throw new UncheckedIOException(e);
    }
    final Map<String, Object> user = new HashMap<>(userConfig);
    user.put("schema.registry.url", "mock://" + scope);
    user.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
    user.putIfAbsent(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "test.invalid:9092");
    final Properties props = ProcessorConfig.streamsProperties(user);
    this.config = new TreeMap<>();
    props.forEach((k, v) -> config.put(k.toString(), v));
    this.topics = Topics.fromConfig(config);
    final Topology topology =
        StanceTopology.build(topics, config, extractor, TopologyOptions.fromConfig(config));
    this.driver = new TopologyTestDriver(topology, props, wallClock);
  }

  /** The configuration the topology runs with (production defaults plus the test's values). */
  public Map<String, Object> config() {
    return config;
  }

  /** The topic names. */
  public Topics topics() {
    return topics;
  }

  /** The underlying driver (wall clock, stores). */
  public TopologyTestDriver driver() {
    return driver;
  }

  /** The articles topic, written as the ingest producer writes it. */
  public TestInputTopic<String, Article> articles() {
    return driver.createInputTopic(topics.articles(), Serdes.String().serializer(),
        SpecificAvroSerde.of(Article.class, config, false).serializer());
  }

  /** The articles topic as raw bytes, for records no producer of ours would write. */
  public TestInputTopic<byte[], byte[]> rawArticles() {
    return driver.createInputTopic(topics.articles(), Serdes.ByteArray().serializer(),
        Serdes.ByteArray().serializer());
  }

  /** The alerts topic. */
  public TestOutputTopic<String, StanceAlert> alerts() {
    return driver.createOutputTopic(topics.alerts(), Serdes.String().deserializer(),
        SpecificAvroSerde.of(StanceAlert.class, config, false).deserializer());
  }

  /** The states topic. */
  public TestOutputTopic<String, StanceState> states() {
    return driver.createOutputTopic(topics.states(), Serdes.String().deserializer(),
        SpecificAvroSerde.of(StanceState.class, config, false).deserializer());
  }

  /** The dead-letter topic, raw. */
  public TestOutputTopic<byte[], byte[]> deadLetters() {
    return driver.createOutputTopic(topics.articlesDlq(), Serdes.ByteArray().deserializer(),
        Serdes.ByteArray().deserializer());
  }

  /** Closes the driver, drops the registry scope and deletes the state directory. */
  @Override
  public void close() {
    try {
      driver.close();
    } finally {
      MockSchemaRegistryClient.dropScope(scope);
      deleteRecursively(stateDir);
    }
  }

  private static void deleteRecursively(final Path dir) {
    try (Stream<Path> paths = Files.walk(dir)) {
      for (final Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    } catch (final IOException e) {
      throw new UncheckedIOException("cannot delete " + dir, e);
    }
  }
}
