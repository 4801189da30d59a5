package io.stancewatch.app.bench;

import io.stancewatch.processor.ProcessorConfig;
import io.stancewatch.processor.StanceTopology;
import io.stancewatch.processor.Topics;
import io.stancewatch.processor.TopologyOptions;
import io.stancewatch.processor.extract.StanceExtractor;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;

/**
 * The Streams applications the bench runs, all with the processor's production configuration
 * ({@link ProcessorConfig}): exactly-once v2, its commit interval, compression and thread count, so the
 * figures are those of {@code stancewatch process}. Only the application id, topics and state directory
 * are the bench's own, plus the overrides the user gives.
 */
public final class BenchPipeline {

    private BenchPipeline() {
    }

    /** Streams properties for one application of the bench. */
    public static Properties streamsProperties(final Properties clientProperties, final String applicationId,
                                        final Topics topics, final Path stateDir,
                                        final Map<String, String> overrides) {
        final Map<Object, Object> user = new HashMap<>(clientProperties);
        user.put(StreamsConfig.APPLICATION_ID_CONFIG, applicationId);
        user.put(Topics.ARTICLES_CONFIG, topics.articles());
        user.put(Topics.ARTICLES_DLQ_CONFIG, topics.articlesDlq());
        user.put(Topics.ALERTS_CONFIG, topics.alerts());
        user.put(Topics.STATES_CONFIG, topics.states());
        user.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        user.putAll(overrides);
        return ProcessorConfig.streamsProperties(user);
    }

    /** The real stance topology for {@code topics}, configured from {@code streamsProperties}. */
    public static Topology stanceTopology(final Topics topics, final Properties streamsProperties,
                                   final StanceExtractor extractor) {
        final Map<String, Object> config = configMap(streamsProperties);
        return StanceTopology.build(topics, config, extractor, TopologyOptions.fromConfig(config));
    }

    /** The properties as the map serdes are configured with. */
    public static Map<String, Object> configMap(final Properties properties) {
        final Map<String, Object> config = new HashMap<>();
        properties.forEach((key, value) -> config.put(String.valueOf(key), value));
        return config;
    }
}
