package io.stancewatch.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.stancewatch.app.testing.StackExtension;
import io.stancewatch.app.testing.TestStack;
import io.stancewatch.schemas.Article;
import io.stancewatch.serde.SpecificAvroSerde;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Runs {@code stancewatch ingest} against the shared test stack and reads back what it produced. */
@ExtendWith(StackExtension.class)
class CliIngestIntegrationTest {

    @Test
    void shouldProduceValidArticlesKeyedByIdInFileOrderWhenFeedHasABadLine(final TestStack stack) throws Exception {
        final String topic = newTopic(stack);

        final CliRun run = ingest(stack, topic, "--input", resource("replay-feed.jsonl").toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("ingest: 5 sent, 1 rejected, 0 failed");
        assertThat(run.err()).contains("replay-feed.jsonl:3 publishedAt: is missing");
        assertThat(readBack(stack, topic)).extracting(ConsumerRecord::key)
                .containsExactly("fx-01", "fx-02", "fx-03", "fx-02", "fx-04");
    }

    @Test
    void shouldProduceEntriesAsArticlesWhenInputIsAnAtomFeed(final TestStack stack) throws Exception {
        final String topic = newTopic(stack);

        final CliRun run = ingest(stack, topic, "--feed", resource("northgate.atom.xml").toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(readBack(stack, topic)).singleElement().satisfies(record -> {
            assertThat(record.key()).isEqualTo("urn:example:northgate:1");
            assertThat(record.value().getSource()).isEqualTo("Northgate News");
            assertThat(record.value().getBody()).isEqualTo("The chancellor spoke in Berlin.");
        });
    }

    private static CliRun ingest(final TestStack stack, final String topic, final String... input) {
        final String[] args = new String[input.length + 7];
        System.arraycopy(new String[] {"ingest", "--topic", topic, "--bootstrap-servers", stack.bootstrapServers(),
            "--schema-registry-url", stack.schemaRegistryUrl()}, 0, args, 0, 7);
        System.arraycopy(input, 0, args, 7, input.length);
        return CliRun.of(args);
    }

    private static String newTopic(final TestStack stack) throws ExecutionException, InterruptedException {
        final String topic = "cli-ingest-" + UUID.randomUUID();
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", stack.bootstrapServers()))) {
            admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1))).all().get();
        }
        return topic;
    }

    private static List<ConsumerRecord<String, Article>> readBack(final TestStack stack, final String topic) {
        final Properties props = new Properties();
        props.setProperty("bootstrap.servers", stack.bootstrapServers());
        final SpecificAvroSerde<Article> serde = SpecificAvroSerde.of(Article.class,
                Map.of("schema.registry.url", stack.schemaRegistryUrl()), false);
        final List<ConsumerRecord<String, Article>> records =
                new TopicReader(props, Duration.ofSeconds(60)).readAll(topic, serde.deserializer());
        // One partition: offset order is file order, whatever the timestamps say.
        return records.stream().sorted(Comparator.comparingLong(ConsumerRecord::offset)).toList();
    }

    private static Path resource(final String name) throws URISyntaxException {
        return Path.of(Objects.requireNonNull(CliIngestIntegrationTest.class.getResource("/cli/" + name)).toURI());
    }
}
