package io.stancewatch.app.cli;

import io.stancewatch.app.embedded.EmbeddedStack;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.Properties;
import org.apache.kafka.clients.CommonClientConfigs;

/**
 * The cluster a {@code replay} or {@code demo} runs on: the one named by the options, or an embedded broker
 * and registry started for the run and stopped with it.
 */
final class ClusterSession implements AutoCloseable {

    private final Properties clientProperties;
    private final Optional<EmbeddedStack> embedded;

    private ClusterSession(final Properties clientProperties, final Optional<EmbeddedStack> embedded) {
        this.clientProperties = clientProperties;
        this.embedded = embedded;
    }

    /**
     * Connects to the cluster the options name, or starts an embedded stack (announced on {@code out}) when
     * they name none.
     */
    static ClusterSession open(final KafkaOptions kafka, final PrintWriter out) {
        if (kafka.namesCluster()) {
            return new ClusterSession(kafka.requireCluster(), Optional.empty());
        }
        out.println("Starting the embedded Kafka broker and schema registry...");
        out.flush();
        final EmbeddedStack stack = EmbeddedStack.start(kafka.dataDir().map(dir -> dir.resolve("stack")));
        final Properties props = kafka.clientProperties();
        props.setProperty(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers());
        props.setProperty(KafkaOptions.SCHEMA_REGISTRY_URL, stack.schemaRegistryUrl());
        return new ClusterSession(props, Optional.of(stack));
    }

    /** A copy of the client properties, bootstrap servers and registry URL included. */
    Properties clientProperties() {
        final Properties copy = new Properties();
        copy.putAll(clientProperties);
        return copy;
    }

    /** The embedded stack, when this session started one. */
    Optional<EmbeddedStack> embedded() {
        return embedded;
    }

    @Override
    public void close() {
        embedded.ifPresent(EmbeddedStack::close);
    }
}
