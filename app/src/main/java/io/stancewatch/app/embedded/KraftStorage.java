package io.stancewatch.app.embedded;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import org.apache.kafka.common.Uuid;
import org.apache.kafka.metadata.properties.MetaProperties;
import org.apache.kafka.metadata.properties.MetaPropertiesEnsemble;
import org.apache.kafka.metadata.properties.PropertiesUtils;
import org.apache.kafka.metadata.storage.Formatter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Prepares a KRaft log directory the way {@code kafka-storage.sh format} does, but only the first time:
 * a directory that already holds {@code meta.properties} keeps its cluster id and its data.
 */
final class KraftStorage {

    private static final Logger LOG = LoggerFactory.getLogger(KraftStorage.class);

    private KraftStorage() {
    }

    /**
     * Formats {@code logDirectory} for a single node with a static controller quorum unless it is formatted
     * already, and returns the cluster id stored there.
     */
    static String formatIfNeeded(final Path logDirectory, final int nodeId, final String controllerListenerName) {
        final Path metaProperties = logDirectory.resolve(MetaPropertiesEnsemble.META_PROPERTIES_NAME);
        if (Files.exists(metaProperties)) {
            final String clusterId = storedClusterId(metaProperties);
            LOG.debug("Reusing the KRaft storage in {} (cluster id {})", logDirectory, clusterId);
            return clusterId;
        }
        final String clusterId = Uuid.randomUuid().toString();
        final ByteArrayOutputStream formatterOutput = new ByteArrayOutputStream();
        try (PrintStream printStream = new PrintStream(formatterOutput, true, StandardCharsets.UTF_8)) {
            new Formatter()
                    .setPrintStream(printStream)
                    .setNodeId(nodeId)
                    .setClusterId(clusterId)
                    .setControllerListenerName(controllerListenerName)
                    .addDirectory(logDirectory.toString())
                    .setMetadataLogDirectory(logDirectory.toString())
                    // The voters are named in controller.quorum.voters, so a restart may move the controller
                    // to another port; a dynamic quorum would pin the first port in the metadata log.
                    .setHasDynamicQuorum(false)
                    .run();
        } catch (Exception e) {
            throw new EmbeddedStackException("Cannot format the Kafka storage in " + logDirectory + ": "
                    + e.getMessage() + " " + formatterOutput.toString(StandardCharsets.UTF_8).trim(), e);
        }
        LOG.debug("Formatted {}: {}", logDirectory, formatterOutput.toString(StandardCharsets.UTF_8).trim());
        return clusterId;
    }

    private static String storedClusterId(final Path metaProperties) {
        final Properties properties;
        try {
            properties = PropertiesUtils.readPropertiesFile(metaProperties.toString());
        } catch (IOException e) {
            throw new EmbeddedStackException("Cannot read " + metaProperties + ": " + e.getMessage(), e);
        }
        final MetaProperties meta;
        try {
            meta = new MetaProperties.Builder(properties).build();
        } catch (RuntimeException e) {
            throw new EmbeddedStackException(metaProperties + " is not a valid KRaft meta.properties ("
                    + e.getMessage() + "): delete the data directory to start afresh", e);
        }
        return meta.clusterId().orElseThrow(() -> new EmbeddedStackException(metaProperties
                + " has no cluster.id: delete the data directory to start afresh"));
    }
}
