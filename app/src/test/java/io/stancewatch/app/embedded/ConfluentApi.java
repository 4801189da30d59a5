package io.stancewatch.app.embedded;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Plain HTTP calls to a registry's Confluent API, so tests check the registry without our own client. */
final class ConfluentApi {

    private static final String CONTENT_TYPE = "application/vnd.schemaregistry.v1+json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newHttpClient();
    private final String url;

    ConfluentApi(final String url) {
        this.url = url;
    }

    /** {@code POST /subjects/{subject}/versions}: the raw response, so tests can check refusals. */
    HttpResponse<String> register(final String subject, final String avroSchema) {
        final String body = JSON.createObjectNode().put("schema", avroSchema).toString();
        return send(HttpRequest.newBuilder(URI.create(url + "/subjects/" + subject + "/versions"))
                .header("Content-Type", CONTENT_TYPE)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
    }

    /** Registers and returns the schema id, failing on anything but HTTP 200. */
    int registerAndGetId(final String subject, final String avroSchema) {
        return field(expectOk(register(subject, avroSchema)), "id").asInt();
    }

    /** {@code GET /schemas/ids/{id}}: the schema text. */
    String schemaById(final int id) {
        return field(expectOk(get("/schemas/ids/" + id)), "schema").asText();
    }

    /** {@code GET /subjects/{subject}/versions/latest}: the latest version's schema id. */
    int latestId(final String subject) {
        return field(expectOk(get("/subjects/" + subject + "/versions/latest")), "id").asInt();
    }

    private HttpResponse<String> get(final String path) {
        return send(HttpRequest.newBuilder(URI.create(url + path)).header("Accept", CONTENT_TYPE).GET().build());
    }

    private HttpResponse<String> send(final HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(request.method() + " " + request.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted during " + request.uri(), e);
        }
    }

    private static HttpResponse<String> expectOk(final HttpResponse<String> response) {
        if (response.statusCode() != 200) {
            throw new IllegalStateException(response.request().method() + " " + response.request().uri()
                    + " answered HTTP " + response.statusCode() + ": " + response.body());
        }
        return response;
    }

    private static JsonNode field(final HttpResponse<String> response, final String name) {
        try {
            final JsonNode value = JSON.readTree(response.body()).get(name);
            if (value == null) {
                throw new IllegalStateException("No '" + name + "' in " + response.body());
            }
            return value;
        } catch (IOException e) {
            throw new IllegalStateException("Not JSON: " + response.body(), e);
        }
    }
}
