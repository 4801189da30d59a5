package io.stancewatch.processor.state;

import io.stancewatch.schemas.Dimension;
import io.stancewatch.schemas.HoldoutsUpdate;
import io.stancewatch.schemas.Stance;
import io.stancewatch.schemas.StanceSignal;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * What a key's state says, stripped of its evidence: the stance (a CONSENSUS status) and, for
 * CONSENSUS, the holdouts. Two states with equal positions agree; a signal that leaves the
 * position as it was is corroboration.
 *
 * @param stance the stance or consensus status
 * @param holdouts the members withholding consent, sorted; always empty for MEMBERSHIP
 */
record Position(Stance stance, SortedSet<String> holdouts) {

  Position {
    Objects.requireNonNull(stance, "stance");
    holdouts = Collections.unmodifiableSortedSet(new TreeSet<>(holdouts));
  }

  static Position of(final Stance stance, final Collection<String> holdouts) {
    return new Position(stance, new TreeSet<>(holdouts));
  }

  /** The holdouts as the sorted list the Avro records carry. */
  List<String> holdoutList() {
    return List.copyOf(holdouts);
  }

  /**
   * The position after {@code signal} is applied to {@code before} (null when the key has no
   * state yet).
   *
   * <p>MEMBERSHIP: the signal's stance. CONSENSUS: a REACHED signal clears the holdouts;
   * otherwise the status is LACKING and the holdouts follow {@link HoldoutsUpdate}: NONE keeps
   * the set, ADD unites, SET replaces, REMOVE subtracts - and the last holdout leaving makes the
   * status REACHED. A REMOVE that finds no known holdout tells nothing about the status, so the
   * known status stays.
   */
  static Position next(final Position before, final StanceSignal signal) {
    if (signal.getDimension() == Dimension.MEMBERSHIP) {
      return of(signal.getStance(), List.of());
    }
    if (signal.getStance() == Stance.REACHED) {
      return of(Stance.REACHED, List.of());
    }
    final SortedSet<String> known = before == null ? new TreeSet<>() : new TreeSet<>(before.holdouts);
    final List<String> named = signal.getHoldouts();
    return switch (signal.getHoldoutsUpdate()) {
      case NONE -> new Position(Stance.LACKING, known);
      case ADD -> {
        known.addAll(named);
        yield new Position(Stance.LACKING, known);
      }
      case SET -> of(Stance.LACKING, named);
      case REMOVE -> afterRemoval(before, known, named);
    };
  }

  private static Position afterRemoval(
      final Position before, final SortedSet<String> known, final List<String> leaving) {
    if (known.isEmpty()) {
      return new Position(before == null ? Stance.LACKING : before.stance, known);
    }
    known.removeAll(leaving);
    return new Position(known.isEmpty() ? Stance.REACHED : Stance.LACKING, known);
  }
}
