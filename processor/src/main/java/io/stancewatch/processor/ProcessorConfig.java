package io.stancewatch.processor;

import io.stancewatch.processor.dlq.DeadLetterExceptionHandler;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.streams.StreamsConfig;

/**
 * Builds the Kafka Streams configuration of the processor in one place: the user's values (a
 * properties file, then command-line overrides) first, then our defaults for whatever the user left
 * unset. The user always wins.
 */
public final class ProcessorConfig {

  /** The default application id; it prefixes every internal topic and the consumer group. */
  public static final String DEFAULT_APPLICATION_ID = "stancewatch";
  /**
   * Largest record the processor produces or accepts on its internal topics. Articles no longer
   * cross them, but the signals of one article for one key quote its sentences, and an article of
   * up to {@link ArticleValidator#DEFAULT_MAX_BODY_BYTES} can quote most of its body, over the 1 MiB
   * client and broker defaults. Dead letters stay below it: their values are cut to 1 MiB ({@code
   * DeadLetterWriter}).
   */
  static final int MAX_RECORD_BYTES = 4 * 1024 * 1024;

  private ProcessorConfig() {}

  /**
   * The Streams properties from an optional properties file and command-line values.
   *
   * @param file a properties file, or null for none
   * @param overrides values given on the command line; they win over the file
   * @throws UncheckedIOException naming the file when it cannot be read
   */
  public static Properties streamsProperties(final Path file, final Map<String, String> overrides) {
    final Properties user = new Properties();
    if (file != null) {
      try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        user.load(reader);
      } catch (final IOException e) {
        throw new UncheckedIOException("cannot read config file " + file + ": " + e.getMessage(), e);
      }
    }
    user.putAll(overrides);
    return streamsProperties(user);
  }

  /** The Streams properties: {@code userValues} as given, plus defaults for what they leave unset. */
  public static Properties streamsProperties(final Map<?, ?> userValues) {
    final Properties props = new Properties();
    props.putAll(userValues);
    props.putIfAbsent(StreamsConfig.APPLICATION_ID_CONFIG, DEFAULT_APPLICATION_ID);
    // Exactly once: an article's alerts, states, store updates and input offset commit together,
    // so a crash never loses an alert nor raises one twice.
    props.putIfAbsent(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
    // EOS makes output visible only at commit, and an alert passes two sub-topologies, so it waits
    // for two commits: 50 ms halved the median alert latency of 100 ms (docs/BENCHMARK.md) for no
    // throughput loss the bench could measure; a throughput-bound deployment can set 100 or more.
    props.putIfAbsent(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, "50");
    props.putIfAbsent(StreamsConfig.TOPOLOGY_OPTIMIZATION_CONFIG, StreamsConfig.OPTIMIZE);
    props.putIfAbsent(StreamsConfig.STATE_DIR_CONFIG,
        Path.of(System.getProperty("user.home"), ".stancewatch", "state").toString());
    props.putIfAbsent(StreamsConfig.NUM_STREAM_THREADS_CONFIG, "2");
    // -1: the broker's default replication for internal topics; the embedded single broker sets 1.
    props.putIfAbsent(StreamsConfig.REPLICATION_FACTOR_CONFIG, "-1");
    // lz4: the outputs and changelogs (evidence sentences) compress well at little CPU; none was
    // no faster in the bench, zstd halved the throughput (a compressor per small transactional batch).
    props.putIfAbsent(StreamsConfig.producerPrefix(ProducerConfig.COMPRESSION_TYPE_CONFIG), "lz4");
    props.putIfAbsent(StreamsConfig.producerPrefix(ProducerConfig.MAX_REQUEST_SIZE_CONFIG),
        Integer.toString(MAX_RECORD_BYTES));
    props.putIfAbsent(StreamsConfig.topicPrefix(TopicConfig.MAX_MESSAGE_BYTES_CONFIG),
        Integer.toString(MAX_RECORD_BYTES));
    // The record cache only fronts the stance-state store (the dedupe stores opt out: each key is
    // written once); 10 MiB absorbs bursts of updates to one key between commits, which saves
    // changelog writes (turning it off cost throughput in the bench). Output is forwarded
    // explicitly, so the cache never delays alerts.
    props.putIfAbsent(StreamsConfig.STATESTORE_CACHE_MAX_BYTES_CONFIG, Integer.toString(10 * 1024 * 1024));
    // Bad records: explicit DLQ branches in the topology, these handlers as the safety net.
    props.putIfAbsent(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG,
        DeadLetterExceptionHandler.class.getName());
    props.putIfAbsent(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG,
        DeadLetterExceptionHandler.class.getName());
    props.putIfAbsent(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG,
        Topics.fromConfig(props).articlesDlq());
    return props;
  }
}
