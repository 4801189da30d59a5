package io.stancewatch.app.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.stancewatch.app.testing.StackExtension;
import io.stancewatch.app.testing.TestStack;
import io.stancewatch.schemas.Article;
import io.stancewatch.serde.SpecificAvroSerde;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The stack StanceWatch runs on: transactions on the broker, the registry's Confluent API with
 * {@code BACKWARD} compatibility, our Avro serde against the real registry, and data surviving restarts.
 * The first tests use the JVM's shared {@link TestStack}; the restart tests start their own
 * {@link EmbeddedStack} or {@link EmbeddedKafkaBroker} on a data directory.
 */
@ExtendWith(StackExtension.class)
class EmbeddedStackIntegrationTest {

    private static final String RECORD_V1 = "{\"type\":\"record\",\"name\":\"Probe\",\"namespace\":\"test\","
            + "\"fields\":[{\"name\":\"text\",\"type\":\"string\"}]}";
    /** Adds a field without a default: old records cannot be read with it, so BACKWARD must refuse it. */
    private static final String RECORD_V2_WITHOUT_DEFAULT = "{\"type\":\"record\",\"name\":\"Probe\","
            + "\"namespace\":\"test\",\"fields\":[{\"name\":\"text\",\"type\":\"string\"},"
            + "{\"name\":\"count\",\"type\":\"int\"}]}";

    private final TestStack stack;

    EmbeddedStackIntegrationTest(final TestStack stack) {
        this.stack = stack;
    }

    @Test
    void shouldShowOnlyCommittedRecordsToReadCommittedConsumerWhenOneTransactionAbortsAndOneCommits() {
        final String topic = uniqueTopic("transactions");
        TopicProvisioner.ensureTopics(stack.bootstrapServers(), List.of(new NewTopic(topic, 1, (short) 1)));

        try (KafkaProducer<String, String> producer = KafkaTestClients.stringProducer(stack.bootstrapServers(),
                Map.of(ProducerConfig.TRANSACTIONAL_ID_CONFIG, "tx-" + topic))) {
            producer.initTransactions();
            producer.beginTransaction();
            producer.send(new ProducerRecord<>(topic, "k", "aborted"));
            producer.flush();
            producer.abortTransaction();
            producer.beginTransaction();
            producer.send(new ProducerRecord<>(topic, "k", "committed"));
            producer.commitTransaction();
        }

        try (KafkaConsumer<String, String> consumer = KafkaTestClients.readCommittedStringConsumer(stack.bootstrapServers())) {
            final List<ConsumerRecord<String, String>> read =
                    KafkaTestClients.readUntil(consumer, topic, record -> "committed".equals(record.value()));
            // The aborted record precedes the committed one in the log, so reaching the latter proves it was skipped.
            assertThat(read).extracting(ConsumerRecord::value).containsExactly("committed");
        }
    }

    @Test
    void shouldNameTheTopicWhenItCannotBeCreated() {
        final String topic = uniqueTopic("over-replicated");
        // One broker cannot hold three replicas.
        final List<NewTopic> impossible = List.of(new NewTopic(topic, 1, (short) 3));

        assertThatThrownBy(() -> TopicProvisioner.ensureTopics(stack.bootstrapServers(), impossible))
                .isInstanceOf(EmbeddedStackException.class)
                .hasMessageContaining("Cannot create topic " + topic);
    }

    @Test
    void shouldReturnRegisteredSchemaByIdWhenRegisteredThroughConfluentApi() {
        final ConfluentApi registry = new ConfluentApi(stack.schemaRegistryUrl());
        final String subject = uniqueTopic("probe") + "-value";

        final int id = registry.registerAndGetId(subject, RECORD_V1);

        assertThat(registry.schemaById(id)).contains("\"Probe\"").contains("\"text\"");
        assertThat(registry.latestId(subject)).isEqualTo(id);
    }

    @Test
    void shouldRejectIncompatibleSchemaWith409WhenGlobalCompatibilityIsBackward() {
        final ConfluentApi registry = new ConfluentApi(stack.schemaRegistryUrl());
        final String subject = uniqueTopic("evolution") + "-value";
        registry.registerAndGetId(subject, RECORD_V1);

        final HttpResponse<String> refused = registry.register(subject, RECORD_V2_WITHOUT_DEFAULT);

        assertThat(RegistryCompatibility.globalLevel(HttpClient.newHttpClient(), stack.schemaRegistryUrl()))
                .isEqualTo(RegistryCompatibility.BACKWARD);
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(409);
    }

    @Test
    void shouldRoundTripArticleThroughKafkaWhenSerdeRegistersItsSchemaInTheRegistry() {
        final String topic = uniqueTopic("articles");
        TopicProvisioner.ensureTopics(stack.bootstrapServers(), List.of(new NewTopic(topic, 1, (short) 1)));
        final Article article = article("round-trip-1");

        try (SpecificAvroSerde<Article> serde = new SpecificAvroSerde<>(Article.class)) {
            serde.configure(Map.of("schema.registry.url", stack.schemaRegistryUrl()), false);
            try (KafkaProducer<String, Article> producer = KafkaTestClients.producer(stack.bootstrapServers(),
                    new StringSerializer(), serde.serializer(), Map.of())) {
                producer.send(new ProducerRecord<>(topic, article.getId(), article));
            }
            try (KafkaConsumer<String, Article> consumer = KafkaTestClients.consumer(stack.bootstrapServers(),
                    new StringDeserializer(), serde.deserializer())) {
                final List<ConsumerRecord<String, Article>> read =
                        KafkaTestClients.readUntil(consumer, topic, record -> true);
                assertThat(read).extracting(ConsumerRecord::value).containsExactly(article);
            }
        }
        assertThat(new ConfluentApi(stack.schemaRegistryUrl()).schemaById(
                new ConfluentApi(stack.schemaRegistryUrl()).latestId(topic + "-value")))
                .contains("io.stancewatch.schemas");
    }

    @Test
    void shouldKeepRecordsAndSchemaIdsWhenStackStartsAgainOnSameDataDirectory(@TempDir final Path dataDirectory) {
        final String topic = "kept";
        final int schemaId;
        try (EmbeddedStack first = EmbeddedStack.start(Optional.of(dataDirectory))) {
            TopicProvisioner.ensureTopics(first.bootstrapServers(), List.of(new NewTopic(topic, 1, (short) 1)));
            sendOne(first.bootstrapServers(), topic, "before-restart");
            schemaId = new ConfluentApi(first.schemaRegistryUrl()).registerAndGetId(topic + "-value", RECORD_V1);
        }

        try (EmbeddedStack second = EmbeddedStack.start(Optional.of(dataDirectory))) {
            final ConfluentApi registry = new ConfluentApi(second.schemaRegistryUrl());
            assertThat(registry.latestId(topic + "-value")).isEqualTo(schemaId);
            assertThat(registry.registerAndGetId(topic + "-value", RECORD_V1)).isEqualTo(schemaId);
            assertThat(TopicProvisioner.ensureTopics(second.bootstrapServers(),
                    List.of(new NewTopic(topic, 1, (short) 1)))).isEmpty();
            try (KafkaConsumer<String, String> consumer =
                         KafkaTestClients.readCommittedStringConsumer(second.bootstrapServers())) {
                assertThat(KafkaTestClients.readUntil(consumer, topic, record -> true))
                        .extracting(ConsumerRecord::value).containsExactly("before-restart");
            }
        }
    }

    @Test
    void shouldServeSameAddressAndRecordsWhenBrokerRestartsInPlace(@TempDir final Path dataDirectory) {
        final String topic = "restarted";
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(
                EmbeddedKafkaBroker.Settings.defaults().withDataDirectory(Optional.of(dataDirectory)));
             KafkaProducer<String, String> producer = KafkaTestClients.stringProducer(broker.bootstrapServers(), Map.of())) {
            TopicProvisioner.ensureTopics(broker.bootstrapServers(), List.of(new NewTopic(topic, 1, (short) 1)));
            producer.send(new ProducerRecord<>(topic, "k", "before-restart"));
            producer.flush();
            final String bootstrapServers = broker.bootstrapServers();
            final String clusterId = broker.clusterId();

            broker.restart();

            // The producer created before the restart reconnects by itself to the same address.
            producer.send(new ProducerRecord<>(topic, "k", "after-restart"));
            producer.flush();
            assertThat(broker.bootstrapServers()).isEqualTo(bootstrapServers);
            assertThat(broker.clusterId()).isEqualTo(clusterId);
            try (KafkaConsumer<String, String> consumer = KafkaTestClients.readCommittedStringConsumer(bootstrapServers)) {
                assertThat(KafkaTestClients.readUntil(consumer, topic, record -> "after-restart".equals(record.value())))
                        .extracting(ConsumerRecord::value).containsExactly("before-restart", "after-restart");
            }
        }
    }

    @Test
    void shouldNameThePortAndTheCauseWhenBrokerPortIsTaken() throws IOException {
        try (ServerSocket occupant = new ServerSocket(0, 1, InetAddress.getByName(LoopbackPorts.LOOPBACK_HOST))) {
            final EmbeddedKafkaBroker.Settings settings =
                    EmbeddedKafkaBroker.Settings.defaults().withPort(occupant.getLocalPort());

            assertThatThrownBy(() -> EmbeddedKafkaBroker.start(settings))
                    .isInstanceOf(EmbeddedStackException.class)
                    .hasMessageContaining(LoopbackPorts.LOOPBACK_HOST + ":" + occupant.getLocalPort())
                    .hasMessageContaining("Address already in use");
        }
    }

    private static void sendOne(final String bootstrapServers, final String topic, final String value) {
        try (KafkaProducer<String, String> producer = KafkaTestClients.stringProducer(bootstrapServers, Map.of())) {
            producer.send(new ProducerRecord<>(topic, "k", value));
        }
    }

    private static Article article(final String id) {
        final Instant published = Instant.parse("2026-03-01T10:15:30Z");
        return Article.newBuilder()
                .setId(id)
                .setSource("test-wire")
                .setUrl(null)
                .setTitle("A probe headline")
                .setBody("A probe body written for the stack test.")
                .setPublishedAt(published)
                .setIngestedAt(published.plus(5, ChronoUnit.MINUTES))
                .build();
    }

    private static String uniqueTopic(final String purpose) {
        return purpose + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
