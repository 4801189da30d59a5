package io.stancewatch.processor.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import io.stancewatch.schemas.ChangeType;
import io.stancewatch.schemas.Evidence;
import io.stancewatch.schemas.StanceAlert;
import io.stancewatch.schemas.StanceState;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Scores a replay against a corpus's {@code labels.json} exactly as {@code shared/eval/score.py} does,
 * so the Java test and the script print the same figures: precision, recall and F1 of the
 * {@code CHANGED}/{@code HOLDOUTS_CHANGED} alerts (NEW is not scored), matched one to one on key, from,
 * to and the holdouts added and removed; recall per tier; and the accuracy and precision of the final
 * states (a CONSENSUS state must also have the labelled holdouts).
 *
 * @param expectedAlerts labelled alerts
 * @param producedAlerts scored alerts the replay produced
 * @param matchedAlerts labelled alerts that a produced alert matched
 * @param recallByTier per tier: "matched/labelled"
 * @param missed labelled alerts nothing matched, one line each
 * @param unexpected produced alerts that matched no label, one line each
 * @param expectedStates labelled final states
 * @param correctStates labelled final states the replay got right
 * @param producedStates final states the replay produced
 * @param wrongStates labelled states the replay got wrong or lacks, one line each
 */
public record CorpusScore(
    int expectedAlerts, int producedAlerts, int matchedAlerts, Map<String, String> recallByTier,
    List<String> missed, List<String> unexpected,
    int expectedStates, int correctStates, int producedStates, List<String> wrongStates) {

  private static final String CONSENSUS = "CONSENSUS";

  /** Scores {@code alerts} and {@code states} against {@code labels} ({@code {"alerts":[],"finalStates":[]}}). */
  public static CorpusScore score(final JsonNode labels, final List<StanceAlert> alerts,
      final Collection<StanceState> states) {
    final List<StanceAlert> produced = alerts.stream().filter(a -> a.getChangeType() != ChangeType.NEW).toList();
    final Set<Integer> used = new HashSet<>();
    final List<String> missed = new ArrayList<>();
    final Map<String, int[]> tiers = new TreeMap<>();
    int matched = 0;
    for (final JsonNode expected : labels.path("alerts")) {
      final int[] tier = tiers.computeIfAbsent(expected.path("tier").asText("basic"), t -> new int[2]);
      tier[1]++;
      final int hit = firstMatch(expected, produced, used);
      if (hit < 0) {
        missed.add(key(expected) + " " + expected.path("from").asText() + "->" + expected.path("to").asText()
            + " @" + expected.path("article").asText());
      } else {
        used.add(hit);
        matched++;
        tier[0]++;
      }
    }
    final List<String> unexpected = new ArrayList<>();
    for (int i = 0; i < produced.size(); i++) {
      if (!used.contains(i)) {
        final StanceAlert alert = produced.get(i);
        unexpected.add(key(alert) + " " + alert.getPreviousStance() + "->" + alert.getNewStance()
            + " " + alert.getPreviousHoldouts() + "->" + alert.getHoldouts() + " @" + articleIds(alert));
      }
    }
    final Map<String, String> recallByTier = new LinkedHashMap<>();
    tiers.forEach((tier, counts) -> recallByTier.put(tier, counts[0] + "/" + counts[1]));

    final Map<String, StanceState> have = new LinkedHashMap<>();
    states.forEach(s -> have.put(key(s), s));
    final List<String> wrong = new ArrayList<>();
    int expectedStates = 0;
    int correct = 0;
    for (final JsonNode want : labels.path("finalStates")) {
      expectedStates++;
      final StanceState got = have.get(key(want));
      if (got != null && stateMatches(want, got)) {
        correct++;
      } else {
        wrong.add(key(want) + " want " + want.path("stance").asText() + holdoutsSuffix(want)
            + " got " + describe(want, got));
      }
    }
    return new CorpusScore(labels.path("alerts").size(), produced.size(), matched, recallByTier, missed, unexpected,
        expectedStates, correct, have.size(), wrong);
  }

  /** Matched alerts over produced alerts; 1 when nothing was expected or produced. */
  public double alertPrecision() {
    return producedAlerts == 0 ? (expectedAlerts == 0 ? 1.0 : 0.0) : (double) matchedAlerts / producedAlerts;
  }

  /** Matched alerts over labelled alerts; 1 when nothing was labelled. */
  public double alertRecall() {
    return expectedAlerts == 0 ? 1.0 : (double) matchedAlerts / expectedAlerts;
  }

  /** Harmonic mean of alert precision and recall. */
  public double alertF1() {
    final double p = alertPrecision();
    final double r = alertRecall();
    return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
  }

  /** Correct final states over labelled final states; 1 when nothing was labelled. */
  public double stateAccuracy() {
    return expectedStates == 0 ? 1.0 : (double) correctStates / expectedStates;
  }

  /** Correct final states over produced final states. */
  public double statePrecision() {
    return producedStates == 0 ? 0.0 : (double) correctStates / producedStates;
  }

  /** The misses, the unexpected alerts, the wrong states and a score line like score.py's. */
  public String report(final String corpus) {
    final StringBuilder out = new StringBuilder();
    missed.forEach(m -> out.append(corpus).append(" missed      ").append(m).append('\n'));
    unexpected.forEach(u -> out.append(corpus).append(" unexpected  ").append(u).append('\n'));
    wrongStates.forEach(w -> out.append(corpus).append(" wrong state ").append(w).append('\n'));
    out.append(String.format(Locale.ROOT,
        "%s alerts: precision %.3f recall %.3f f1 %.3f (tiers %s, %d expected, %d produced); "
            + "states: accuracy %.3f precision %.3f (%d/%d)%n",
        corpus, alertPrecision(), alertRecall(), alertF1(), recallByTier, expectedAlerts, producedAlerts,
        stateAccuracy(), statePrecision(), correctStates, expectedStates));
    return out.toString();
  }

  private static int firstMatch(final JsonNode expected, final List<StanceAlert> produced, final Set<Integer> used) {
    for (int i = 0; i < produced.size(); i++) {
      if (!used.contains(i) && alertMatches(expected, produced.get(i))) {
        return i;
      }
    }
    return -1;
  }

  private static boolean alertMatches(final JsonNode expected, final StanceAlert got) {
    if (!key(expected).equals(key(got))
        || !expected.path("from").asText().equals(String.valueOf(got.getPreviousStance()))
        || !expected.path("to").asText().equals(String.valueOf(got.getNewStance()))) {
      return false;
    }
    final Set<String> before = new TreeSet<>(got.getPreviousHoldouts());
    final Set<String> after = new TreeSet<>(got.getHoldouts());
    final Set<String> added = new TreeSet<>(after);
    added.removeAll(before);
    final Set<String> removed = new TreeSet<>(before);
    removed.removeAll(after);
    return (!expected.has("holdoutsAdded") || codes(expected.get("holdoutsAdded")).equals(added))
        && (!expected.has("holdoutsRemoved") || codes(expected.get("holdoutsRemoved")).equals(removed));
  }

  private static boolean stateMatches(final JsonNode want, final StanceState got) {
    return want.path("stance").asText().equals(String.valueOf(got.getStance()))
        && (!isConsensus(want) || codes(want.path("holdouts")).equals(new TreeSet<>(got.getHoldouts())));
  }

  private static String describe(final JsonNode want, final StanceState got) {
    if (got == null) {
      return "nothing";
    }
    return got.getStance() + (isConsensus(want) ? " " + got.getHoldouts() : "");
  }

  private static boolean isConsensus(final JsonNode label) {
    return CONSENSUS.equals(label.path("dimension").asText());
  }

  private static String holdoutsSuffix(final JsonNode want) {
    return isConsensus(want) ? " " + codes(want.path("holdouts")) : "";
  }

  private static Set<String> codes(final JsonNode array) {
    final Set<String> codes = new TreeSet<>();
    array.forEach(code -> codes.add(code.asText()));
    return codes;
  }

  private static String key(final JsonNode label) {
    return String.join("/", label.path("organization").asText(), label.path("candidate").asText(),
        label.path("dimension").asText(), label.path("actor").asText());
  }

  private static String key(final StanceAlert alert) {
    return String.join("/", alert.getOrganization(), alert.getCandidate(), alert.getDimension().name(),
        alert.getActor());
  }

  private static String key(final StanceState state) {
    return String.join("/", state.getOrganization(), state.getCandidate(), state.getDimension().name(),
        state.getActor());
  }

  private static String articleIds(final StanceAlert alert) {
    return String.join(",", alert.getEvidence().stream().map(Evidence::getArticleId).map(Objects::toString).toList());
  }
}
