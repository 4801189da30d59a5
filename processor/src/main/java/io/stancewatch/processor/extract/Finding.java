package io.stancewatch.processor.extract;

import io.stancewatch.schemas.Dimension;
import io.stancewatch.schemas.HoldoutsUpdate;
import io.stancewatch.schemas.Stance;
import java.time.Instant;
import java.util.List;

/**
 * One stance read from one sentence, before it becomes a {@link io.stancewatch.schemas.StanceSignal}.
 *
 * @param order position of the sentence (and cue) in the article, to keep text order
 * @param priority the cue's priority: within one key and time the strongest wins
 */
record Finding(
    String organization,
    String candidate,
    Dimension dimension,
    String actor,
    Stance stance,
    List<String> holdouts,
    HoldoutsUpdate update,
    Instant statedAt,
    int priority,
    double confidence,
    String ruleId,
    String sentence,
    int order) {

  Finding {
    holdouts = List.copyOf(holdouts);
  }

  /** The key and time a finding is merged on. */
  String slot() {
    return organization + ":" + candidate + ":" + dimension + ":" + actor + "@" + statedAt.toEpochMilli();
  }
}
