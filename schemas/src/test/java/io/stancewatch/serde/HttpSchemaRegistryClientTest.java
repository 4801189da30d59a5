package io.stancewatch.serde;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.stancewatch.schemas.Article;
import io.stancewatch.schemas.StanceState;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HttpSchemaRegistryClientTest {

    private static final String SCOPE = HttpSchemaRegistryClientTest.class.getSimpleName();
    private static final Schema THING_V1 = SchemaBuilder.record("Thing").fields().requiredString("name").endRecord();
    private static final Schema THING_WITHOUT_DEFAULT = SchemaBuilder.record("Thing").fields()
            .requiredString("name").requiredInt("size").endRecord();

    private FakeConfluentRegistry server;

    @BeforeEach
    void startRegistry() throws IOException {
        server = FakeConfluentRegistry.start(SCOPE);
    }

    @AfterEach
    void stopRegistry() {
        server.close();
    }

    @Test
    void shouldPostSchemaToSubjectVersionsWhenRegistering() throws IOException {
        final int id = client(server.url()).register("articles-value", Article.getClassSchema());

        final FakeConfluentRegistry.RecordedRequest request = server.requests().get(0);
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.path()).isEqualTo("/subjects/articles-value/versions");
        assertThat(request.contentType()).isEqualTo("application/vnd.schemaregistry.v1+json");
        assertThat(new ObjectMapper().readTree(request.body()).get("schema").asText())
                .isEqualTo(Article.getClassSchema().toString());
        assertThat(request.authorization()).isNull();
        assertThat(id).isEqualTo(server.registry().getId("articles-value", Article.getClassSchema()));
    }

    @Test
    void shouldFetchSchemaAndVersionsWhenTheyAreRegistered() {
        final HttpSchemaRegistryClient client = client(server.url());
        final int first = client.register("things-value", THING_V1);
        final Schema second = SchemaBuilder.record("Thing").fields()
                .requiredString("name").name("size").type().intType().intDefault(0).endRecord();
        final int secondId = client.register("things-value", second);

        assertThat(client.getById(first)).isEqualTo(THING_V1);
        assertThat(client.getLatest("things-value")).isEqualTo(new RegisteredSchema(secondId, 2, second));
        assertThat(client.getId("things-value", THING_V1)).isEqualTo(first);
        assertThat(server.requests()).extracting(FakeConfluentRegistry.RecordedRequest::path)
                .contains("/schemas/ids/" + first, "/subjects/things-value/versions/latest", "/subjects/things-value");
    }

    @Test
    void shouldSendUserInfoAsBasicAuthWhenSourceIsUserInfo() {
        server.requireBasicAuth("alice:s3cret");
        final HttpSchemaRegistryClient client = client(Map.of(SchemaRegistryConfig.SCHEMA_REGISTRY_URL, server.url(),
                SchemaRegistryConfig.BASIC_AUTH_CREDENTIALS_SOURCE, "USER_INFO",
                SchemaRegistryConfig.BASIC_AUTH_USER_INFO, "alice:s3cret"));

        client.register("articles-value", Article.getClassSchema());

        assertThat(server.requests().get(0).authorization())
                .isEqualTo("Basic " + base64("alice:s3cret"));
    }

    @Test
    void shouldTakeCredentialsFromUrlAndKeepThemOutOfMessagesWhenSourceIsUrl() {
        server.requireBasicAuth("bob:pa ss");
        final HttpSchemaRegistryClient client =
                client("http://bob:pa%20ss@127.0.0.1:" + server.port());

        client.register("articles-value", Article.getClassSchema());

        assertThat(server.requests().get(0).authorization()).isEqualTo("Basic " + base64("bob:pa ss"));
        assertThat(client.location()).isEqualTo("http://127.0.0.1:" + server.port()).doesNotContain("bob");
    }

    @Test
    void shouldReportUnauthorizedWithReasonWhenCredentialsAreMissing() {
        server.requireBasicAuth("alice:s3cret");

        assertThatThrownBy(() -> client(server.url()).register("articles-value", Article.getClassSchema()))
                .isInstanceOf(SchemaRegistryException.class)
                .hasMessageContaining(server.url())
                .hasMessageContaining("articles-value")
                .hasMessageContaining("Unauthorized")
                .hasMessageContaining("HTTP 401");
    }

    @Test
    void shouldJoinPathPrefixWhenUrlHasOne() throws IOException {
        try (FakeConfluentRegistry apicurioLike = FakeConfluentRegistry.startWithPrefix(SCOPE + "-prefixed",
                "/apis/ccompat/v7")) {
            final int id = client(apicurioLike.url() + "/").register("articles-value", Article.getClassSchema());

            assertThat(apicurioLike.requests().get(0).path()).isEqualTo("/apis/ccompat/v7/subjects/articles-value/versions");
            assertThat(id).isEqualTo(1);
        }
    }

    @Test
    void shouldBlameRegistrySetupNotRecordWhenUrlLacksApiPrefix() throws IOException {
        try (FakeConfluentRegistry apicurioLike = FakeConfluentRegistry.startWithPrefix(SCOPE + "-prefixed",
                "/apis/ccompat/v7")) {
            final String urlWithoutPrefix = "http://127.0.0.1:" + apicurioLike.port();
            final SpecificAvroDeserializer<Article> deserializer = new SpecificAvroDeserializer<>(Article.class);
            deserializer.configure(Map.of(SchemaRegistryConfig.SCHEMA_REGISTRY_URL, urlWithoutPrefix), false);

            assertThatThrownBy(() -> deserializer.deserialize("articles", new byte[] {0, 0, 0, 0, 1, 0}))
                    .isExactlyInstanceOf(SchemaRegistryException.class)
                    .hasMessageContaining("is the Confluent API served at this URL?")
                    .hasMessageContaining("HTTP 404");
            assertThatThrownBy(() -> client(urlWithoutPrefix).isCompatible("articles-value", THING_V1))
                    .isInstanceOf(SchemaRegistryException.class)
                    .hasMessageContaining("check compatibility");
        }
    }

    @Test
    void shouldBlameRecordWhenRegistryDoesNotKnowItsSchemaId() {
        final SpecificAvroDeserializer<Article> deserializer = new SpecificAvroDeserializer<>(Article.class);
        deserializer.configure(Map.of(SchemaRegistryConfig.SCHEMA_REGISTRY_URL, server.url()), false);

        assertThatThrownBy(() -> deserializer.deserialize("articles", new byte[] {0, 0, 0, 0, 77, 0}))
                .isInstanceOf(org.apache.kafka.common.errors.SerializationException.class)
                .hasMessageContaining("schema id 77 not found in registry " + server.url());
    }

    @Test
    void shouldEncodeSubjectWhenItHasReservedCharacters() {
        final int id = client(server.url()).register("news items/v2-value", THING_V1);

        assertThat(server.requests().get(0).path()).isEqualTo("/subjects/news%20items%2Fv2-value/versions");
        assertThat(server.registry().getId("news items/v2-value", THING_V1)).isEqualTo(id);
    }

    @Test
    void shouldNameUrlSubjectAndReasonWhenSchemaIsIncompatible() {
        final HttpSchemaRegistryClient client = client(server.url());
        client.register("things-value", THING_V1);

        assertThatThrownBy(() -> client.register("things-value", THING_WITHOUT_DEFAULT))
                .isInstanceOf(SchemaRegistryException.class)
                .hasMessageContaining("schema rejected as incompatible (409)")
                .hasMessageContaining(server.url())
                .hasMessageContaining("things-value")
                .hasMessageContaining("cannot read data written with the latest version")
                .satisfies(e -> assertThat(((SchemaRegistryException) e).errorCode()).isEqualTo(409));
    }

    @Test
    void shouldAnswerCompatibilityWhenAsked() {
        final HttpSchemaRegistryClient client = client(server.url());

        assertThat(client.isCompatible("things-value", THING_V1)).isTrue();
        client.register("things-value", THING_V1);
        assertThat(client.isCompatible("things-value", THING_WITHOUT_DEFAULT)).isFalse();
        assertThat(server.requests().get(server.requests().size() - 1).path())
                .isEqualTo("/compatibility/subjects/things-value/versions/latest");
    }

    @Test
    void shouldCarryNotFoundCodeWhenSchemaIdIsUnknown() {
        assertThatThrownBy(() -> client(server.url()).getById(42))
                .isInstanceOf(SchemaRegistryException.class)
                .hasMessageContaining("schema id 42")
                .hasMessageContaining("error code 40403")
                .satisfies(e -> assertThat(((SchemaRegistryException) e).isNotFound()).isTrue());
    }

    @Test
    void shouldQuoteRawBodyWhenErrorIsNotConfluentJson() {
        server.answerNext(1, 404, "<html>No registry here</html>");

        assertThatThrownBy(() -> client(server.url()).getLatest("articles-value"))
                .isInstanceOf(SchemaRegistryException.class)
                .hasMessageContaining("<html>No registry here</html>")
                .hasMessageContaining("HTTP 404")
                .satisfies(e -> assertThat(((SchemaRegistryException) e).isNotFound()).isTrue());
    }

    @Test
    void shouldComplainWhenSuccessfulAnswerHasNoId() {
        server.answerNext(1, 200, "{\"unexpected\":true}");

        assertThatThrownBy(() -> client(server.url()).register("articles-value", Article.getClassSchema()))
                .isInstanceOf(SchemaRegistryException.class)
                .hasMessageContaining("without a schema id")
                .hasMessageContaining("unexpected");
    }

    @Test
    void shouldComplainWhenSuccessfulAnswerIsNotJson() {
        server.answerNext(1, 200, "<html>login page</html>");

        assertThatThrownBy(() -> client(server.url()).getById(1))
                .isInstanceOf(SchemaRegistryException.class)
                .hasMessageContaining("not JSON")
                .hasMessageContaining("login page");
    }

    @ParameterizedTest
    @ValueSource(ints = {500, 503, 408, 429})
    void shouldRetryWhenRegistryAnswersTransientError(final int status) {
        server.failNext(2, status);

        final int id = client(server.url(), 3).register("articles-value", Article.getClassSchema());

        assertThat(server.requests()).hasSize(3);
        assertThat(id).isEqualTo(1);
    }

    @Test
    void shouldReportRegistryReasonWhenServerErrorsOutlastRetries() {
        server.failNext(5, 500);

        assertThatThrownBy(() -> client(server.url(), 1).register("articles-value", Article.getClassSchema()))
                .isInstanceOf(SchemaRegistryException.class)
                .hasMessageContaining("injected failure for the test")
                .hasMessageContaining("HTTP 500");
        assertThat(server.requests()).hasSize(2);
    }

    @Test
    void shouldReportUnreachableRegistryWhenNothingListens() throws IOException {
        final String deadUrl = "http://127.0.0.1:" + unusedPort();

        assertThatThrownBy(() -> client(deadUrl, 2).register("articles-value", Article.getClassSchema()))
                .isInstanceOf(SchemaRegistryException.class)
                .hasMessageContaining("registry unreachable at " + deadUrl)
                .hasMessageContaining("articles-value")
                .hasMessageContaining("3 attempts");
    }

    @Test
    void shouldReportUnreachableRegistryWhenItDoesNotAnswerInTime() {
        server.stall();
        final Map<String, Object> config = retryConfig(server.url(), 0);
        config.put(SchemaRegistryConfig.HTTP_READ_TIMEOUT_MS, 200);

        assertThatThrownBy(() -> client(config).getLatest("articles-value"))
                .isInstanceOf(SchemaRegistryException.class)
                .hasMessageContaining("registry unreachable at " + server.url())
                .hasRootCauseInstanceOf(java.net.http.HttpTimeoutException.class);
    }

    @Test
    void shouldUseNextUrlWhenFirstRegistryIsDown() throws IOException {
        final String urls = "http://127.0.0.1:" + unusedPort() + "," + server.url();

        final int id = client(urls, 0).register("states-value", StanceState.getClassSchema());

        assertThat(id).isEqualTo(server.registry().getId("states-value", StanceState.getClassSchema()));
    }

    @Test
    void shouldAskRegistryOnceWhenSerdeWritesAndReadsManyRecords() {
        final SpecificAvroSerde<Article> serde = SpecificAvroSerde.of(Article.class,
                Map.of(SchemaRegistryConfig.SCHEMA_REGISTRY_URL, server.url()), false);

        for (int i = 0; i < 20; i++) {
            final Article article = SampleRecords.article("a-" + i);
            assertThat(serde.deserializer().deserialize("articles", serde.serializer().serialize("articles", article)))
                    .isEqualTo(article);
        }

        assertThat(server.requests()).extracting(FakeConfluentRegistry.RecordedRequest::path)
                .containsExactly("/subjects/articles-value/versions");
    }

    private static HttpSchemaRegistryClient client(final String url) {
        return client(url, 0);
    }

    private static HttpSchemaRegistryClient client(final String url, final int retries) {
        return client(retryConfig(url, retries));
    }

    private static HttpSchemaRegistryClient client(final Map<String, Object> config) {
        return new HttpSchemaRegistryClient(new SchemaRegistryConfig(config));
    }

    private static Map<String, Object> retryConfig(final String url, final int retries) {
        final Map<String, Object> config = new HashMap<>();
        config.put(SchemaRegistryConfig.SCHEMA_REGISTRY_URL, url);
        config.put(SchemaRegistryConfig.MAX_RETRIES, retries);
        config.put(SchemaRegistryConfig.RETRIES_WAIT_MS, 1);
        return config;
    }

    private static String base64(final String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private static int unusedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
