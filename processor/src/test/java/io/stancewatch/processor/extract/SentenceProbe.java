package io.stancewatch.processor.extract;

import io.stancewatch.schemas.Article;
import io.stancewatch.schemas.Dimension;
import io.stancewatch.schemas.Stance;
import io.stancewatch.schemas.StanceSignal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Reads a short text of a test's own through the default extractor, as one article published at
 * {@link #PUBLISHED}, and picks out the stance or consensus the test asks about.
 */
final class SentenceProbe {

  static final Instant PUBLISHED = Instant.parse("2025-06-12T10:00:00Z");
  private static final RuleBasedStanceExtractor EXTRACTOR = RuleBasedStanceExtractor.loadDefault();

  private SentenceProbe() {}

  static List<StanceSignal> read(final String body) {
    return extract(Article.newBuilder()
        .setId("probe-1")
        .setSource("Test Wire")
        .setUrl("https://example.org/probe-1")
        .setTitle("")
        .setBody(body)
        .setPublishedAt(PUBLISHED)
        .setIngestedAt(PUBLISHED)
        .build());
  }

  static List<StanceSignal> extract(final Article article) {
    return EXTRACTOR.extract(article);
  }

  /** The last MEMBERSHIP stance the text gives the key, if any. */
  static Optional<Stance> membership(final String body, final String org, final String candidate, final String actor) {
    return read(body).stream()
        .filter(s -> s.getDimension() == Dimension.MEMBERSHIP && s.getOrganization().equals(org)
            && s.getCandidate().equals(candidate) && s.getActor().equals(actor))
        .map(StanceSignal::getStance)
        .reduce((first, second) -> second);
  }

  /** The last CONSENSUS signal the text gives the question, if any. */
  static Optional<StanceSignal> consensus(final String body, final String org, final String candidate) {
    return read(body).stream()
        .filter(s -> s.getDimension() == Dimension.CONSENSUS && s.getOrganization().equals(org)
            && s.getCandidate().equals(candidate))
        .reduce((first, second) -> second);
  }
}
