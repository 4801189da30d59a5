package io.stancewatch.app.cli;

import io.stancewatch.ingest.ArticleIngestor.ArticleSource;
import io.stancewatch.ingest.ArticleJsonReader;
import io.stancewatch.ingest.ArticleLineParser;
import io.stancewatch.ingest.SyndicationFeedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/**
 * Where a command reads articles from: a JSON-lines file, a directory of them, stdin ({@code -}), a resource
 * bundled in the jar (the demo feed), or an RSS/Atom feed in a file or at a URL.
 */
abstract class FeedInput {

    /** The value of {@code --input} that means stdin. */
    static final String STDIN = "-";

    private static final Duration HTTP_TIMEOUT = Duration.ofSeconds(30);

    /** The input as a source of articles validated by {@code parser}. */
    abstract ArticleSource source(ArticleLineParser parser);

    /** What the input is, for messages. */
    abstract String describe();

    /**
     * The JSON-lines input named by an {@code --input} value, checked now so a wrong path is a usage error
     * before anything connects to a cluster.
     *
     * @throws ParameterException naming the option and the problem
     */
    static FeedInput fromOption(final String value, final String optionName, final CommandLine commandLine) {
        if (STDIN.equals(value)) {
            return jsonLines(System.in, ArticleJsonReader.STDIN_ORIGIN);
        }
        final Path path = readablePath(value, optionName, commandLine);
        try {
            if (Files.isDirectory(path) && ArticleJsonReader.feedFiles(path).isEmpty()) {
                throw new ParameterException(commandLine,
                        optionName + " " + value + ": directory holds no *.jsonl or *.ndjson file");
            }
        } catch (final IOException e) {
            throw new ParameterException(commandLine, optionName + " " + value + ": cannot be listed: " + e);
        }
        return new FeedInput() {
            @Override
            ArticleSource source(final ArticleLineParser parser) {
                return visitor -> new ArticleJsonReader(parser).read(path, visitor);
            }

            @Override
            String describe() {
                return path.toString();
            }
        };
    }

    /**
     * The RSS or Atom feed named by a {@code --feed} value: an {@code http(s)} URL, fetched when read, or a
     * file, checked now.
     */
    static FeedInput fromFeedOption(final String value, final String optionName, final CommandLine commandLine) {
        final String lower = value.toLowerCase(Locale.ROOT);
        if (lower.startsWith("http://") || lower.startsWith("https://")) {
            final URI uri;
            try {
                uri = URI.create(value);
            } catch (final IllegalArgumentException e) {
                throw new ParameterException(commandLine, optionName + " " + value + ": not a URL: " + e.getMessage());
            }
            return syndication(() -> fetch(uri), value);
        }
        final Path path = readablePath(value, optionName, commandLine);
        if (Files.isDirectory(path)) {
            throw new ParameterException(commandLine, optionName + " " + value + ": a directory, not a feed file");
        }
        return syndication(() -> Files.newInputStream(path), path.toString());
    }

    /** The JSON lines of a resource on the class path. */
    static FeedInput fromResource(final String resource) {
        final InputStream in = FeedInput.class.getResourceAsStream(resource);
        if (in == null) {
            throw new UncheckedIOException(new IOException("bundled resource " + resource + " is missing"));
        }
        return jsonLines(in, resource);
    }

    private static FeedInput jsonLines(final InputStream in, final String origin) {
        return new FeedInput() {
            @Override
            ArticleSource source(final ArticleLineParser parser) {
                return visitor -> new ArticleJsonReader(parser).read(in, origin, visitor);
            }

            @Override
            String describe() {
                return origin;
            }
        };
    }

    private static FeedInput syndication(final StreamOpener opener, final String origin) {
        return new FeedInput() {
            @Override
            ArticleSource source(final ArticleLineParser parser) {
                return visitor -> {
                    try (InputStream in = opener.open()) {
                        return new SyndicationFeedReader(parser).read(in, origin, visitor);
                    }
                };
            }

            @Override
            String describe() {
                return origin;
            }
        };
    }

    private static Path readablePath(final String value, final String optionName, final CommandLine commandLine) {
        final Path path = Path.of(value);
        if (!Files.exists(path)) {
            throw new ParameterException(commandLine, optionName + " " + value + ": no such file or directory");
        }
        if (!Files.isReadable(path)) {
            throw new ParameterException(commandLine, optionName + " " + value + ": not readable");
        }
        return path;
    }

    private static InputStream fetch(final URI uri) throws IOException {
        final HttpClient client = HttpClient.newBuilder()
                .connectTimeout(HTTP_TIMEOUT)
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
        final HttpRequest request = HttpRequest.newBuilder(uri).timeout(HTTP_TIMEOUT).GET().build();
        try {
            final HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
            if (response.statusCode() / 100 != 2) {
                response.body().close();
                throw new IOException("GET " + uri + " answered HTTP " + response.statusCode());
            }
            return response.body();
        } catch (final InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while fetching " + uri, e);
        }
    }

    /** Opens the stream of a feed when it is read, not when the command line is checked. */
    @FunctionalInterface
    private interface StreamOpener {
        InputStream open() throws IOException;
    }
}
