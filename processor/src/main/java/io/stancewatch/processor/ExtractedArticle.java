package io.stancewatch.processor;

import io.stancewatch.schemas.Article;
import io.stancewatch.schemas.StanceSignal;
import java.util.List;

/**
 * An article and the checked signals read from it. Passes between processors only, never
 * serialized: once the text is fingerprinted only the signals travel on ({@link TextSignalsOfArticle}).
 *
 * @param article the article
 * @param signals its signals, possibly none
 */
record ExtractedArticle(Article article, List<StanceSignal> signals) {

  /** Whether the extractor read any stance in the article. */
  boolean hasSignals() {
    return !signals.isEmpty();
  }
}
