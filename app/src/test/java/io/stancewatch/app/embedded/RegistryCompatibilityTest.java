package io.stancewatch.app.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Against an in-test HTTP server that answers {@code /config} as told. */
class RegistryCompatibilityTest {

    private final HttpClient http = HttpClient.newHttpClient();
    private final List<String> requests = new ArrayList<>();
    private HttpServer server;

    @AfterEach
    void stopServer() {
        if (server != null) {
            server.stop(0);
        }
    }

    @Test
    void shouldPutTheLevelThenReadItBackWhenRegistryAccepts() throws IOException {
        final String url = registry(200, "{\"compatibility\":\"BACKWARD\"}", "{\"compatibilityLevel\":\"BACKWARD\"}");

        RegistryCompatibility.requireGlobalLevel(http, url, RegistryCompatibility.BACKWARD);

        assertThat(requests).containsExactly("PUT /api/config {\"compatibility\":\"BACKWARD\"}", "GET /api/config ");
    }

    @Test
    void shouldNameStatusAndBodyWhenRegistryRefusesTheLevel() throws IOException {
        final String url = registry(422, "{\"error_code\":42203,\"message\":\"Invalid compatibility level\"}", "{}");

        assertThatThrownBy(() -> RegistryCompatibility.requireGlobalLevel(http, url, "BACKWARD"))
                .isInstanceOf(EmbeddedStackException.class)
                .hasMessageContaining("refused compatibility BACKWARD")
                .hasMessageContaining("HTTP 422")
                .hasMessageContaining("Invalid compatibility level");
    }

    @Test
    void shouldNameBothLevelsWhenRegistryReportsAnotherLevelAfterwards() throws IOException {
        final String url = registry(200, "{}", "{\"compatibilityLevel\":\"NONE\"}");

        assertThatThrownBy(() -> RegistryCompatibility.requireGlobalLevel(http, url, "BACKWARD"))
                .isInstanceOf(EmbeddedStackException.class)
                .hasMessageContaining("reports compatibility NONE after it was set to BACKWARD");
    }

    @Test
    void shouldQuoteTheBodyWhenConfigHasNoLevel() throws IOException {
        final String url = registry(200, "{}", "{\"unexpected\":true}");

        assertThatThrownBy(() -> RegistryCompatibility.globalLevel(http, url))
                .isInstanceOf(EmbeddedStackException.class)
                .hasMessageContaining("without a compatibility level")
                .hasMessageContaining("{\"unexpected\":true}");
    }

    /** Serves {@code /api/config}: PUT answers {@code putStatus}/{@code putBody}, GET answers 200/{@code getBody}. */
    private String registry(final int putStatus, final String putBody, final String getBody) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getByName(LoopbackPorts.LOOPBACK_HOST), 0), 0);
        server.createContext("/api/config", exchange -> {
            final String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            requests.add(exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath() + " " + body);
            if ("PUT".equals(exchange.getRequestMethod())) {
                answer(exchange, putStatus, putBody);
            } else {
                answer(exchange, 200, getBody);
            }
        });
        server.start();
        return "http://" + LoopbackPorts.LOOPBACK_HOST + ":" + server.getAddress().getPort() + "/api";
    }

    private static void answer(final HttpExchange exchange, final int status, final String body) throws IOException {
        final byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
