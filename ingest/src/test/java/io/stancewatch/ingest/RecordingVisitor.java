package io.stancewatch.ingest;

import io.stancewatch.schemas.Article;
import java.util.ArrayList;
import java.util.List;

/** Remembers what a reader handed over, for the tests to look at. */
final class RecordingVisitor implements ArticleVisitor {

    final List<Article> articles = new ArrayList<>();
    final List<Rejection> rejections = new ArrayList<>();

    @Override
    public void onArticle(final Article article) {
        articles.add(article);
    }

    @Override
    public void onRejectedLine(final List<Rejection> lineRejections) {
        rejections.addAll(lineRejections);
    }

    List<String> articleIds() {
        return articles.stream().map(Article::getId).toList();
    }
}
