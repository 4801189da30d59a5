package io.stancewatch.serde;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.avro.Schema;
import org.apache.avro.SchemaParseException;

/**
 * A small HTTP server speaking the Confluent Schema Registry REST API, backed by a
 * {@link MockSchemaRegistryClient} scope, so any Confluent-protocol client (ours, Confluent's own) can
 * talk to it in a test. It records every request, can demand basic auth, serve the API below a path
 * prefix, fail the next requests with a 5xx, or stall to provoke timeouts.
 */
final class FakeConfluentRegistry implements AutoCloseable {

    private static final Pattern REGISTER = Pattern.compile("/subjects/([^/]+)/versions");
    private static final Pattern LOOKUP = Pattern.compile("/subjects/([^/]+)");
    private static final Pattern LATEST = Pattern.compile("/subjects/([^/]+)/versions/latest");
    private static final Pattern BY_ID = Pattern.compile("/schemas/ids/(\\d+)");
    private static final Pattern COMPATIBILITY = Pattern.compile("/compatibility/subjects/([^/]+)/versions/latest");

    /** One request as the server received it. */
    record RecordedRequest(String method, String path, String authorization, String contentType, String body) {
    }

    private final ObjectMapper json = new ObjectMapper();
    private final HttpServer server;
    private final String prefix;
    private final String scope;
    private final MockSchemaRegistryClient registry;
    private final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();
    private final AtomicInteger scriptedLeft = new AtomicInteger();
    private final CountDownLatch released = new CountDownLatch(1);
    private volatile int scriptedStatus;
    private volatile String scriptedBody;
    private volatile String requiredAuthorization;
    private volatile boolean stalling;

    private FakeConfluentRegistry(final String scope, final String prefix) throws IOException {
        this.scope = scope;
        this.prefix = prefix;
        this.registry = MockSchemaRegistryClient.forScope(scope);
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext(prefix.isEmpty() ? "/" : prefix, this::handle);
        server.start();
    }

    /** A registry serving the API at the root, backed by the mock registry of {@code scope}. */
    static FakeConfluentRegistry start(final String scope) throws IOException {
        return new FakeConfluentRegistry(scope, "");
    }

    /** A registry serving the API below {@code prefix}, such as Apicurio's {@code /apis/ccompat/v7}. */
    static FakeConfluentRegistry startWithPrefix(final String scope, final String prefix) throws IOException {
        return new FakeConfluentRegistry(scope, prefix);
    }

    /** The base URL clients are configured with. */
    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + prefix;
    }

    int port() {
        return server.getAddress().getPort();
    }

    /** The registry behind the server, to prepare or inspect its contents. */
    MockSchemaRegistryClient registry() {
        return registry;
    }

    List<RecordedRequest> requests() {
        return List.copyOf(requests);
    }

    /** Answers 401 unless requests carry {@code Authorization: Basic base64(userInfo)}. */
    void requireBasicAuth(final String userInfo) {
        requiredAuthorization = "Basic " + java.util.Base64.getEncoder()
                .encodeToString(userInfo.getBytes(StandardCharsets.UTF_8));
    }

    /** Answers the next {@code count} requests with {@code status} and a Confluent error body. */
    void failNext(final int count, final int status) {
        answerNext(count, status, "{\"error_code\":50001,\"message\":\"injected failure for the test\"}");
    }

    /** Answers the next {@code count} requests with {@code status} and {@code body}, whatever they ask. */
    void answerNext(final int count, final int status, final String body) {
        scriptedStatus = status;
        scriptedBody = body;
        scriptedLeft.set(count);
    }

    /** Holds every request unanswered until {@link #close()}, so clients run into their timeouts. */
    void stall() {
        stalling = true;
    }

    @Override
    public void close() {
        released.countDown();
        server.stop(0);
        MockSchemaRegistryClient.dropScope(scope);
    }

    private void handle(final HttpExchange exchange) throws IOException {
        try (exchange) {
            final String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            final String rawPath = exchange.getRequestURI().getRawPath();
            requests.add(new RecordedRequest(exchange.getRequestMethod(),
                    rawPath + Optional.ofNullable(exchange.getRequestURI().getRawQuery()).map(q -> "?" + q).orElse(""),
                    exchange.getRequestHeaders().getFirst("Authorization"),
                    exchange.getRequestHeaders().getFirst("Content-Type"), body));
            if (stalling) {
                awaitRelease();
                return;
            }
            if (scriptedLeft.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                respond(exchange, scriptedStatus, scriptedBody.getBytes(StandardCharsets.UTF_8));
                return;
            }
            if (requiredAuthorization != null
                    && !requiredAuthorization.equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
                respondError(exchange, 401, 401, "Unauthorized");
                return;
            }
            route(exchange, exchange.getRequestMethod(), rawPath.substring(prefix.length()), body);
        }
    }

    private void route(final HttpExchange exchange, final String method, final String path, final String body)
            throws IOException {
        try {
            Matcher m;
            if (method.equals("POST") && (m = REGISTER.matcher(path)).matches()) {
                final int id = registry.register(decode(m.group(1)), parse(body));
                respond(exchange, 200, json.createObjectNode().put("id", id));
            } else if (method.equals("POST") && (m = COMPATIBILITY.matcher(path)).matches()) {
                final String subject = decode(m.group(1));
                registry.getLatest(subject);
                respond(exchange, 200, json.createObjectNode()
                        .put("is_compatible", registry.isCompatible(subject, parse(body))));
            } else if (method.equals("POST") && (m = LOOKUP.matcher(path)).matches()) {
                final String subject = decode(m.group(1));
                final Schema schema = parse(body);
                final int id = registry.getId(subject, schema);
                final RegisteredSchema version = registry.versions(subject).stream()
                        .filter(v -> v.id() == id).findFirst().orElseThrow();
                respond(exchange, 200, versionNode(subject, version));
            } else if (method.equals("GET") && (m = LATEST.matcher(path)).matches()) {
                final String subject = decode(m.group(1));
                respond(exchange, 200, versionNode(subject, registry.getLatest(subject)));
            } else if (method.equals("GET") && (m = BY_ID.matcher(path)).matches()) {
                final Schema schema = registry.getById(Integer.parseInt(m.group(1)));
                respond(exchange, 200, json.createObjectNode().put("schema", schema.toString()));
            } else {
                respondError(exchange, 404, 404, "HTTP 404 Not Found: " + method + " " + path);
            }
        } catch (final SchemaRegistryException e) {
            respondError(exchange, e.httpStatus(), e.errorCode(), e.getMessage());
        } catch (final SchemaParseException e) {
            respondError(exchange, 422, SchemaRegistryException.INVALID_SCHEMA, "Invalid schema: " + e.getMessage());
        }
    }

    private ObjectNode versionNode(final String subject, final RegisteredSchema version) {
        return json.createObjectNode().put("subject", subject).put("id", version.id())
                .put("version", version.version()).put("schema", version.schema().toString());
    }

    private Schema parse(final String body) throws IOException {
        final JsonNode request = json.readTree(body);
        return new Schema.Parser().parse(request.path("schema").asText());
    }

    private void respondError(final HttpExchange exchange, final int status, final int errorCode,
                              final String message) throws IOException {
        respond(exchange, status, json.createObjectNode().put("error_code", errorCode).put("message", message));
    }

    private void respond(final HttpExchange exchange, final int status, final JsonNode answer) throws IOException {
        respond(exchange, status, json.writeValueAsBytes(answer));
    }

    private void respond(final HttpExchange exchange, final int status, final byte[] bytes) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "application/vnd.schemaregistry.v1+json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private void awaitRelease() {
        try {
            released.await();
        } catch (final InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String decode(final String segment) {
        return URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8);
    }
}
