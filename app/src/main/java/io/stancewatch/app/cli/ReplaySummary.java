package io.stancewatch.app.cli;

import io.stancewatch.schemas.ChangeType;
import io.stancewatch.schemas.StanceAlert;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * The one-line result of a replay:
 * {@code replay: 12 articles, 5 alerts (2 changed, 1 holdouts changed, 2 new), 4 states, DLQ 0 in 9.3 s}.
 */
record ReplaySummary(long articles, List<StanceAlert> alerts, int states, int deadLetters, Duration elapsed) {

    /** Copies the alerts. */
    ReplaySummary {
        alerts = List.copyOf(alerts);
    }

    String line() {
        return String.format(Locale.ROOT, "replay: %d articles, %d alerts (%d changed, %d holdouts changed, %d new),"
                        + " %d states, DLQ %d in %.1f s", articles, alerts.size(), count(ChangeType.CHANGED),
                count(ChangeType.HOLDOUTS_CHANGED), count(ChangeType.NEW), states, deadLetters,
                elapsed.toMillis() / 1000.0);
    }

    private long count(final ChangeType type) {
        return alerts.stream().filter(alert -> alert.getChangeType() == type).count();
    }
}
