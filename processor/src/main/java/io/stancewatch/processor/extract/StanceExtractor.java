package io.stancewatch.processor.extract;

import io.stancewatch.schemas.Article;
import io.stancewatch.schemas.StanceSignal;
import java.util.List;

/**
 * Reads the stance signals an article carries: who backs or blocks which candidate joining which
 * organization, and whether the organization's members agree.
 *
 * <p>Implementations are pure and thread-safe: the topology calls one instance from every stream
 * thread, and a replay must read the same signals from the same article.
 */
@FunctionalInterface
public interface StanceExtractor {

  /**
   * Returns the signals found in the article, in the order their sentences appear. An article that
   * discusses no watched question yields an empty list, never null.
   */
  List<StanceSignal> extract(Article article);
}
