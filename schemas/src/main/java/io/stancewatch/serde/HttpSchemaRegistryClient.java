package io.stancewatch.serde;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.avro.Schema;
import org.apache.avro.SchemaParseException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Talks the Confluent Schema Registry REST API over HTTP (Confluent, Apicurio's {@code ccompat} API,
 * Redpanda, Karapace). Not caching: {@link SchemaRegistryClients} wraps it in a cache.
 *
 * <p>URLs are tried in order. A connection failure, timeout, 5xx, 408 or 429 answer moves on to the next URL; when
 * all failed, the round is retried after a doubling wait, at most {@code max.retries} times. A 4xx answer
 * is final and reported with the registry's own reason.
 */
public final class HttpSchemaRegistryClient implements SchemaRegistryClient {

    private static final Logger LOG = LoggerFactory.getLogger(HttpSchemaRegistryClient.class);
    private static final String CONTENT_TYPE = "application/vnd.schemaregistry.v1+json";
    private static final String ACCEPT = "application/vnd.schemaregistry.v1+json, "
            + "application/vnd.schemaregistry+json; qs=0.9, application/json; qs=0.5";
    private static final int MAX_BODY_IN_MESSAGE = 300;

    private final ObjectMapper json = new ObjectMapper();
    private final List<RegistryEndpoint> endpoints;
    private final HttpClient http;
    private final Duration requestTimeout;
    private final int maxRetries;
    private final Duration retryWait;
    private final Duration retryMaxWait;

    /** A client for the registries of {@code config}, which must not be a {@code mock://} URL. */
    public HttpSchemaRegistryClient(final SchemaRegistryConfig config) {
        if (config.isMock()) {
            throw new IllegalArgumentException("HttpSchemaRegistryClient needs http(s) URLs, not " + config.urls());
        }
        this.endpoints = config.urls().stream()
                .map(url -> RegistryEndpoint.of(url, config.userInfoCredentials(), config.credentialsFromUrl()))
                .toList();
        this.http = HttpClient.newBuilder().connectTimeout(config.connectTimeout()).build();
        this.requestTimeout = config.requestTimeout();
        this.maxRetries = config.maxRetries();
        this.retryWait = config.retryWait();
        this.retryMaxWait = config.retryMaxWait();
    }

    @Override
    public int register(final String subject, final Schema schema) {
        final RegistryCall call = RegistryCall.post("register a schema", subject,
                "/subjects/" + encode(subject) + "/versions", schemaBody(schema));
        return requiredId(send(call), call);
    }

    @Override
    public Schema getById(final int id) {
        final JsonNode answer = send(RegistryCall.get("fetch schema id " + id, null, "/schemas/ids/" + id));
        return parseSchema(answer, "schema id " + id);
    }

    @Override
    public RegisteredSchema getLatest(final String subject) {
        final RegistryCall call = RegistryCall.get("fetch the latest version", subject,
                "/subjects/" + encode(subject) + "/versions/latest");
        final JsonNode answer = send(call);
        return new RegisteredSchema(requiredId(answer, call), answer.path("version").asInt(),
                parseSchema(answer, "the latest version of subject " + subject));
    }

    @Override
    public int getId(final String subject, final Schema schema) {
        final RegistryCall call =
                RegistryCall.post("look up a schema", subject, "/subjects/" + encode(subject), schemaBody(schema));
        return requiredId(send(call), call);
    }

    @Override
    public boolean isCompatible(final String subject, final Schema schema) {
        try {
            return send(RegistryCall.post("check compatibility", subject,
                    "/compatibility/subjects/" + encode(subject) + "/versions/latest", schemaBody(schema)))
                    .path("is_compatible").asBoolean(false);
        } catch (final SchemaRegistryException e) {
            if (e.errorCode() == SchemaRegistryException.SUBJECT_NOT_FOUND
                    || e.errorCode() == SchemaRegistryException.VERSION_NOT_FOUND) {
                // A subject without versions accepts any first schema.
                return true;
            }
            throw e;
        }
    }

    @Override
    public String location() {
        return endpoints.stream().map(RegistryEndpoint::baseUrl).collect(Collectors.joining(","));
    }

    private JsonNode send(final RegistryCall call) {
        Exception lastFailure = null;
        for (int attempt = 0; attempt <= maxRetries; attempt++) {
            if (attempt > 0) {
                pause(attempt, call);
            }
            for (final RegistryEndpoint endpoint : endpoints) {
                try {
                    return sendOnce(call, endpoint);
                } catch (final IOException | RetryableAnswer e) {
                    lastFailure = e;
                    LOG.warn("Schema registry {} failed to {} (attempt {} of {}): {}", endpoint, call.action(),
                            attempt + 1, maxRetries + 1, e.toString());
                } catch (final InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new SchemaRegistryException("interrupted while asking registry " + endpoint + " to "
                            + call.action(), e);
                }
            }
        }
        if (lastFailure instanceof RetryableAnswer answer) {
            throw answer.toException();
        }
        throw new SchemaRegistryException("registry unreachable at " + location() + " (could not "
                + call.action() + call.forSubject() + " after " + (maxRetries + 1) + " attempts): "
                + lastFailure, lastFailure);
    }

    private JsonNode sendOnce(final RegistryCall call, final RegistryEndpoint endpoint)
            throws IOException, InterruptedException, RetryableAnswer {
        final HttpRequest.Builder request = HttpRequest.newBuilder(endpoint.resolve(call.path()))
                .timeout(requestTimeout)
                .header("Accept", ACCEPT);
        endpoint.authorization().ifPresent(value -> request.header("Authorization", value));
        if (call.body() == null) {
            request.GET();
        } else {
            request.header("Content-Type", CONTENT_TYPE)
                    .POST(HttpRequest.BodyPublishers.ofString(call.body(), StandardCharsets.UTF_8));
        }
        final HttpResponse<String> response =
                http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        final int status = response.statusCode();
        if (status >= 200 && status < 300) {
            return readJson(response.body(), endpoint, call);
        }
        final SchemaRegistryException failure = errorOf(response, endpoint, call);
        if (status >= 500 || status == 408 || status == 429) {
            throw new RetryableAnswer(failure);
        }
        throw failure;
    }

    private SchemaRegistryException errorOf(final HttpResponse<String> response, final RegistryEndpoint endpoint,
                                            final RegistryCall call) {
        final int status = response.statusCode();
        int errorCode = status;
        String reason = abbreviate(response.body());
        try {
            final JsonNode error = json.readTree(response.body());
            if (error != null && error.isObject()) {
                errorCode = error.path("error_code").asInt(status);
                reason = error.path("message").asText(reason);
            }
        } catch (final JsonProcessingException e) {
            // Not Confluent's error body (a proxy's HTML page, say): the raw text is the best reason we have.
        }
        if (status == 409) {
            return new SchemaRegistryException("schema rejected as incompatible (409) by registry " + endpoint
                    + call.forSubject() + ": " + reason, errorCode, status);
        }
        final String hint = status == 404 && errorCode == 404
                ? "; is the Confluent API served at this URL? (Apicurio serves it below /apis/ccompat/v7)"
                : "";
        return new SchemaRegistryException("registry " + endpoint + " could not " + call.action()
                + call.forSubject() + ": " + reason + " (error code " + errorCode + ", HTTP " + status + ")" + hint,
                errorCode, status);
    }

    private JsonNode readJson(final String body, final RegistryEndpoint endpoint, final RegistryCall call) {
        try {
            return json.readTree(body);
        } catch (final JsonProcessingException e) {
            throw new SchemaRegistryException("registry " + endpoint + " answered the request to " + call.action()
                    + call.forSubject() + " with something that is not JSON: " + abbreviate(body), e);
        }
    }

    private int requiredId(final JsonNode answer, final RegistryCall call) {
        final JsonNode id = answer.get("id");
        if (id == null || !id.canConvertToInt()) {
            throw new SchemaRegistryException("registry " + location() + " answered the request to " + call.action()
                    + call.forSubject() + " without a schema id: " + abbreviate(answer.toString()),
                    SchemaRegistryException.NO_ERROR_CODE, 200);
        }
        return id.asInt();
    }

    private Schema parseSchema(final JsonNode answer, final String what) {
        final String schemaType = answer.path("schemaType").asText("AVRO");
        if (!"AVRO".equals(schemaType)) {
            throw new SchemaRegistryException(what + " in registry " + location() + " is a " + schemaType
                    + " schema, not Avro", SchemaRegistryException.INVALID_SCHEMA, 200);
        }
        final JsonNode schemaText = answer.get("schema");
        if (schemaText == null || !schemaText.isTextual()) {
            throw new SchemaRegistryException("registry " + location() + " returned no schema for " + what,
                    SchemaRegistryException.INVALID_SCHEMA, 200);
        }
        try {
            return new Schema.Parser().parse(schemaText.asText());
        } catch (final SchemaParseException e) {
            throw new SchemaRegistryException(what + " in registry " + location() + " is not a valid Avro schema: "
                    + e.getMessage(), e);
        }
    }

    private String schemaBody(final Schema schema) {
        final ObjectNode body = json.createObjectNode().put("schema", schema.toString());
        return body.toString();
    }

    private void pause(final int attempt, final RegistryCall call) {
        final long doubled = retryWait.toMillis() << Math.min(attempt - 1, 20);
        final long waitMillis = Math.min(doubled, retryMaxWait.toMillis());
        try {
            Thread.sleep(waitMillis);
        } catch (final InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SchemaRegistryException("interrupted while waiting to retry to " + call.action()
                    + " at " + location(), e);
        }
    }

    private static String encode(final String pathSegment) {
        return URLEncoder.encode(pathSegment, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String abbreviate(final String text) {
        final String trimmed = text == null ? "" : text.strip();
        return trimmed.length() <= MAX_BODY_IN_MESSAGE ? trimmed : trimmed.substring(0, MAX_BODY_IN_MESSAGE) + "...";
    }

    /** One REST request: what it is for (for messages), its subject if any, path and JSON body. */
    private record RegistryCall(String action, String subject, String path, String body) {

        static RegistryCall get(final String action, final String subject, final String path) {
            return new RegistryCall(action, subject, path, null);
        }

        static RegistryCall post(final String action, final String subject, final String path, final String body) {
            return new RegistryCall(action, subject, path, body);
        }

        String forSubject() {
            return Optional.ofNullable(subject).map(s -> " for subject " + s).orElse("");
        }
    }

    /** A 5xx, 408 or 429 answer: worth another URL or another attempt; reported as is when none is left. */
    private static final class RetryableAnswer extends Exception {
        private static final long serialVersionUID = 1L;

        private final transient SchemaRegistryException failure;

        RetryableAnswer(final SchemaRegistryException failure) {
            super(failure.getMessage(), null, false, false);
            this.failure = failure;
        }

        SchemaRegistryException toException() {
            return failure;
        }
    }
}
