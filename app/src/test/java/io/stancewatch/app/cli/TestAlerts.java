package io.stancewatch.app.cli;

import io.stancewatch.schemas.ChangeType;
import io.stancewatch.schemas.Dimension;
import io.stancewatch.schemas.Stance;
import io.stancewatch.schemas.StanceAlert;
import java.time.Instant;
import java.util.List;

/** Alerts for tests: a complete EU/MNE membership alert to adjust. */
final class TestAlerts {

    static final Instant STATED_AT = Instant.parse("2030-03-07T10:05:00Z");

    private TestAlerts() {
    }

    /** A NEW Croatian SUPPORT for Montenegro joining the EU, without evidence. */
    static StanceAlert.Builder alert() {
        return StanceAlert.newBuilder()
                .setAlertId("id")
                .setChangeType(ChangeType.NEW)
                .setOrganization("EU")
                .setCandidate("MNE")
                .setDimension(Dimension.MEMBERSHIP)
                .setActor("HRV")
                .setPreviousStance(null)
                .setNewStance(Stance.SUPPORT)
                .setStatedAt(STATED_AT)
                .setDetectedAt(STATED_AT)
                .setConfidence(0.9)
                .setEvidence(List.of());
    }
}
