package io.stancewatch.ingest;

import io.stancewatch.schemas.Article;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of parsing one line: either an article or the list of everything wrong with the line.
 *
 * @param article the article, present exactly when there are no rejections
 * @param rejections what is wrong with the line, empty for a valid article
 */
public record LineResult(Optional<Article> article, List<Rejection> rejections) {

    /** Checks that a result is either an article or a non-empty list of rejections. */
    public LineResult {
        Objects.requireNonNull(article, "article");
        rejections = List.copyOf(rejections);
        if (article.isPresent() == !rejections.isEmpty()) {
            throw new IllegalArgumentException("a line result is either an article or its rejections");
        }
    }

    /** A valid line. */
    public static LineResult accepted(final Article article) {
        return new LineResult(Optional.of(article), List.of());
    }

    /** An invalid line and everything found wrong with it. */
    public static LineResult rejected(final List<Rejection> rejections) {
        return new LineResult(Optional.empty(), rejections);
    }

    /** Whether the line became an article. */
    public boolean isAccepted() {
        return article.isPresent();
    }
}
