package io.stancewatch.processor.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.stancewatch.schemas.ChangeType;
import io.stancewatch.schemas.Dimension;
import io.stancewatch.schemas.Evidence;
import io.stancewatch.schemas.Stance;
import io.stancewatch.schemas.StanceAlert;
import io.stancewatch.schemas.StanceState;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class CorpusScoreTest {

  private static final Instant T = Instant.parse("2030-01-01T00:00:00Z");

  private static final String LABELS = """
      {"alerts": [
        {"organization":"ORG","candidate":"CND","dimension":"MEMBERSHIP","actor":"AAA",
         "from":"OPPOSE","to":"SUPPORT","article":"x-2","tier":"basic"},
        {"organization":"ORG","candidate":"CND","dimension":"CONSENSUS","actor":"ORG",
         "from":"LACKING","to":"LACKING","holdoutsAdded":[],"holdoutsRemoved":["AAA"],"article":"x-2","tier":"hard"}],
       "finalStates": [
        {"organization":"ORG","candidate":"CND","dimension":"MEMBERSHIP","actor":"AAA","stance":"SUPPORT"},
        {"organization":"ORG","candidate":"CND","dimension":"CONSENSUS","actor":"ORG","stance":"LACKING",
         "holdouts":["BBB"]}]}
      """;

  private static JsonNode labels() throws IOException {
    return new ObjectMapper().readTree(LABELS);
  }

  private static StanceAlert alert(final ChangeType type, final Dimension dimension, final String actor,
      final Stance from, final Stance to, final List<String> before, final List<String> after) {
    return StanceAlert.newBuilder().setAlertId("a").setChangeType(type).setOrganization("ORG").setCandidate("CND")
        .setDimension(dimension).setActor(actor).setPreviousStance(from).setNewStance(to)
        .setPreviousHoldouts(before).setHoldouts(after).setStatedAt(T).setDetectedAt(T).setConfidence(1.0)
        .setEvidence(List.of(Evidence.newBuilder().setArticleId("x-2").setSource("s").setSentence("s")
            .setPublishedAt(T).build()))
        .build();
  }

  private static StanceState state(final Dimension dimension, final String actor, final Stance stance,
      final List<String> holdouts) {
    return StanceState.newBuilder().setOrganization("ORG").setCandidate("CND").setDimension(dimension)
        .setActor(actor).setStance(stance).setHoldouts(holdouts).setStatedAt(T).setSince(T).setConfidence(1.0)
        .setEvidenceCount(1).setSources(List.of("s")).setEvidence(List.of()).build();
  }

  @Test
  void shouldMatchOnKeyStancesAndHoldoutsWhenScoringAlerts() throws IOException {
    final List<StanceAlert> alerts = List.of(
        alert(ChangeType.NEW, Dimension.MEMBERSHIP, "AAA", null, Stance.OPPOSE, List.of(), List.of()),
        alert(ChangeType.CHANGED, Dimension.MEMBERSHIP, "AAA", Stance.OPPOSE, Stance.SUPPORT, List.of(), List.of()),
        alert(ChangeType.HOLDOUTS_CHANGED, Dimension.CONSENSUS, "ORG", Stance.LACKING, Stance.LACKING,
            List.of("AAA", "BBB"), List.of("AAA")));

    final CorpusScore score = CorpusScore.score(labels(), alerts, List.of());

    assertThat(score.producedAlerts()).isEqualTo(2);
    assertThat(score.matchedAlerts()).isEqualTo(1);
    assertThat(score.alertPrecision()).isEqualTo(0.5);
    assertThat(score.alertRecall()).isEqualTo(0.5);
    assertThat(score.alertF1()).isEqualTo(0.5);
    assertThat(score.recallByTier()).containsEntry("basic", "1/1").containsEntry("hard", "0/1");
    assertThat(score.missed()).singleElement().asString().contains("ORG/CND/CONSENSUS/ORG", "@x-2");
    assertThat(score.unexpected()).singleElement().asString().contains("[AAA, BBB]->[AAA]");
  }

  @Test
  void shouldCountConsensusStateWrongWhenHoldoutsDiffer() throws IOException {
    final List<StanceState> states = List.of(
        state(Dimension.MEMBERSHIP, "AAA", Stance.SUPPORT, List.of()),
        state(Dimension.CONSENSUS, "ORG", Stance.LACKING, List.of("AAA", "BBB")),
        state(Dimension.MEMBERSHIP, "ZZZ", Stance.OPPOSE, List.of()));

    final CorpusScore score = CorpusScore.score(labels(), List.of(), states);

    assertThat(score.correctStates()).isEqualTo(1);
    assertThat(score.stateAccuracy()).isEqualTo(0.5);
    assertThat(score.statePrecision()).isEqualTo(1.0 / 3);
    assertThat(score.wrongStates()).singleElement().asString().contains("want LACKING [BBB] got LACKING [AAA, BBB]");
    assertThat(score.report("tiny")).contains("tiny alerts: precision 0.000 recall 0.000 f1 0.000");
  }
}
