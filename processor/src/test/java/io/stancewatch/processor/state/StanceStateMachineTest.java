package io.stancewatch.processor.state;

import static io.stancewatch.processor.state.TestSignals.T0;
import static io.stancewatch.processor.state.TestSignals.consensus;
import static io.stancewatch.processor.state.TestSignals.membership;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stancewatch.schemas.ChangeType;
import io.stancewatch.schemas.Dimension;
import io.stancewatch.schemas.Evidence;
import io.stancewatch.schemas.HoldoutsUpdate;
import io.stancewatch.schemas.Stance;
import io.stancewatch.schemas.StanceAlert;
import io.stancewatch.schemas.StanceSignal;
import io.stancewatch.schemas.StanceState;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class StanceStateMachineTest {

  private static final Instant NOW = Instant.parse("2031-01-01T00:00:00Z");

  private final StanceStateMachine machine = new StanceStateMachine();

  private static Instant day(final int n) {
    return T0.plus(Duration.ofDays(n));
  }

  /** Applies the signals one article at a time and returns the final transition. */
  private Transition applyAll(final StanceSignal... signals) {
    StanceState state = null;
    Transition last = null;
    for (final StanceSignal signal : signals) {
      last = machine.apply(state, signal, NOW);
      state = last.state();
    }
    return last;
  }

  private StanceState stateAfter(final StanceSignal... signals) {
    return applyAll(signals).state();
  }

  // ---- Membership ----

  @Test
  void shouldRaiseNewWhenKeyHasNoState() {
    final Transition t = machine.apply(null, membership("AAA", Stance.OPPOSE, day(0), "a1"), NOW);

    final StanceAlert alert = t.alert().orElseThrow();
    assertThat(alert.getChangeType()).isEqualTo(ChangeType.NEW);
    assertThat(alert.getPreviousStance()).isNull();
    assertThat(alert.getNewStance()).isEqualTo(Stance.OPPOSE);
    assertThat(alert.getPreviousHoldouts()).isEmpty();
    assertThat(alert.getStatedAt()).isEqualTo(day(0));
    assertThat(alert.getDetectedAt()).isEqualTo(NOW);
    assertThat(alert.getEvidence()).extracting(Evidence::getArticleId).containsExactly("a1");
    assertThat(t.state().getStance()).isEqualTo(Stance.OPPOSE);
    assertThat(t.state().getSince()).isEqualTo(day(0));
    assertThat(t.state().getEvidenceCount()).isEqualTo(1);
  }

  @Test
  void shouldRaiseChangedWhenStanceDiffers() {
    final StanceState opposing = stateAfter(membership("AAA", Stance.OPPOSE, day(0), "a1"));

    final Transition t = machine.apply(opposing, membership("AAA", Stance.SUPPORT, day(2), "a2"), NOW);

    final StanceAlert alert = t.alert().orElseThrow();
    assertThat(alert.getChangeType()).isEqualTo(ChangeType.CHANGED);
    assertThat(alert.getPreviousStance()).isEqualTo(Stance.OPPOSE);
    assertThat(alert.getNewStance()).isEqualTo(Stance.SUPPORT);
    assertThat(alert.getEvidence()).extracting(Evidence::getArticleId).containsExactly("a2");
    assertThat(t.state().getSince()).isEqualTo(day(2));
    assertThat(t.state().getEvidenceCount()).isEqualTo(1);
    assertThat(t.state().getSources()).containsExactly("outlet-a2");
  }

  @Test
  void shouldCorroborateWithoutAlertWhenStanceRepeats() {
    final StanceState supporting = stateAfter(membership("AAA", Stance.SUPPORT, day(0), "a1"));

    final Transition t = machine.apply(supporting, membership("AAA", Stance.SUPPORT, day(1), "a2"), NOW);

    assertThat(t.alerts()).isEmpty();
    assertThat(t.applied()).isTrue();
    assertThat(t.state().getEvidenceCount()).isEqualTo(2);
    assertThat(t.state().getSources()).containsExactly("outlet-a1", "outlet-a2");
    assertThat(t.state().getEvidence()).extracting(Evidence::getArticleId).containsExactly("a1", "a2");
    assertThat(t.state().getStatedAt()).isEqualTo(day(1));
    assertThat(t.state().getSince()).isEqualTo(day(0));
  }

  @Test
  void shouldTreatStatementOlderThanStateAsHistoryWhenOneMilliOlder() {
    final StanceState supporting = stateAfter(membership("AAA", Stance.SUPPORT, day(3), "a1"));

    final Transition t = machine.apply(
        supporting, membership("AAA", Stance.OPPOSE, day(3).minusMillis(1), "a2"), NOW);

    assertThat(t.alerts()).isEmpty();
    assertThat(t.applied()).isFalse();
    assertThat(t.state()).isSameAs(supporting);
  }

  @Test
  void shouldApplyStatementWhenMadeAtSameTimeAsState() {
    final StanceState supporting = stateAfter(membership("AAA", Stance.SUPPORT, day(3), "a1"));

    final Transition t = machine.apply(supporting, membership("AAA", Stance.OPPOSE, day(3), "a2"), NOW);

    assertThat(t.alert()).get().extracting(StanceAlert::getChangeType).isEqualTo(ChangeType.CHANGED);
    assertThat(t.state().getStance()).isEqualTo(Stance.OPPOSE);
  }

  @Test
  void shouldApplyArticleIdAgainWhenItComesBackWithNewerStatement() {
    // Dropping a re-sent article is the topology's dedupe (by id and by text), not the rules'.
    final StanceState opposing = stateAfter(membership("AAA", Stance.OPPOSE, day(0), "a1"));

    final Transition t = machine.apply(opposing, membership("AAA", Stance.SUPPORT, day(5), "a1"), NOW);

    assertThat(t.applied()).isTrue();
    assertThat(t.alert()).get().extracting(StanceAlert::getChangeType).isEqualTo(ChangeType.CHANGED);
  }

  @Test
  void shouldKeepNewestEvidenceAndCountAllWhenEvidenceBoundReached() {
    final StanceStateMachine small = new StanceStateMachine(2, 10);
    StanceState state = null;
    for (int i = 1; i <= 3; i++) {
      state = small.apply(state, membership("AAA", Stance.DEFERRED, day(i), "a" + i), NOW).state();
    }

    assertThat(state.getEvidence()).extracting(Evidence::getArticleId).containsExactly("a2", "a3");
    assertThat(state.getEvidenceCount()).isEqualTo(3);
  }

  @Test
  void shouldIgnoreHoldoutsWhenDimensionIsMembership() {
    final StanceSignal withHoldouts = TestSignals.base(Dimension.MEMBERSHIP, "AAA", Stance.OPPOSE, day(0), "a1")
        .setHoldoutsUpdate(HoldoutsUpdate.SET).setHoldouts(List.of("BBB")).build();

    assertThat(machine.apply(null, withHoldouts, NOW).state().getHoldouts()).isEmpty();
  }
  // ---- Consensus ----

  @Test
  void shouldStartWithNamedHoldoutsWhenFirstSignalAddsThem() {
    final Transition t = machine.apply(
        null, consensus(Stance.LACKING, HoldoutsUpdate.ADD, List.of("HHH", "EEE"), day(0), "c1"), NOW);

    assertThat(t.alert().orElseThrow().getChangeType()).isEqualTo(ChangeType.NEW);
    assertThat(t.state().getHoldouts()).containsExactly("EEE", "HHH");
  }

  @Test
  void shouldKeepHoldoutsWithoutAlertWhenLackingNamesNobody() {
    final StanceState lacking = stateAfter(
        consensus(Stance.LACKING, HoldoutsUpdate.ADD, List.of("HHH"), day(0), "c1"));

    final Transition t = machine.apply(
        lacking, consensus(Stance.LACKING, HoldoutsUpdate.NONE, List.of(), day(1), "c2"), NOW);

    assertThat(t.alerts()).isEmpty();
    assertThat(t.state().getHoldouts()).containsExactly("HHH");
    assertThat(t.state().getEvidenceCount()).isEqualTo(2);
  }

  @Test
  void shouldUniteHoldoutsWhenSignalAddsMembers() {
    final StanceState lacking = stateAfter(
        consensus(Stance.LACKING, HoldoutsUpdate.ADD, List.of("HHH"), day(0), "c1"));

    final StanceAlert alert = machine.apply(
        lacking, consensus(Stance.LACKING, HoldoutsUpdate.ADD, List.of("TTT"), day(1), "c2"), NOW)
        .alert().orElseThrow();

    assertThat(alert.getChangeType()).isEqualTo(ChangeType.HOLDOUTS_CHANGED);
    assertThat(alert.getPreviousHoldouts()).containsExactly("HHH");
    assertThat(alert.getHoldouts()).containsExactly("HHH", "TTT");
    assertThat(alert.getPreviousStance()).isEqualTo(Stance.LACKING);
  }

  @Test
  void shouldCorroborateWhenAddedMemberIsAlreadyHoldout() {
    final StanceState lacking = stateAfter(
        consensus(Stance.LACKING, HoldoutsUpdate.ADD, List.of("HHH"), day(0), "c1"));

    assertThat(machine.apply(
        lacking, consensus(Stance.LACKING, HoldoutsUpdate.ADD, List.of("HHH"), day(1), "c2"), NOW)
        .alerts()).isEmpty();
  }

  @Test
  void shouldReplaceHoldoutsWhenSignalSetsThem() {
    final StanceState lacking = stateAfter(
        consensus(Stance.LACKING, HoldoutsUpdate.ADD, List.of("HHH", "TTT"), day(0), "c1"));

    final StanceAlert alert = machine.apply(
        lacking, consensus(Stance.LACKING, HoldoutsUpdate.SET, List.of("HHH"), day(1), "c2"), NOW)
        .alert().orElseThrow();

    assertThat(alert.getChangeType()).isEqualTo(ChangeType.HOLDOUTS_CHANGED);
    assertThat(alert.getHoldouts()).containsExactly("HHH");
  }

  @Test
  void shouldStayLackingWhenRemovalLeavesOneHoldout() {
    final StanceState lacking = stateAfter(
        consensus(Stance.LACKING, HoldoutsUpdate.ADD, List.of("HHH", "TTT"), day(0), "c1"));

    final StanceAlert alert = machine.apply(
        lacking, consensus(Stance.LACKING, HoldoutsUpdate.REMOVE, List.of("TTT"), day(1), "c2"), NOW)
        .alert().orElseThrow();

    assertThat(alert.getChangeType()).isEqualTo(ChangeType.HOLDOUTS_CHANGED);
    assertThat(alert.getNewStance()).isEqualTo(Stance.LACKING);
    assertThat(alert.getHoldouts()).containsExactly("HHH");
  }

  @Test
  void shouldReachConsensusWhenLastHoldoutLeaves() {
    final StanceState lacking = stateAfter(
        consensus(Stance.LACKING, HoldoutsUpdate.ADD, List.of("HHH"), day(0), "c1"));

    final StanceAlert alert = machine.apply(
        lacking, consensus(Stance.LACKING, HoldoutsUpdate.REMOVE, List.of("HHH"), day(1), "c2"), NOW)
        .alert().orElseThrow();

    assertThat(alert.getChangeType()).isEqualTo(ChangeType.CHANGED);
    assertThat(alert.getPreviousStance()).isEqualTo(Stance.LACKING);
    assertThat(alert.getNewStance()).isEqualTo(Stance.REACHED);
    assertThat(alert.getPreviousHoldouts()).containsExactly("HHH");
    assertThat(alert.getHoldouts()).isEmpty();
  }

  @Test
  void shouldKeepStatusWhenRemovalFindsNoKnownHoldout() {
    final StanceState lackingWithoutNames = stateAfter(
        consensus(Stance.LACKING, HoldoutsUpdate.NONE, List.of(), day(0), "c1"));

    final Transition t = machine.apply(
        lackingWithoutNames, consensus(Stance.LACKING, HoldoutsUpdate.REMOVE, List.of("HHH"), day(1), "c2"), NOW);

    assertThat(t.alerts()).isEmpty();
    assertThat(t.state().getStance()).isEqualTo(Stance.LACKING);
  }

  @Test
  void shouldClearHoldoutsWhenConsensusIsReached() {
    final StanceState lacking = stateAfter(
        consensus(Stance.LACKING, HoldoutsUpdate.ADD, List.of("HHH", "TTT"), day(0), "c1"));

    final Transition t = machine.apply(
        lacking, consensus(Stance.REACHED, HoldoutsUpdate.NONE, List.of(), day(1), "c2"), NOW);

    assertThat(t.alert().orElseThrow().getChangeType()).isEqualTo(ChangeType.CHANGED);
    assertThat(t.state().getStance()).isEqualTo(Stance.REACHED);
    assertThat(t.state().getHoldouts()).isEmpty();
  }

  @Test
  void shouldTurnLackingWithNamedHoldoutsWhenReachedStateMeetsBlock() {
    final StanceState reached = stateAfter(
        consensus(Stance.REACHED, HoldoutsUpdate.NONE, List.of(), day(0), "c1"));

    final StanceAlert alert = machine.apply(
        reached, consensus(Stance.LACKING, HoldoutsUpdate.SET, List.of("HHH"), day(1), "c2"), NOW)
        .alert().orElseThrow();

    assertThat(alert.getChangeType()).isEqualTo(ChangeType.CHANGED);
    assertThat(alert.getNewStance()).isEqualTo(Stance.LACKING);
    assertThat(alert.getHoldouts()).containsExactly("HHH");
  }

  @Test
  void shouldTurnLackingWhenReachedStateMeetsUnnamedLack() {
    final StanceState reached = stateAfter(
        consensus(Stance.REACHED, HoldoutsUpdate.NONE, List.of(), day(0), "c1"));

    final StanceAlert alert = machine.apply(
        reached, consensus(Stance.LACKING, HoldoutsUpdate.NONE, List.of(), day(1), "c2"), NOW)
        .alert().orElseThrow();

    assertThat(alert.getNewStance()).isEqualTo(Stance.LACKING);
    assertThat(alert.getHoldouts()).isEmpty();
  }
  // ---- OneArticle ----

  @Test
  void shouldApplyRecalledOlderStatementBeforeNewOneWhenArticleTellsThemInReverse() {
    final List<StanceSignal> article = List.of(
        membership("AAA", Stance.SUPPORT, day(10), "a1"),
        membership("AAA", Stance.OPPOSE, day(2), "a1"));

    final Transition t = machine.applyArticle(null, article, NOW);

    assertThat(t.alerts()).extracting(StanceAlert::getChangeType)
        .containsExactly(ChangeType.NEW, ChangeType.CHANGED);
    assertThat(t.alerts().get(1).getPreviousStance()).isEqualTo(Stance.OPPOSE);
    assertThat(t.state().getStance()).isEqualTo(Stance.SUPPORT);
  }

  @Test
  void shouldFoldSignalsMadeAtOneTimeIntoOneStep() {
    final List<StanceSignal> article = List.of(
        consensus(Stance.LACKING, HoldoutsUpdate.NONE, List.of(), day(0), "c1"),
        consensus(Stance.LACKING, HoldoutsUpdate.ADD, List.of("HHH"), day(0), "c1"));

    final Transition t = machine.applyArticle(null, article, NOW);

    assertThat(t.alerts()).singleElement().satisfies(alert -> {
      assertThat(alert.getChangeType()).isEqualTo(ChangeType.NEW);
      assertThat(alert.getHoldouts()).containsExactly("HHH");
      assertThat(alert.getEvidence()).hasSize(2);
    });
    assertThat(t.state().getEvidenceCount()).isEqualTo(2);
  }

  @Test
  void shouldCorroborateWhenSameTimeSignalsCancelOut() {
    final StanceState lacking = stateAfter(
        consensus(Stance.LACKING, HoldoutsUpdate.ADD, List.of("HHH"), day(0), "c1"));
    final List<StanceSignal> article = List.of(
        consensus(Stance.LACKING, HoldoutsUpdate.ADD, List.of("TTT"), day(1), "c2"),
        consensus(Stance.LACKING, HoldoutsUpdate.REMOVE, List.of("TTT"), day(1), "c2"));

    final Transition t = machine.applyArticle(lacking, article, NOW);

    assertThat(t.alerts()).isEmpty();
    assertThat(t.state().getHoldouts()).containsExactly("HHH");
  }

  @Test
  void shouldRejectSignalsWhenTheyMixKeys() {
    final List<StanceSignal> mixed = List.of(
        membership("AAA", Stance.SUPPORT, day(0), "a1"),
        membership("BBB", Stance.SUPPORT, day(0), "a1"));

    assertThatThrownBy(() -> machine.applyArticle(null, mixed, NOW))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ORGX:CND:MEMBERSHIP:BBB");
  }

  @Test
  void shouldRejectSignalsWhenTheyMixArticles() {
    final List<StanceSignal> mixed = List.of(
        membership("AAA", Stance.SUPPORT, day(0), "a1"),
        membership("AAA", Stance.SUPPORT, day(0), "a2"));

    assertThatThrownBy(() -> machine.applyArticle(null, mixed, NOW))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("a2");
  }
  // ---- AlertIdentity ----

  @Test
  void shouldGiveSameAlertIdWhenSameSignalsReplayed() {
    final StanceSignal[] story = {
        membership("AAA", Stance.OPPOSE, day(0), "a1"), membership("AAA", Stance.SUPPORT, day(1), "a2")};

    final StanceAlert first = applyAll(story).alert().orElseThrow();
    final StanceAlert second = new StanceStateMachine().apply(
        new StanceStateMachine().apply(null, story[0], NOW.plusSeconds(60)).state(), story[1], NOW.plusSeconds(90))
        .alert().orElseThrow();

    assertThat(second.getAlertId()).isEqualTo(first.getAlertId());
    assertThat(second.getDetectedAt()).isNotEqualTo(first.getDetectedAt());
  }

  @Test
  void shouldGiveDifferentAlertIdWhenHoldoutsDiffer() {
    final String one = machine.apply(
        null, consensus(Stance.LACKING, HoldoutsUpdate.SET, List.of("HHH"), day(0), "c1"), NOW)
        .alert().orElseThrow().getAlertId();
    final String two = machine.apply(
        null, consensus(Stance.LACKING, HoldoutsUpdate.SET, List.of("HHH", "TTT"), day(0), "c1"), NOW)
        .alert().orElseThrow().getAlertId();
    final String twoReordered = machine.apply(
        null, consensus(Stance.LACKING, HoldoutsUpdate.SET, List.of("TTT", "HHH"), day(0), "c1"), NOW)
        .alert().orElseThrow().getAlertId();

    assertThat(one).isNotEqualTo(two);
    assertThat(twoReordered).isEqualTo(two);
  }
  // ---- Validation ----

  @Test
  void shouldRejectSignalWhenStanceBelongsToOtherDimension() {
    final StanceSignal wrong = TestSignals.base(Dimension.MEMBERSHIP, "AAA", Stance.REACHED, day(0), "a1").build();

    assertThatThrownBy(() -> machine.apply(null, wrong, NOW))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("REACHED is not a MEMBERSHIP stance");
  }

  @Test
  void shouldRejectBoundWhenNotPositive() {
    assertThatThrownBy(() -> new StanceStateMachine(0, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxEvidence");
  }
}
