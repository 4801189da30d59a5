package io.stancewatch.app.cli;

import io.stancewatch.processor.ProcessorConfig;
import io.stancewatch.processor.StanceTopology;
import io.stancewatch.processor.Topics;
import io.stancewatch.processor.TopologyOptions;
import io.stancewatch.processor.extract.RuleBasedStanceExtractor;
import io.stancewatch.processor.extract.StanceExtractor;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;

/**
 * Wires the processor module for the commands: its Streams configuration with the names and state
 * directory of one deployment, and its topology with the rule-based extractor. The only place the CLI
 * touches the processor's API.
 */
final class ProcessorWiring {

    private ProcessorWiring() {
    }

    /**
     * The Streams properties: the client properties (config file, cluster, registry) with the deployment's
     * application id, topic names and state directory, then the processor's defaults for the rest.
     */
    static Properties streamsProperties(final Properties clientProperties, final ProcessorNames names,
                                        final Optional<Path> stateDir, final Map<String, String> overrides) {
        final Map<Object, Object> user = new HashMap<>(clientProperties);
        user.put(StreamsConfig.APPLICATION_ID_CONFIG, names.applicationId());
        final Topics topics = names.topics();
        user.put(Topics.ARTICLES_CONFIG, topics.articles());
        user.put(Topics.ARTICLES_DLQ_CONFIG, topics.articlesDlq());
        user.put(Topics.ALERTS_CONFIG, topics.alerts());
        user.put(Topics.STATES_CONFIG, topics.states());
        stateDir.ifPresent(dir -> user.put(StreamsConfig.STATE_DIR_CONFIG, dir.toString()));
        user.putAll(overrides);
        return ProcessorConfig.streamsProperties(user);
    }

    /** The topology for {@code names}, configured (serdes, limits) from {@code streamsProperties}. */
    static Topology topology(final ProcessorNames names, final Properties streamsProperties) {
        final Map<String, Object> config = new HashMap<>();
        streamsProperties.forEach((key, value) -> config.put(String.valueOf(key), value));
        return StanceTopology.build(names.topics(), config, extractor(), TopologyOptions.fromConfig(config));
    }

    /** The stance extractor the topology runs: the rule-based one with its bundled rules and gazetteer. */
    static StanceExtractor extractor() {
        return RuleBasedStanceExtractor.loadDefault();
    }
}
