package io.stancewatch.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.stancewatch.schemas.ChangeType;
import io.stancewatch.schemas.Dimension;
import io.stancewatch.schemas.Evidence;
import io.stancewatch.schemas.Stance;
import io.stancewatch.schemas.StanceAlert;
import java.util.List;
import org.junit.jupiter.api.Test;

class AlertLineTest {

    @Test
    void shouldShowActorAndTransitionWhenMembershipStanceChanged() {
        final StanceAlert alert = alert(Dimension.MEMBERSHIP, "HRV", Stance.OPPOSE, Stance.SUPPORT, List.of(), List.of(),
                "Croatia lifted its veto on Montenegro's talks.");

        assertThat(AlertLine.format(alert)).isEqualTo(
                "[CHANGED] EU/MNE: HRV OPPOSE -> SUPPORT  \"Croatia lifted its veto on Montenegro's talks.\"  (Harbour Wire)");
    }

    @Test
    void shouldShowHoldoutsWhenConsensusHoldoutsChanged() {
        final StanceAlert alert = alert(Dimension.CONSENSUS, "EU", Stance.LACKING, Stance.LACKING,
                List.of("HRV", "HUN"), List.of("HUN"), "Croatia dropped its objection.");
        alert.setChangeType(ChangeType.HOLDOUTS_CHANGED);

        assertThat(AlertLine.format(alert)).startsWith(
                "[HOLDOUTS_CHANGED] EU/MNE: consensus LACKING, holdouts [HRV, HUN] -> [HUN]  \"Croatia");
    }

    @Test
    void shouldShowOnlyNewStanceWhenStanceIsNew() {
        final StanceAlert alert = alert(Dimension.MEMBERSHIP, "DEU", null, Stance.SUPPORT, List.of(), List.of(), "x");
        alert.setChangeType(ChangeType.NEW);

        assertThat(AlertLine.format(alert)).startsWith("[NEW] EU/MNE: DEU SUPPORT  \"x\"");
    }

    @Test
    void shouldCutQuoteToOneLineWhenSentenceIsLong() {
        final String sentence = "Croatia\nsaid " + "very ".repeat(60) + "much.";
        final StanceAlert alert = alert(Dimension.MEMBERSHIP, "HRV", null, Stance.OPPOSE, List.of(), List.of(), sentence);

        final String line = AlertLine.format(alert);

        assertThat(line).doesNotContain("\n").contains("\"Croatia said very").contains("\u2026\"");
    }

    private static StanceAlert alert(final Dimension dimension, final String actor, final Stance previous,
                                     final Stance next, final List<String> previousHoldouts,
                                     final List<String> holdouts, final String sentence) {
        return TestAlerts.alert()
                .setChangeType(ChangeType.CHANGED)
                .setDimension(dimension)
                .setActor(actor)
                .setPreviousStance(previous)
                .setNewStance(next)
                .setPreviousHoldouts(previousHoldouts)
                .setHoldouts(holdouts)
                .setEvidence(List.of(Evidence.newBuilder().setArticleId("demo-08").setSource("Harbour Wire")
                        .setUrl(null).setSentence(sentence).setPublishedAt(TestAlerts.STATED_AT).build()))
                .build();
    }
}
