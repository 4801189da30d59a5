package io.stancewatch.ingest;

import io.stancewatch.schemas.Article;
import java.util.List;

/**
 * Receives what an {@link ArticleJsonReader} reads, line by line and in input order: each valid article,
 * and each rejection of a line that was not one.
 */
public interface ArticleVisitor {

    /** Called for each valid article, in input order. */
    void onArticle(Article article);

    /**
     * Called once for each invalid line, with everything found wrong with it (at least one rejection, all of
     * the same origin and line).
     */
    void onRejectedLine(List<Rejection> rejections);
}
