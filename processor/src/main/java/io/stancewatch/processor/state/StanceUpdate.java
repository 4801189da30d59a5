package io.stancewatch.processor.state;

import io.stancewatch.schemas.StanceAlert;
import io.stancewatch.schemas.StanceState;
import java.util.List;
import java.util.Objects;

/**
 * What the state step emits for one article and key: the new state (for {@code stance-states})
 * and the alerts it raised (for {@code stance-alerts}). Passes between processors only; never
 * serialized.
 */
public record StanceUpdate(StanceState state, List<StanceAlert> alerts) {

  /** Requires the state; copies the alerts. */
  public StanceUpdate {
    Objects.requireNonNull(state, "state");
    alerts = List.copyOf(alerts);
  }
}
