package io.stancewatch.processor.state;

import io.stancewatch.schemas.Dimension;
import io.stancewatch.schemas.Evidence;
import io.stancewatch.schemas.HoldoutsUpdate;
import io.stancewatch.schemas.Stance;
import io.stancewatch.schemas.StanceSignal;
import java.time.Instant;
import java.util.List;

/** Builds the signals the state and topology tests feed, with invented organizations and outlets. */
public final class TestSignals {

  /** A base time the tests count from. */
  public static final Instant T0 = Instant.parse("2030-03-01T09:00:00Z");

  private TestSignals() {}

  /** A MEMBERSHIP signal by {@code actor} on candidate {@code CND} joining {@code ORGX}. */
  public static StanceSignal membership(
      final String actor, final Stance stance, final Instant statedAt, final String articleId) {
    return base(Dimension.MEMBERSHIP, actor, stance, statedAt, articleId).build();
  }

  /** A CONSENSUS signal of {@code ORGX} on candidate {@code CND}. */
  public static StanceSignal consensus(
      final Stance status,
      final HoldoutsUpdate update,
      final List<String> holdouts,
      final Instant statedAt,
      final String articleId) {
    return base(Dimension.CONSENSUS, "ORGX", status, statedAt, articleId)
        .setHoldoutsUpdate(update)
        .setHoldouts(holdouts)
        .build();
  }

  /** A signal builder with every field filled; the source is derived from the article id. */
  public static StanceSignal.Builder base(
      final Dimension dimension,
      final String actor,
      final Stance stance,
      final Instant statedAt,
      final String articleId) {
    return StanceSignal.newBuilder()
        .setOrganization("ORGX")
        .setCandidate("CND")
        .setDimension(dimension)
        .setActor(actor)
        .setStance(stance)
        .setHoldouts(List.of())
        .setHoldoutsUpdate(HoldoutsUpdate.NONE)
        .setStatedAt(statedAt)
        .setConfidence(0.8)
        .setEvidence(evidence(articleId, statedAt))
        .setRuleId("test-rule");
  }

  /** Evidence read in {@code articleId}, published by outlet {@code outlet-<articleId>}. */
  public static Evidence evidence(final String articleId, final Instant publishedAt) {
    return Evidence.newBuilder()
        .setArticleId(articleId)
        .setSource("outlet-" + articleId)
        .setUrl(null)
        .setSentence("A test sentence of " + articleId + ".")
        .setPublishedAt(publishedAt)
        .build();
  }
}
