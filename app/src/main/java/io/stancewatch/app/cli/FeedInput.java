package io.stancewatch.app.cli;

import io.stancewatch.ingest.ArticleIngestor;
import io.stancewatch.ingest.ArticleJsonReader;
import io.stancewatch.ingest.IngestReport;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/**
 * Where a command reads articles from: a JSON-lines file, a directory of them, stdin ({@code -}), or a
 * resource bundled in the jar (the demo feed).
 */
abstract class FeedInput {

    /** The value of {@code --input} that means stdin. */
    static final String STDIN = "-";

    /** Ingests the whole input with {@code ingestor}. */
    abstract IngestReport ingestWith(ArticleIngestor ingestor) throws IOException;

    /** What the input is, for messages. */
    abstract String describe();

    /**
     * The input named by an {@code --input} value, checked now so a wrong path is a usage error before
     * anything connects to a cluster.
     *
     * @throws ParameterException naming the option and the problem
     */
    static FeedInput fromOption(final String value, final String optionName, final CommandLine commandLine) {
        if (STDIN.equals(value)) {
            return new StreamInput(System.in, ArticleJsonReader.STDIN_ORIGIN);
        }
        final Path path = Path.of(value);
        if (!Files.exists(path)) {
            throw new ParameterException(commandLine, optionName + " " + value + ": no such file or directory");
        }
        if (!Files.isReadable(path)) {
            throw new ParameterException(commandLine, optionName + " " + value + ": not readable");
        }
        try {
            if (Files.isDirectory(path) && ArticleJsonReader.feedFiles(path).isEmpty()) {
                throw new ParameterException(commandLine,
                        optionName + " " + value + ": directory holds no *.jsonl or *.ndjson file");
            }
        } catch (final IOException e) {
            throw new ParameterException(commandLine, optionName + " " + value + ": cannot be listed: " + e);
        }
        return new PathInput(path);
    }

    /** The input of a resource on the class path. */
    static FeedInput fromResource(final String resource) {
        final InputStream in = FeedInput.class.getResourceAsStream(resource);
        if (in == null) {
            throw new UncheckedIOException(new IOException("bundled resource " + resource + " is missing"));
        }
        return new StreamInput(in, resource);
    }

    /** A file or a directory of feed files. */
    private static final class PathInput extends FeedInput {
        private final Path path;

        PathInput(final Path path) {
            this.path = path;
        }

        @Override
        IngestReport ingestWith(final ArticleIngestor ingestor) throws IOException {
            return ingestor.ingest(path);
        }

        @Override
        String describe() {
            return path.toString();
        }
    }

    /** A stream read to its end, such as stdin or a bundled resource. */
    private static final class StreamInput extends FeedInput {
        private final InputStream in;
        private final String origin;

        StreamInput(final InputStream in, final String origin) {
            this.in = Objects.requireNonNull(in, "in");
            this.origin = origin;
        }

        @Override
        IngestReport ingestWith(final ArticleIngestor ingestor) throws IOException {
            return ingestor.ingest(in, origin);
        }

        @Override
        String describe() {
            return origin;
        }
    }
}
