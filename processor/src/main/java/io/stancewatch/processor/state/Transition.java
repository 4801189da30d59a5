package io.stancewatch.processor.state;

import io.stancewatch.schemas.StanceAlert;
import io.stancewatch.schemas.StanceState;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What applying an article's signals did to a key.
 *
 * @param state the state after the article (the state before when {@code applied} is false)
 * @param alerts the changes, oldest first: at most one per statement time the article carries
 * @param applied false when the article changed nothing (all its statements older than the state)
 */
public record Transition(StanceState state, List<StanceAlert> alerts, boolean applied) {

  /** Copies the alerts; a transition that applied something always has a state. */
  public Transition {
    alerts = List.copyOf(alerts);
    if (applied) {
      Objects.requireNonNull(state, "state");
    }
  }

  static Transition ignored(final StanceState unchanged) {
    return new Transition(unchanged, List.of(), false);
  }

  /** The alert of a transition that can raise at most one (a single signal). */
  public Optional<StanceAlert> alert() {
    if (alerts.size() > 1) {
      throw new IllegalStateException("transition raised " + alerts.size() + " alerts");
    }
    return alerts.stream().findFirst();
  }
}
