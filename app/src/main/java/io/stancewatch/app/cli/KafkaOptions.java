package io.stancewatch.app.cli;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;
import org.apache.kafka.clients.CommonClientConfigs;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * Where the cluster and the registry are, shared by every command: options first, then the
 * {@code STANCEWATCH_*} environment variables, then the client properties file.
 *
 * <p>The {@code --config} file holds ordinary Kafka client properties (SASL, SSL, timeouts) and registry
 * settings ({@code basic.auth.user.info}); they reach every producer, consumer, admin client and Streams
 * instance, so a secured cluster needs nothing else.
 */
public final class KafkaOptions {

    /** The registry property of the serdes, as Confluent names it. */
    static final String SCHEMA_REGISTRY_URL = "schema.registry.url";

    @Spec(Spec.Target.MIXEE)
    CommandSpec mixee;

    @Option(names = "--bootstrap-servers", paramLabel = "HOST:PORT[,HOST:PORT...]",
            defaultValue = "${env:STANCEWATCH_BOOTSTRAP_SERVERS}",
            description = "Kafka brokers to connect to (env STANCEWATCH_BOOTSTRAP_SERVERS).")
    String bootstrapServers;

    @Option(names = "--schema-registry-url", paramLabel = "URL",
            defaultValue = "${env:STANCEWATCH_SCHEMA_REGISTRY_URL}",
            description = "Confluent-compatible schema registry (env STANCEWATCH_SCHEMA_REGISTRY_URL).")
    String schemaRegistryUrl;

    @Option(names = "--config", paramLabel = "FILE", defaultValue = "${env:STANCEWATCH_CONFIG}",
            description = "Kafka client properties (security, timeouts, registry auth) passed to every client "
                    + "(env STANCEWATCH_CONFIG).")
    Path configFile;

    @Option(names = "--data-dir", paramLabel = "DIR", defaultValue = "${env:STANCEWATCH_DATA_DIR}",
            description = "Where state lives: Kafka Streams state and, for the embedded stack, broker logs "
                    + "(env STANCEWATCH_DATA_DIR). Temporary when not given.")
    Path dataDir;

    /** The data directory, when one was given. */
    public Optional<Path> dataDir() {
        return Optional.ofNullable(dataDir);
    }

    /**
     * The client properties: the {@code --config} file, overridden by the bootstrap servers and registry URL
     * given as options or in the environment.
     *
     * @throws ParameterException (a usage error) when the config file cannot be read
     */
    public Properties clientProperties() {
        final Properties props = new Properties();
        if (configFile != null) {
            if (!Files.isRegularFile(configFile) || !Files.isReadable(configFile)) {
                throw usageError("--config " + configFile + ": not a readable file");
            }
            try (Reader reader = Files.newBufferedReader(configFile, StandardCharsets.UTF_8)) {
                props.load(reader);
            } catch (final IOException | IllegalArgumentException e) {
                throw usageError("--config " + configFile + ": cannot be read: " + e.getMessage());
            }
        }
        if (bootstrapServers != null && !bootstrapServers.isBlank()) {
            props.setProperty(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers.strip());
        }
        if (schemaRegistryUrl != null && !schemaRegistryUrl.isBlank()) {
            props.setProperty(SCHEMA_REGISTRY_URL, schemaRegistryUrl.strip());
        }
        return props;
    }

    /** Whether a cluster was named (option, environment or config file), so no embedded stack is needed. */
    public boolean namesCluster() {
        return clientProperties().containsKey(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG);
    }

    /**
     * The client properties of a command that needs an external cluster and registry.
     *
     * @throws ParameterException (a usage error) naming every way to give what is missing
     */
    public Properties requireCluster() {
        final Properties props = clientProperties();
        if (!props.containsKey(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG)) {
            throw usageError("Missing the Kafka cluster: give --bootstrap-servers, set "
                    + "STANCEWATCH_BOOTSTRAP_SERVERS, or put bootstrap.servers in the --config file");
        }
        if (!props.containsKey(SCHEMA_REGISTRY_URL)) {
            throw usageError("Missing the schema registry: give --schema-registry-url, set "
                    + "STANCEWATCH_SCHEMA_REGISTRY_URL, or put schema.registry.url in the --config file");
        }
        return props;
    }

    private ParameterException usageError(final String message) {
        return new ParameterException(mixee.commandLine(), message);
    }
}
