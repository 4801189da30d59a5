package io.stancewatch.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.stancewatch.schemas.ChangeType;
import io.stancewatch.schemas.StanceAlert;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReplaySummaryTest {

    @Test
    void shouldCountAlertsByChangeTypeWhenSummarising() {
        final List<StanceAlert> alerts = List.of(alert(ChangeType.NEW), alert(ChangeType.NEW),
                alert(ChangeType.CHANGED), alert(ChangeType.HOLDOUTS_CHANGED), alert(ChangeType.NEW));

        final ReplaySummary summary = new ReplaySummary(12, alerts, 4, 1, Duration.ofMillis(9_340));

        assertThat(summary.line()).isEqualTo(
                "replay: 12 articles, 5 alerts (1 changed, 1 holdouts changed, 3 new), 4 states, DLQ 1 in 9.3 s");
    }

    private static StanceAlert alert(final ChangeType type) {
        return TestAlerts.alert().setChangeType(type).build();
    }
}
