package io.stancewatch.ingest;

import io.stancewatch.schemas.Article;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * One ingest run: reads articles with an {@link ArticleJsonReader}, sends the valid ones with an
 * {@link ArticleProducer}, hands every rejected line to a listener (the CLI prints them), and reports.
 */
public final class ArticleIngestor {

    private final ArticleJsonReader reader;
    private final ArticleProducer producer;
    private final Consumer<Rejection> rejectionListener;

    /**
     * @param rejectionListener receives each problem of each rejected line, in input order
     */
    public ArticleIngestor(final ArticleJsonReader reader, final ArticleProducer producer,
                           final Consumer<Rejection> rejectionListener) {
        this.reader = Objects.requireNonNull(reader, "reader");
        this.producer = Objects.requireNonNull(producer, "producer");
        this.rejectionListener = Objects.requireNonNull(rejectionListener, "rejectionListener");
    }

    /** Ingests a file or a directory of feed files and waits for every delivery. */
    public IngestReport ingest(final Path input) throws IOException {
        return ingest(visitor -> reader.read(input, visitor));
    }

    /** Ingests a stream of JSON lines (stdin) to its end and waits for every delivery. */
    public IngestReport ingest(final InputStream input, final String origin) throws IOException {
        return ingest(visitor -> reader.read(input, origin, visitor));
    }

    /** Ingests whatever {@code source} reads (an RSS or Atom feed, say) and waits for every delivery. */
    public IngestReport ingest(final ArticleSource source) throws IOException {
        final CountingVisitor visitor = new CountingVisitor();
        final long read = source.readInto(visitor);
        producer.flush();
        return producer.report(read, visitor.rejectedLines);
    }

    /** Something that reads articles into a visitor, such as a reader bound to its input. */
    @FunctionalInterface
    public interface ArticleSource {

        /**
         * Reads every article and rejection into {@code visitor}.
         *
         * @return how many records (lines, entries) were read
         */
        long readInto(ArticleVisitor visitor) throws IOException;
    }

    /** Sends valid articles as they are read and counts rejected lines. */
    private final class CountingVisitor implements ArticleVisitor {
        private long rejectedLines;

        @Override
        public void onArticle(final Article article) {
            producer.send(article);
        }

        @Override
        public void onRejectedLine(final List<Rejection> rejections) {
            rejectedLines++;
            rejections.forEach(rejectionListener);
        }
    }
}
