package io.stancewatch.processor.state;

import io.stancewatch.schemas.ChangeType;
import io.stancewatch.schemas.Evidence;
import io.stancewatch.schemas.StanceAlert;
import io.stancewatch.schemas.StanceSignal;
import io.stancewatch.schemas.StanceState;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/**
 * The stance model's rules, as a pure function from (current state, an article's signals for one
 * key, wall-clock time) to (next state, alerts). See {@code shared/docs/stance-model.md}.
 *
 * <ul>
 *   <li><b>Same article twice:</b> not this class's concern. The topology drops a second copy of
 *       an article id, or of a text, before it reaches the rules, so the state carries no list of
 *       applied articles: such a list grew every state record the processor writes, and writing
 *       them was most of the processor's cost (docs/BENCHMARK.md).
 *   <li><b>Time:</b> signals are applied in statement-time order. A statement older than the
 *       state's {@code statedAt} is history: no change and no alert.
 *   <li><b>One statement time, one step:</b> the signals of one article made at the same time are
 *       folded together and compared once, so "no consensus ... Hungary is blocking" is one
 *       LACKING {HUN} step, not LACKING {} followed by a holdout change.
 *   <li><b>Corroboration:</b> a step that leaves stance and holdouts as they are adds evidence,
 *       bumps {@code evidenceCount} and adds the source; no alert.
 *   <li><b>Change:</b> NEW for a key's first stance, CHANGED when the stance (status) differs,
 *       HOLDOUTS_CHANGED when only the CONSENSUS holdouts differ. The new state starts its
 *       evidence afresh.
 *   <li><b>Holdouts:</b> see {@link Position#next}.
 * </ul>
 *
 * <p>The alert's {@code detectedAt} is the wall-clock time passed in, the only field a replay does
 * not reproduce; its id is derived from the key and the new state ({@link AlertIds}).
 */
public final class StanceStateMachine {

  /** Evidence kept per state (and carried by an alert), newest last. */
  public static final int DEFAULT_MAX_EVIDENCE = 10;
  /** Distinct sources kept per state. */
  public static final int DEFAULT_MAX_SOURCES = 50;
  private final int maxEvidence;
  private final int maxSources;

  /** A state machine with the default bounds. */
  public StanceStateMachine() {
    this(DEFAULT_MAX_EVIDENCE, DEFAULT_MAX_SOURCES);
  }

  /** A state machine keeping at most the given numbers of evidence and sources per state. */
  public StanceStateMachine(final int maxEvidence, final int maxSources) {
    this.maxEvidence = requirePositive("maxEvidence", maxEvidence);
    this.maxSources = requirePositive("maxSources", maxSources);
  }

  /**
   * Applies one signal (an article carrying a single statement for this key).
   *
   * @param current the key's state, or null when the key has none yet
   */
  public Transition apply(final StanceState current, final StanceSignal signal, final Instant now) {
    return applyArticle(current, List.of(signal), now);
  }

  /**
   * Applies all signals one article carries for one key.
   *
   * @param current the key's state, or null when the key has none yet
   * @param signals signals of one article and one key, in sentence order
   * @param now the wall-clock time of detection
   * @throws IllegalArgumentException when the signals are invalid or mix keys or articles
   */
  public Transition applyArticle(
      final StanceState current, final List<StanceSignal> signals, final Instant now) {
    requireOneKeyAndArticle(current, signals);
    final List<StanceSignal> byTime = inStatementOrder(signals);
    StanceState state = current;
    final List<StanceAlert> alerts = new ArrayList<>();
    int start = 0;
    while (start < byTime.size()) {
      int end = start + 1;
      while (end < byTime.size()
          && byTime.get(end).getStatedAt().equals(byTime.get(start).getStatedAt())) {
        end++;
      }
      final Step step = step(state, byTime.subList(start, end), now);
      state = step.state();
      step.alert().ifPresent(alerts::add);
      start = end;
    }
    // Only history (statements older than the state) leaves the state as it was: nothing to store.
    return state == current ? Transition.ignored(current) : new Transition(state, alerts, true);
  }

  /**
   * The signals sorted by statement time; stable, so statements made at the same time keep their
   * sentence order.
   */
  public static List<StanceSignal> inStatementOrder(final List<StanceSignal> signals) {
    final List<StanceSignal> byTime = new ArrayList<>(signals);
    byTime.sort(Comparator.comparing(StanceSignal::getStatedAt));
    return byTime;
  }

  private record Step(StanceState state, Optional<StanceAlert> alert) {}

  /** Applies signals made at one time. */
  private Step step(final StanceState before, final List<StanceSignal> sameTime, final Instant now) {
    final Instant statedAt = sameTime.get(0).getStatedAt();
    if (before != null && statedAt.isBefore(before.getStatedAt())) {
      return new Step(before, Optional.empty());
    }
    final Position from = before == null ? null : positionOf(before);
    Position to = from;
    for (final StanceSignal signal : sameTime) {
      to = Position.next(to, signal);
    }
    final double confidence =
        sameTime.stream().mapToDouble(StanceSignal::getConfidence).max().orElseThrow();
    final List<Evidence> evidence = sameTime.stream().map(StanceSignal::getEvidence).toList();
    if (to.equals(from)) {
      return new Step(corroborate(before, statedAt, confidence, evidence), Optional.empty());
    }
    final StanceState after = startState(before, sameTime.get(0), to, confidence, evidence);
    final ChangeType type =
        from == null
            ? ChangeType.NEW
            : from.stance() == to.stance() ? ChangeType.HOLDOUTS_CHANGED : ChangeType.CHANGED;
    return new Step(after, Optional.of(alert(type, from, after, now)));
  }

  private StanceState corroborate(
      final StanceState before,
      final Instant statedAt,
      final double confidence,
      final List<Evidence> evidence) {
    final List<String> sources = new ArrayList<>(before.getSources());
    evidence.forEach(e -> sources.add(e.getSource()));
    final List<Evidence> kept = new ArrayList<>(before.getEvidence());
    kept.addAll(evidence);
    return StanceState.newBuilder(before)
        .setStatedAt(statedAt) // never older: history was turned away before
        .setConfidence(Math.max(before.getConfidence(), confidence))
        .setEvidenceCount(before.getEvidenceCount() + evidence.size())
        .setSources(newestDistinct(sources, maxSources))
        .setEvidence(newest(kept, maxEvidence))
        .build();
  }

  private StanceState startState(
      final StanceState before,
      final StanceSignal first,
      final Position position,
      final double confidence,
      final List<Evidence> evidence) {
    return StanceState.newBuilder()
        .setOrganization(first.getOrganization())
        .setCandidate(first.getCandidate())
        .setDimension(first.getDimension())
        .setActor(first.getActor())
        .setStance(position.stance())
        .setHoldouts(position.holdoutList())
        .setStatedAt(first.getStatedAt())
        .setSince(first.getStatedAt())
        .setConfidence(confidence)
        .setEvidenceCount(evidence.size())
        .setSources(newestDistinct(evidence.stream().map(Evidence::getSource).toList(), maxSources))
        .setEvidence(newest(evidence, maxEvidence))
        .build();
  }

  private static StanceAlert alert(
      final ChangeType type, final Position from, final StanceState after, final Instant now) {
    final StanceKey key = StanceKey.of(after);
    return StanceAlert.newBuilder()
        .setAlertId(AlertIds.of(key, after.getStance(), after.getHoldouts(), after.getStatedAt()))
        .setChangeType(type)
        .setOrganization(key.organization())
        .setCandidate(key.candidate())
        .setDimension(key.dimension())
        .setActor(key.actor())
        .setPreviousStance(from == null ? null : from.stance())
        .setNewStance(after.getStance())
        .setPreviousHoldouts(from == null ? List.of() : from.holdoutList())
        .setHoldouts(after.getHoldouts())
        .setStatedAt(after.getStatedAt())
        .setDetectedAt(now)
        .setConfidence(after.getConfidence())
        .setEvidence(after.getEvidence())
        .build();
  }

  private static Position positionOf(final StanceState state) {
    return Position.of(state.getStance(), state.getHoldouts());
  }

  private static void requireOneKeyAndArticle(
      final StanceState current, final List<StanceSignal> signals) {
    if (signals == null || signals.isEmpty()) {
      throw new IllegalArgumentException("an article applies at least one signal");
    }
    final StanceKey key = SignalCheck.requireValid(signals.get(0));
    final String articleId = signals.get(0).getEvidence().getArticleId();
    for (final StanceSignal signal : signals) {
      if (!SignalCheck.requireValid(signal).equals(key)) {
        throw new IllegalArgumentException(
            "signals of keys " + key + " and " + StanceKey.of(signal) + " applied together");
      }
      if (!signal.getEvidence().getArticleId().equals(articleId)) {
        throw new IllegalArgumentException(
            "signals of articles " + articleId + " and " + signal.getEvidence().getArticleId()
                + " applied together to " + key);
      }
    }
    if (current != null && !StanceKey.of(current).equals(key)) {
      throw new IllegalArgumentException(
          "signals of " + key + " applied to the state of " + StanceKey.of(current));
    }
  }

  private static <T> List<T> newest(final List<T> items, final int max) {
    return List.copyOf(items.subList(Math.max(0, items.size() - max), items.size()));
  }

  private static List<String> newestDistinct(final List<String> items, final int max) {
    final LinkedHashSet<String> distinct = new LinkedHashSet<>();
    for (final String item : items) {
      distinct.remove(item); // a source seen again moves to the newest end
      distinct.add(item);
    }
    return newest(new ArrayList<>(distinct), max);
  }

  private static int requirePositive(final String name, final int value) {
    if (value <= 0) {
      throw new IllegalArgumentException(name + " must be positive, was " + value);
    }
    return value;
  }
}
