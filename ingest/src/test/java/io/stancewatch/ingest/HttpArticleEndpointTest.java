package io.stancewatch.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.stancewatch.schemas.Article;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class HttpArticleEndpointTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_REQUEST_BYTES = 4096;

    private final HttpClient http = HttpClient.newHttpClient();
    private MockProducer<String, Article> mock;
    private HttpArticleEndpoint endpoint;

    @AfterEach
    void stop() {
        if (endpoint != null) {
            endpoint.close();
        }
    }

    @Test
    void shouldStoreEveryArticleAndAnswer200WhenEveryLineIsValid() throws Exception {
        start(true);

        final HttpResponse<String> response = post(ArticleLines.valid("a") + "\n" + ArticleLines.valid("b") + "\n");

        assertThat(response.statusCode()).isEqualTo(200);
        final JsonNode report = JSON.readTree(response.body());
        assertThat(report.get("sent").asLong()).isEqualTo(2);
        assertThat(report.get("rejected").asLong()).isZero();
        assertThat(mock.history()).extracting(record -> record.key()).containsExactly("a", "b");
    }

    @Test
    void shouldNameLineAndFieldAndStillSendValidLinesWhenSomeLinesAreBad() throws Exception {
        start(true);
        final String badDate = ArticleLines.validObject("c").put("publishedAt", "yesterday").toString();

        final HttpResponse<String> response = post(String.join("\n", ArticleLines.valid("a"), badDate, "{oops"));

        assertThat(response.statusCode()).isEqualTo(422);
        final JsonNode report = JSON.readTree(response.body());
        assertThat(report.get("sent").asLong()).isEqualTo(1);
        assertThat(report.get("rejected").asLong()).isEqualTo(2);
        assertThat(report.get("rejections").get(0).get("line").asLong()).isEqualTo(2);
        assertThat(report.get("rejections").get(0).get("field").asText()).isEqualTo("publishedAt");
        assertThat(report.get("rejections").get(1).get("message").asText()).startsWith("request:3 (line): malformed JSON");
        assertThat(mock.history()).extracting(record -> record.key()).containsExactly("a");
    }

    @Test
    void shouldAnswer503WithTheReasonWhenTheBrokerDoesNotAcknowledge() throws Exception {
        start(false);
        final Thread broker = new Thread(() -> {
            while (!mock.errorNext(new TimeoutException("broker unreachable"))) {
                Thread.onSpinWait();
            }
        });
        broker.start();

        final HttpResponse<String> response = post(ArticleLines.valid("a"));
        broker.join();

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.headers().firstValue("Retry-After")).isPresent();
        final JsonNode report = JSON.readTree(response.body());
        assertThat(report.get("failed").asLong()).isEqualTo(1);
        assertThat(report.get("failures").get(0).asText()).contains("article a not delivered", "broker unreachable");
    }

    @Test
    void shouldSendNothingAndAnswer413WhenTheBodyIsOverTheLimit() throws Exception {
        start(true);
        final StringBuilder body = new StringBuilder();
        while (body.length() <= MAX_REQUEST_BYTES) {
            body.append(ArticleLines.valid("id-" + body.length())).append('\n');
        }

        final HttpResponse<String> response = post(body.toString());

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(JSON.readTree(response.body()).get("error").asText()).contains("over the limit of 4096 bytes");
        assertThat(mock.history()).isEmpty();
    }

    @Test
    void shouldAnswer400WhenTheBodyHoldsNoArticle() throws Exception {
        start(true);

        final HttpResponse<String> response = post("\n  \n");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(response.body()).get("error").asText()).contains("no article");
    }

    @Test
    void shouldRefuseOtherMethodsAndPathsAndAnswerHealth() throws Exception {
        start(true);

        final HttpResponse<String> get = http.send(request("/articles").GET().build(), HttpResponse.BodyHandlers.ofString());
        final HttpResponse<String> elsewhere = http.send(request("/feeds").POST(HttpRequest.BodyPublishers.ofString("{}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        final HttpResponse<String> health = http.send(request("/health").GET().build(), HttpResponse.BodyHandlers.ofString());

        assertThat(get.statusCode()).isEqualTo(405);
        assertThat(get.headers().firstValue("Allow")).hasValue("POST");
        assertThat(elsewhere.statusCode()).isEqualTo(404);
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(mock.history()).isEmpty();
    }

    private void start(final boolean autoComplete) throws IOException {
        mock = new MockProducer<>(autoComplete, null, new StringSerializer(), (topic, article) -> new byte[0]);
        endpoint = HttpArticleEndpoint.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
                new ArticleLineParser(1000, Clock.systemUTC()), new ArticleProducer(mock, "articles"),
                MAX_REQUEST_BYTES, Duration.ofSeconds(30));
    }

    private HttpResponse<String> post(final String body) throws IOException, InterruptedException {
        return http.send(request(HttpArticleEndpoint.ARTICLES_PATH)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(final String path) {
        final InetSocketAddress address = endpoint.address();
        return HttpRequest.newBuilder(URI.create("http://" + address.getHostString() + ":" + address.getPort() + path));
    }
}
