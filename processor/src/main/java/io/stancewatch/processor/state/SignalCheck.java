package io.stancewatch.processor.state;

import io.stancewatch.schemas.Dimension;
import io.stancewatch.schemas.Evidence;
import io.stancewatch.schemas.Stance;
import io.stancewatch.schemas.StanceSignal;
import java.util.EnumSet;
import java.util.Set;

/**
 * Checks that a signal can be applied to a state: a complete key, a stance that belongs to its
 * dimension, a statement time and evidence naming its article. The topology checks signals right
 * after extraction, so a faulty one goes to the dead-letter topic with the article it came from
 * instead of failing the state step.
 */
public final class SignalCheck {

  private static final Set<Stance> MEMBERSHIP_STANCES =
      EnumSet.of(Stance.SUPPORT, Stance.CONDITIONAL, Stance.DEFERRED, Stance.OPPOSE);
  private static final Set<Stance> CONSENSUS_STATUSES = EnumSet.of(Stance.REACHED, Stance.LACKING);

  private SignalCheck() {}

  /**
   * Returns the signal's key when the signal is complete and consistent.
   *
   * @throws IllegalArgumentException naming the first thing that is wrong
   */
  public static StanceKey requireValid(final StanceSignal signal) {
    if (signal == null) {
      throw new IllegalArgumentException("signal is null");
    }
    final StanceKey key = StanceKey.of(signal);
    final Stance stance = require(signal.getStance(), key, "stance");
    final Set<Stance> allowed =
        key.dimension() == Dimension.MEMBERSHIP ? MEMBERSHIP_STANCES : CONSENSUS_STATUSES;
    if (!allowed.contains(stance)) {
      throw new IllegalArgumentException(
          "signal " + key + ": stance " + stance + " is not a " + key.dimension() + " stance");
    }
    require(signal.getStatedAt(), key, "statedAt");
    require(signal.getHoldoutsUpdate(), key, "holdoutsUpdate");
    if (signal.getHoldouts() == null || signal.getHoldouts().stream().anyMatch(SignalCheck::isBlank)) {
      throw new IllegalArgumentException("signal " + key + ": holdouts are missing or blank");
    }
    final Evidence evidence = require(signal.getEvidence(), key, "evidence");
    if (isBlank(evidence.getArticleId())) {
      throw new IllegalArgumentException("signal " + key + ": evidence names no article id");
    }
    return key;
  }

  private static <T> T require(final T value, final StanceKey key, final String field) {
    if (value == null) {
      throw new IllegalArgumentException("signal " + key + ": " + field + " is missing");
    }
    return value;
  }

  private static boolean isBlank(final String value) {
    return value == null || value.isBlank();
  }
}
