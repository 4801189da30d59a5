package io.stancewatch.app.embedded;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Sets and checks a schema registry's global compatibility level through the Confluent API
 * ({@code PUT/GET <url>/config}). Apicurio Registry starts with {@code NONE}; StanceWatch wants
 * {@code BACKWARD}, so consumers on the new schema can read every record already on a topic.
 */
public final class RegistryCompatibility {

    /** The level StanceWatch runs its registries with. */
    public static final String BACKWARD = "BACKWARD";
    private static final String CONTENT_TYPE = "application/vnd.schemaregistry.v1+json";
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);
    private static final ObjectMapper JSON = new ObjectMapper();

    private RegistryCompatibility() {
    }

    /**
     * Sets the global compatibility of the registry at {@code registryUrl} (the Confluent API root, e.g.
     * {@code http://127.0.0.1:8081/apis/ccompat/v7}) to {@code level}, then reads it back.
     *
     * @throws EmbeddedStackException when the registry refuses or reports another level afterwards
     */
    public static void requireGlobalLevel(final HttpClient http, final String registryUrl, final String level) {
        final URI config = URI.create(registryUrl + "/config");
        final HttpResponse<String> update = send(http, HttpRequest.newBuilder(config)
                .timeout(REQUEST_TIMEOUT)
                .header("Content-Type", CONTENT_TYPE)
                .PUT(HttpRequest.BodyPublishers.ofString(JSON.createObjectNode().put("compatibility", level).toString()))
                .build());
        if (update.statusCode() != 200) {
            throw new EmbeddedStackException("Schema registry " + registryUrl + " refused compatibility " + level
                    + ": HTTP " + update.statusCode() + " " + update.body());
        }
        final String reported = globalLevel(http, registryUrl);
        if (!level.equals(reported)) {
            throw new EmbeddedStackException("Schema registry " + registryUrl + " reports compatibility " + reported
                    + " after it was set to " + level);
        }
    }

    /** The registry's global compatibility level as {@code GET <url>/config} reports it. */
    public static String globalLevel(final HttpClient http, final String registryUrl) {
        final HttpResponse<String> response = send(http, HttpRequest.newBuilder(URI.create(registryUrl + "/config"))
                .timeout(REQUEST_TIMEOUT)
                .header("Accept", CONTENT_TYPE)
                .GET()
                .build());
        if (response.statusCode() != 200) {
            throw new EmbeddedStackException("Schema registry " + registryUrl + " did not return its config: HTTP "
                    + response.statusCode() + " " + response.body());
        }
        try {
            final JsonNode body = JSON.readTree(response.body());
            // Confluent answers a GET with "compatibilityLevel"; accept the PUT spelling too.
            final JsonNode level = body.has("compatibilityLevel") ? body.get("compatibilityLevel") : body.get("compatibility");
            if (level == null || !level.isTextual()) {
                throw new EmbeddedStackException("Schema registry " + registryUrl + " returned a config without a "
                        + "compatibility level: " + response.body());
            }
            return level.asText();
        } catch (IOException e) {
            throw new EmbeddedStackException("Schema registry " + registryUrl + " returned a config that is not JSON: "
                    + response.body(), e);
        }
    }

    private static HttpResponse<String> send(final HttpClient http, final HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new EmbeddedStackException("Schema registry request " + request.method() + " " + request.uri()
                    + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EmbeddedStackException("Interrupted during " + request.method() + " " + request.uri(), e);
        }
    }
}
