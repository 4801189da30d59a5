package io.stancewatch.app.bench;

import io.stancewatch.schemas.Article;
import java.util.Iterator;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
  * A reproducible feed of synthetic news articles for benchmarks and fault tests: 300-900-word
  * bodies built from the {@link FeedTemplates} (stance statements by countries, officials and
  * organizations, stances that change over time, consensus statements naming holdouts, distractor
  * articles and filler paragraphs), with the duplicates a real feed carries: the same article sent
  * again under its id, and the same story under another id and outlet.
  *
  * <p>The same templates, seed and count always give the same articles in the same order. Articles
  * are generated as they are read, never all held in memory, and nothing is written anywhere: a
  * 100,000-article feed costs memory for one article at a time. {@code ingestedAt} is a plausible
  * value a few minutes after {@code publishedAt}; a producer measuring latency sets its own.
  */
public final class SyntheticFeed implements Iterable<Article> {

    /** The number of articles {@code stancewatch bench} uses unless told otherwise. */
    public static final int DEFAULT_ARTICLES = 100_000;

    private final FeedTemplates templates;
    private final long seed;
    private final int count;

    /**
      * A feed of {@code count} articles from these templates.
      *
      * @throws IllegalArgumentException if count is negative
      */
    public SyntheticFeed(FeedTemplates templates, long seed, int count) {
        if (count < 0) {
            throw new IllegalArgumentException("A feed cannot have " + count + " articles");
        }
        this.templates = templates;
        this.seed = seed;
        this.count = count;
    }

    /** A feed of {@code count} articles from the templates shipped with the application. */
    public static SyntheticFeed withDefaultTemplates(long seed, int count) {
        return new SyntheticFeed(FeedTemplates.loadDefault(), seed, count);
    }

    /** The number of articles, duplicates included. */
    public int size() {
        return count;
    }

    /** A new pass over the feed from its first article. */
    @Override
    public Iterator<Article> iterator() {
        return new FeedGenerator(templates, seed, count);
    }

    /** The articles in order, generated lazily. */
    public Stream<Article> stream() {
        return StreamSupport.stream(
                Spliterators.spliterator(iterator(), count, Spliterator.ORDERED | Spliterator.NONNULL), false);
    }
}
