package io.stancewatch.processor;

import io.stancewatch.processor.extract.StanceExtractor;
import io.stancewatch.schemas.Article;
import io.stancewatch.schemas.Dimension;
import io.stancewatch.schemas.Evidence;
import io.stancewatch.schemas.HoldoutsUpdate;
import io.stancewatch.schemas.Stance;
import io.stancewatch.schemas.StanceSignal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A test extractor that reads its signals from script lines in the article body, so topology tests
 * say exactly which signals an article carries without depending on the real extraction:
 *
 * <pre>
 * stance: ORGX CND MEMBERSHIP AAA OPPOSE
 * stance: ORGX CND CONSENSUS ORGX LACKING ADD HHH,TTT
 * stance: ORGX CND MEMBERSHIP AAA SUPPORT NONE - 2029-07-10T00:00:00Z
 * </pre>
 *
 * (organization, candidate, dimension, actor, stance, then optionally the holdouts update, the
 * holdouts or {@code -}, and the statement time; by default the article's publication time). A line
 * {@code fail: <message>} makes it throw. Other lines are ignored.
 */
public final class ScriptedStanceExtractor implements StanceExtractor {

  @Override
  public List<StanceSignal> extract(final Article article) {
    final List<StanceSignal> signals = new ArrayList<>();
    for (final String line : article.getBody().split("\n")) {
      final String trimmed = line.strip();
      if (trimmed.startsWith("fail:")) {
        throw new IllegalStateException(trimmed.substring("fail:".length()).strip());
      }
      if (trimmed.startsWith("stance:")) {
        signals.add(signal(article, trimmed));
      }
    }
    return signals;
  }

  private static StanceSignal signal(final Article article, final String line) {
    final String[] f = line.substring("stance:".length()).strip().split("\\s+");
    final Instant statedAt = f.length > 7 ? Instant.parse(f[7]) : article.getPublishedAt();
    return StanceSignal.newBuilder()
        .setOrganization(f[0])
        .setCandidate(f[1])
        .setDimension(Dimension.valueOf(f[2]))
        .setActor(f[3])
        .setStance(Stance.valueOf(f[4]))
        .setHoldoutsUpdate(f.length > 5 ? HoldoutsUpdate.valueOf(f[5]) : HoldoutsUpdate.NONE)
        .setHoldouts(f.length > 6 && !f[6].equals("-") ? Arrays.asList(f[6].split(",")) : List.of())
        .setStatedAt(statedAt)
        .setConfidence(0.9)
        .setEvidence(Evidence.newBuilder()
            .setArticleId(article.getId())
            .setSource(article.getSource())
            .setUrl(article.getUrl())
            .setSentence(line)
            .setPublishedAt(article.getPublishedAt())
            .build())
        .setRuleId("scripted")
        .build();
  }
}
