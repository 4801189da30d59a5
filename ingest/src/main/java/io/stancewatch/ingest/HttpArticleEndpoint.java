package io.stancewatch.ingest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.stancewatch.schemas.Article;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes articles over HTTP: {@code POST /articles} with one JSON article per line (the same lines as a feed
 * file), answered once the broker has acknowledged every valid one, so a client that got a 200 knows its
 * articles are stored. {@code GET /health} answers 200 while the endpoint runs.
 *
 * <p>Answers, always with a JSON body {@code {read, sent, rejected, failed, rejections[], failures[]}}:
 * <ul>
 *   <li>200: every line was a valid article and is stored;</li>
 *   <li>422: some lines were not articles (each named by line and field in {@code rejections}); the valid
 *       lines of the same request were still sent and stored;</li>
 *   <li>503 with {@code Retry-After}: a valid article could not be stored (broker or registry down); resending
 *       the request is safe, as the processor drops an article id it has already seen;</li>
 *   <li>400 for a request without a line, 413 for a body over the limit (nothing is sent), 404 and 405 for
 *       other paths and methods.</li>
 * </ul>
 *
 * <p>Bodies are read whole before anything is sent, bounded by {@code maxRequestBytes}, so a request is
 * never half sent because it was too long; a few handler threads bound the memory held at once.
 */
public final class HttpArticleEndpoint implements AutoCloseable {

    /** The path articles are posted to. */
    public static final String ARTICLES_PATH = "/articles";
    /** The path of the liveness check. */
    public static final String HEALTH_PATH = "/health";
    /** The origin named in rejections: {@code request:3 publishedAt: ...}. */
    static final String REQUEST_ORIGIN = "request";

    private static final Logger LOG = LoggerFactory.getLogger(HttpArticleEndpoint.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int HANDLER_THREADS = 4;
    private static final int RETRY_AFTER_SECONDS = 5;

    private final HttpServer server;
    private final ExecutorService handlers;
    private final ArticleJsonReader reader;
    private final ArticleProducer producer;
    private final long maxRequestBytes;
    private final Duration deliveryWait;

    private HttpArticleEndpoint(final HttpServer server, final ExecutorService handlers,
                                final ArticleJsonReader reader, final ArticleProducer producer,
                                final long maxRequestBytes, final Duration deliveryWait) {
        this.server = server;
        this.handlers = handlers;
        this.reader = reader;
        this.producer = producer;
        this.maxRequestBytes = maxRequestBytes;
        this.deliveryWait = deliveryWait;
    }

    /**
     * Starts listening.
     *
     * @param address where to listen; port 0 picks a free port ({@link #address()} tells which)
     * @param parser validates each line, with its body limit
     * @param producer sends the valid articles; not closed by {@link #close()}
     * @param maxRequestBytes the largest request body accepted, in bytes
     * @param deliveryWait how long a request waits for the broker's acknowledgements before it answers 503;
     *     at least the producer's {@code delivery.timeout.ms}, so an answer reflects the producer's verdict
     * @throws IOException if the address cannot be bound
     */
    public static HttpArticleEndpoint start(final InetSocketAddress address, final ArticleLineParser parser,
                                            final ArticleProducer producer, final long maxRequestBytes,
                                            final Duration deliveryWait) throws IOException {
        if (maxRequestBytes < 1) {
            throw new IllegalArgumentException("maxRequestBytes must be at least 1, was " + maxRequestBytes);
        }
        final HttpServer server = HttpServer.create(address, 0);
        final AtomicInteger threads = new AtomicInteger();
        final ExecutorService handlers = Executors.newFixedThreadPool(HANDLER_THREADS, task -> {
            final Thread thread = new Thread(task, "stancewatch-http-ingest-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        final HttpArticleEndpoint endpoint = new HttpArticleEndpoint(server, handlers,
                new ArticleJsonReader(parser), Objects.requireNonNull(producer, "producer"), maxRequestBytes,
                Objects.requireNonNull(deliveryWait, "deliveryWait"));
        server.createContext("/", endpoint::handle);
        server.setExecutor(handlers);
        server.start();
        return endpoint;
    }

    /** The address the endpoint listens on, with the port actually bound. */
    public InetSocketAddress address() {
        return server.getAddress();
    }

    /** Stops accepting requests, lets those in progress finish for up to a second, and stops the threads. */
    @Override
    public void close() {
        server.stop(1);
        handlers.shutdown();
    }

    private void handle(final HttpExchange exchange) throws IOException {
        try (exchange) {
            final String path = exchange.getRequestURI().getPath();
            final String method = exchange.getRequestMethod();
            if (HEALTH_PATH.equals(path)) {
                answer(exchange, 200, JSON.createObjectNode().put("status", "UP"));
            } else if (!ARTICLES_PATH.equals(path)) {
                answer(exchange, 404, error("no such path " + path + "; post articles to " + ARTICLES_PATH));
            } else if (!"POST".equals(method)) {
                exchange.getResponseHeaders().set("Allow", "POST");
                answer(exchange, 405, error(method + " is not allowed on " + ARTICLES_PATH + "; use POST"));
            } else {
                ingest(exchange);
            }
        } catch (final IOException | RuntimeException e) {
            // A client that went away mid-request: nothing to answer, the server goes on.
            LOG.warn("HTTP ingest request failed: {}", e.toString());
        }
    }

    private void ingest(final HttpExchange exchange) throws IOException {
        final byte[] body = readBounded(exchange.getRequestBody());
        if (body == null) {
            answer(exchange, 413, error("request body is over the limit of " + maxRequestBytes
                    + " bytes; send fewer articles per request"));
            return;
        }
        final RequestVisitor visitor = new RequestVisitor();
        final long read = reader.read(new ByteArrayInputStream(body), REQUEST_ORIGIN, visitor);
        if (read == 0) {
            answer(exchange, 400, error("request body holds no article; send one JSON article per line"));
            return;
        }
        final List<String> failures = visitor.awaitDeliveries();
        final ObjectNode report = JSON.createObjectNode()
                .put("read", read)
                .put("sent", visitor.deliveries.size() - failures.size())
                .put("rejected", visitor.rejectedLines)
                .put("failed", failures.size());
        final ArrayNode rejections = report.putArray("rejections");
        visitor.rejections.forEach(rejection -> rejections.addObject()
                .put("line", rejection.lineNumber())
                .put("field", rejection.field())
                .put("reason", rejection.reason())
                .put("message", rejection.message()));
        final ArrayNode failed = report.putArray("failures");
        failures.forEach(failed::add);
        if (!failures.isEmpty()) {
            exchange.getResponseHeaders().set("Retry-After", Integer.toString(RETRY_AFTER_SECONDS));
            answer(exchange, 503, report);
        } else {
            answer(exchange, visitor.rejectedLines == 0 ? 200 : 422, report);
        }
    }

    /** The whole body, or null when it is longer than the limit (read no further than that). */
    private byte[] readBounded(final InputStream in) throws IOException {
        final byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxRequestBytes + 1));
        return bytes.length > maxRequestBytes ? null : bytes;
    }

    private static ObjectNode error(final String message) {
        return JSON.createObjectNode().put("error", message);
    }

    private static void answer(final HttpExchange exchange, final int status, final ObjectNode body)
            throws IOException {
        final byte[] bytes = JSON.writeValueAsBytes(body);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    /** Sends the valid articles of one request and keeps its rejections, for that request's answer. */
    private final class RequestVisitor implements ArticleVisitor {
        private final List<CompletableFuture<Void>> deliveries = new ArrayList<>();
        private final List<Rejection> rejections = new ArrayList<>();
        private long rejectedLines;

        @Override
        public void onArticle(final Article article) {
            deliveries.add(producer.send(article));
        }

        @Override
        public void onRejectedLine(final List<Rejection> lineRejections) {
            rejectedLines++;
            rejections.addAll(lineRejections);
        }

        /** Waits for every delivery of the request; what did not arrive, as messages. */
        List<String> awaitDeliveries() {
            try {
                // Failed deliveries complete too (exceptionally); they are read one by one below.
                CompletableFuture.allOf(deliveries.toArray(CompletableFuture[]::new))
                        .handle((ignored, failure) -> null)
                        .get(deliveryWait.toMillis(), TimeUnit.MILLISECONDS);
            } catch (final TimeoutException | ExecutionException e) {
                // Reported per article below: the ones still pending count as not delivered.
            } catch (final InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            final List<String> failures = new ArrayList<>();
            for (final CompletableFuture<Void> delivery : deliveries) {
                if (!delivery.isDone()) {
                    failures.add("an article was not acknowledged within " + deliveryWait.toMillis() + " ms");
                } else if (delivery.isCompletedExceptionally()) {
                    failures.add(delivery.handle((ok, failure) -> failure.getMessage()).join());
                }
            }
            return failures;
        }
    }
}
