package io.stancewatch.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.stancewatch.app.testing.StackExtension;
import io.stancewatch.app.testing.TestStack;
import io.stancewatch.schemas.Article;
import io.stancewatch.serde.SpecificAvroSerde;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

    @Test
    void shouldFailAtOnceNamingTheTopicWhenItDoesNotExist(final TestStack stack) throws Exception {
        final String topic = "cli-ingest-missing-" + UUID.randomUUID();

        final CliRun run = ingest(stack, topic, "--input", resource("replay-feed.jsonl").toString());

        assertThat(run.exitCode()).isEqualTo(StanceWatchCommand.EXIT_FAILED);
        assertThat(run.err()).contains("topic " + topic + " does not exist on " + stack.bootstrapServers());
    }

    @Test
    void shouldStorePostedArticlesAndNameTheBadLineWhenArticlesArriveOverHttp(final TestStack stack)
            throws Exception {
        final String topic = newTopic(stack);
        final Properties cluster = new Properties();
        cluster.setProperty("bootstrap.servers", stack.bootstrapServers());
        cluster.setProperty("schema.registry.url", stack.schemaRegistryUrl());
        final StringWriter printed = new StringWriter();
        final FeedIngest ingest = new FeedIngest(cluster, 1024 * 1024, Optional.empty(), new PrintWriter(printed));
        final ShutdownSignal shutdown = ShutdownSignal.install();
        final CompletableFuture<Void> serving = CompletableFuture.runAsync(() -> {
            try (shutdown) {
                ingest.serve(new InetSocketAddress("127.0.0.1", 0), 1024 * 1024, topic, shutdown,
                        new PrintWriter(printed, true));
            } catch (final Exception e) {
                throw new CompletionException(e);
            }
        });
        try {
            final URI endpoint = URI.create(awaitListeningUrl(printed, serving));
            final String body = String.join("\n",
                    "{\"id\":\"http-1\",\"source\":\"Wire\",\"title\":\"T\",\"body\":\"B one\","
                            + "\"publishedAt\":\"2025-03-01T10:00:00Z\"}",
                    "{\"id\":\"http-2\",\"source\":\"Wire\",\"title\":\"T\",\"body\":\"B two\"}",
                    "{\"id\":\"http-3\",\"source\":\"Wire\",\"title\":\"T\",\"body\":\"B three\","
                            + "\"publishedAt\":\"2025-03-01T11:00:00Z\"}");

            final HttpResponse<String> response = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(endpoint).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
            assertThat(response.body()).contains("\"sent\":2", "request:2 publishedAt: is missing");
            assertThat(readBack(stack, topic)).extracting(ConsumerRecord::key).containsExactly("http-1", "http-3");
        } finally {
            shutdown.requestStop();
            serving.get(60, TimeUnit.SECONDS);
        }
    }

    /** The URL the endpoint printed once it listens (port 0 picks a free port). */
    private static String awaitListeningUrl(final StringWriter printed, final CompletableFuture<Void> serving)
            throws Exception {
        final Pattern listening = Pattern.compile("listening on (http://\\S+)");
        final long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            final Matcher matcher = listening.matcher(printed.toString());
            if (matcher.find()) {
                return matcher.group(1);
            }
            if (serving.isDone()) {
                serving.get();
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the HTTP endpoint did not start: " + printed);
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
