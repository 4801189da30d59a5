package io.stancewatch.app.testing;

import java.net.http.HttpClient;
import java.time.Duration;

import io.stancewatch.app.embedded.ApicurioRegistry;
import io.stancewatch.app.embedded.RegistryCompatibility;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.Network;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * The {@link TestBackend#CONTAINERS containers} backend: the released Kafka and Apicurio images, set up like
 * the embedded stack (single-node replication settings, no automatic topic creation, registry
 * compatibility {@code BACKWARD}).
 */
final class ContainerTestStack implements TestStack {

    static final String KAFKA_IMAGE = "apache/kafka:4.3.1";
    static final String REGISTRY_IMAGE = "apicurio/apicurio-registry-mem:2.6.13.Final";
    private static final int REGISTRY_PORT = 8080;

    private final Network network;
    private final KafkaContainer kafka;
    private final GenericContainer<?> registry;

    private ContainerTestStack(final Network network, final KafkaContainer kafka, final GenericContainer<?> registry) {
        this.network = network;
        this.kafka = kafka;
        this.registry = registry;
    }

    static ContainerTestStack start() {
        final Network network = Network.newNetwork();
        final KafkaContainer kafka = new KafkaContainer(DockerImageName.parse(KAFKA_IMAGE))
                .withNetwork(network)
                .withEnv("KAFKA_AUTO_CREATE_TOPICS_ENABLE", "false")
                .withEnv("KAFKA_GROUP_INITIAL_REBALANCE_DELAY_MS", "0")
                .withEnv("KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR", "1")
                .withEnv("KAFKA_TRANSACTION_STATE_LOG_REPLICATION_FACTOR", "1")
                .withEnv("KAFKA_TRANSACTION_STATE_LOG_MIN_ISR", "1")
                .withEnv("KAFKA_MIN_INSYNC_REPLICAS", "1");
        final GenericContainer<?> registry = new GenericContainer<>(DockerImageName.parse(REGISTRY_IMAGE))
                .withNetwork(network)
                .withExposedPorts(REGISTRY_PORT)
                .waitingFor(Wait.forHttp(ApicurioRegistry.CONFLUENT_API_PATH + "/subjects")
                        .forStatusCode(200)
                        .withStartupTimeout(Duration.ofMinutes(2)));
        final ContainerTestStack stack = new ContainerTestStack(network, kafka, registry);
        try {
            kafka.start();
            registry.start();
            RegistryCompatibility.requireGlobalLevel(HttpClient.newHttpClient(), stack.schemaRegistryUrl(),
                    RegistryCompatibility.BACKWARD);
        } catch (RuntimeException e) {
            stack.close();
            throw e;
        }
        return stack;
    }

    @Override
    public String bootstrapServers() {
        return kafka.getBootstrapServers();
    }

    @Override
    public String schemaRegistryUrl() {
        return "http://" + registry.getHost() + ":" + registry.getMappedPort(REGISTRY_PORT)
                + ApicurioRegistry.CONFLUENT_API_PATH;
    }

    @Override
    public TestBackend backend() {
        return TestBackend.CONTAINERS;
    }

    @Override
    public void close() {
        try {
            registry.stop();
            kafka.stop();
        } finally {
            network.close();
        }
    }
}
