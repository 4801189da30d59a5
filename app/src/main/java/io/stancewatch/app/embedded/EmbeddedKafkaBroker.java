package io.stancewatch.app.embedded;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.common.utils.Time;
import org.slf4j.LoggerFactory;

/**
 * A real single-node Kafka broker running in this JVM: KRaft in combined mode (the node is its own
 * controller), listening on 127.0.0.1 only.
 *
 * <p>The broker keeps its log in the given data directory, formatted on first use and reused (same
 * cluster id, same topics and records) on every later start; without a data directory it uses a temporary
 * one that {@link #close()} deletes. {@link #stop()} and {@link #restart()} keep the data directory and both
 * ports, so clients configured with {@link #bootstrapServers()} reconnect to the restarted broker.
 *
 * <p>Settings chosen for one node: every internal topic has replication factor 1 and min ISR 1, so
 * transactions and exactly-once Streams work; consumer groups rebalance without the initial delay; the
 * offsets and transaction-state topics have one partition each, so the first group or transaction does not
 * wait for 50 partitions to be created; and topics are never created automatically, because the
 * application creates its own and a misspelt topic name should fail loudly instead of creating a topic.
 */
public final class EmbeddedKafkaBroker extends EmbeddedServer {

    /** The node id of the only node: broker and controller at once. */
    public static final int NODE_ID = 1;
    private static final String BROKER_LISTENER = "PLAINTEXT";
    private static final String CONTROLLER_LISTENER = "CONTROLLER";
    private static final String LOG_SUBDIRECTORY = "kafka";
    private static final long DEDUPE_BUFFER_BYTES = 2L * 1024 * 1024;

    private final Settings settings;
    private final Path logDirectory;
    private final int brokerPort;
    private final int controllerPort;
    private String clusterId;
    private KafkaRaftServer server;

    private EmbeddedKafkaBroker(final Settings settings) {
        super(WorkingDirectory.of(settings.dataDirectory(), "stancewatch-kafka-"));
        this.settings = settings;
        this.logDirectory = directory().subdirectory(LOG_SUBDIRECTORY);
        this.brokerPort = LoopbackPorts.requestedOrFree(settings.port());
        this.controllerPort = LoopbackPorts.freePort();
    }

    /** Formats the storage if it is new, starts the broker and returns once it accepts clients. */
    public static EmbeddedKafkaBroker start(final Settings settings) {
        return startOrClose(new EmbeddedKafkaBroker(Objects.requireNonNull(settings, "settings")));
    }

    /** {@code 127.0.0.1:<port>}, for {@code bootstrap.servers}. */
    public String bootstrapServers() {
        return LoopbackPorts.LOOPBACK_HOST + ":" + brokerPort;
    }

    /** The directory holding the broker's log (the given data directory's {@code kafka/} folder). */
    public Path logDirectory() {
        return logDirectory;
    }

    /** The cluster id stored in the log directory: the same after every restart on that directory. */
    public synchronized String clusterId() {
        return clusterId;
    }

    @Override
    void startServer() {
        clusterId = KraftStorage.formatIfNeeded(logDirectory, NODE_ID, CONTROLLER_LISTENER);
        final KafkaRaftServer candidate = new KafkaRaftServer(new KafkaConfig(serverConfig(), false), Time.SYSTEM);
        try {
            candidate.startup();
        } catch (RuntimeException e) {
            shutDownQuietly(candidate);
            throw new EmbeddedStackException("The embedded Kafka broker did not start on " + bootstrapServers()
                    + " (controller port " + controllerPort + ", log directory " + logDirectory + "): "
                    + withRootCause(e), e);
        }
        server = candidate;
    }

    @Override
    void stopServer() {
        try {
            server.shutdown();
            server.awaitShutdown();
        } finally {
            server = null;
        }
    }

    @Override
    String description() {
        return "Kafka broker on " + bootstrapServers();
    }

    @Override
    String startDetails() {
        return "log directory " + logDirectory + ", cluster id " + clusterId;
    }

    private Map<String, String> serverConfig() {
        final String host = LoopbackPorts.LOOPBACK_HOST;
        final Map<String, String> config = new LinkedHashMap<>();
        config.put("process.roles", "broker,controller");
        config.put("node.id", Integer.toString(NODE_ID));
        config.put("controller.quorum.voters", NODE_ID + "@" + host + ":" + controllerPort);
        config.put("controller.listener.names", CONTROLLER_LISTENER);
        config.put("listeners", BROKER_LISTENER + "://" + host + ":" + brokerPort + ","
                + CONTROLLER_LISTENER + "://" + host + ":" + controllerPort);
        config.put("advertised.listeners", BROKER_LISTENER + "://" + host + ":" + brokerPort);
        config.put("listener.security.protocol.map", BROKER_LISTENER + ":PLAINTEXT," + CONTROLLER_LISTENER + ":PLAINTEXT");
        config.put("inter.broker.listener.name", BROKER_LISTENER);
        config.put("log.dirs", logDirectory.toString());
        config.put("metadata.log.dir", logDirectory.toString());
        config.put("num.partitions", Integer.toString(settings.defaultPartitions()));
        config.put("default.replication.factor", "1");
        config.put("min.insync.replicas", "1");
        config.put("offsets.topic.replication.factor", "1");
        config.put("offsets.topic.num.partitions", "1");
        config.put("transaction.state.log.replication.factor", "1");
        config.put("transaction.state.log.min.isr", "1");
        config.put("transaction.state.log.num.partitions", "1");
        config.put("share.coordinator.state.topic.replication.factor", "1");
        config.put("share.coordinator.state.topic.min.isr", "1");
        config.put("group.initial.rebalance.delay.ms", "0");
        config.put("auto.create.topics.enable", "false");
        // The default 128 MiB dedupe buffer would be allocated up front for a demo's few compacted keys.
        config.put("log.cleaner.dedupe.buffer.size", Long.toString(DEDUPE_BUFFER_BYTES));
        // Two cores are shared with the registry and the application: a few threads are plenty.
        config.put("num.network.threads", "2");
        config.put("num.io.threads", "2");
        config.put("background.threads", "2");
        config.putAll(settings.overrides());
        return config;
    }

    /** Kafka wraps the reason (say, a port in use) a few levels deep: name it too. */
    private static String withRootCause(final Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root == failure ? String.valueOf(failure.getMessage())
                : failure.getMessage() + ", caused by " + root;
    }

    private static void shutDownQuietly(final KafkaRaftServer candidate) {
        try {
            candidate.shutdown();
            candidate.awaitShutdown();
        } catch (RuntimeException e) {
            LoggerFactory.getLogger(EmbeddedKafkaBroker.class)
                    .debug("Ignoring a failure while shutting down a broker that failed to start", e);
        }
    }

    /**
     * How to run the broker.
     *
     * @param dataDirectory     where to keep the log across restarts; empty for a temporary directory
     * @param port              the client port on 127.0.0.1; 0 picks a free one
     * @param defaultPartitions {@code num.partitions} for topics created without a partition count
     * @param overrides         broker properties that replace the defaults above
     */
    public record Settings(Optional<Path> dataDirectory, int port, int defaultPartitions,
                           Map<String, String> overrides) {

        public Settings {
            Objects.requireNonNull(dataDirectory, "dataDirectory");
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("port must be between 0 and 65535, got " + port);
            }
            if (defaultPartitions < 1) {
                throw new IllegalArgumentException("defaultPartitions must be at least 1, got " + defaultPartitions);
            }
            overrides = Map.copyOf(overrides);
        }

        /** A temporary data directory, a free port, one partition per topic, no overrides. */
        public static Settings defaults() {
            return new Settings(Optional.empty(), 0, 1, Map.of());
        }

        public Settings withDataDirectory(final Optional<Path> directory) {
            return new Settings(directory, port, defaultPartitions, overrides);
        }

        public Settings withPort(final int newPort) {
            return new Settings(dataDirectory, newPort, defaultPartitions, overrides);
        }

        public Settings withDefaultPartitions(final int partitions) {
            return new Settings(dataDirectory, port, partitions, overrides);
        }

        public Settings withOverride(final String name, final String value) {
            final Map<String, String> merged = new LinkedHashMap<>(overrides);
            merged.put(name, value);
            return new Settings(dataDirectory, port, defaultPartitions, merged);
        }
    }
}
