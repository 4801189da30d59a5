package io.stancewatch.processor.extract;

import io.stancewatch.schemas.Article;
import io.stancewatch.schemas.Dimension;
import io.stancewatch.schemas.Evidence;
import io.stancewatch.schemas.HoldoutsUpdate;
import io.stancewatch.schemas.Stance;
import io.stancewatch.schemas.StanceSignal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns an article's findings into signals, one per key and statement time, so one article never
 * raises two alerts on one key at one time. MEMBERSHIP keeps the strongest cue (the later one on a
 * tie); CONSENSUS folds the findings in text order ("X ratified ... leaving Y as the only holdout"
 * is one SET {Y}).
 */
final class SignalMerger {

  private SignalMerger() {}

  static List<StanceSignal> signals(List<Finding> findings, Article article) {
    Map<String, List<Finding>> bySlot = new LinkedHashMap<>();
    for (Finding finding : findings) {
      bySlot.computeIfAbsent(finding.slot(), k -> new ArrayList<>()).add(finding);
    }
    List<Finding> merged = new ArrayList<>();
    for (List<Finding> slot : bySlot.values()) {
      merged.add(slot.get(0).dimension() == Dimension.MEMBERSHIP ? strongest(slot) : folded(slot));
    }
    merged.sort(Comparator.comparingInt(Finding::order));
    List<StanceSignal> signals = new ArrayList<>(merged.size());
    for (Finding finding : merged) {
      signals.add(signal(finding, article));
    }
    return signals;
  }

  private static Finding strongest(List<Finding> slot) {
    Finding best = slot.get(0);
    for (Finding finding : slot) {
      if (finding.priority() >= best.priority()) {
        best = finding;
      }
    }
    return best;
  }

  /** Applies the consensus findings of one slot in order, as the state rules would. */
  private static Finding folded(List<Finding> slot) {
    Stance status = null;
    HoldoutsUpdate update = HoldoutsUpdate.NONE;
    Set<String> holdouts = new LinkedHashSet<>();
    Finding decisive = slot.get(0);
    double confidence = 0;
    for (Finding f : slot) {
      confidence = Math.max(confidence, f.confidence());
      decisive = f;
      if (f.stance() == Stance.REACHED) {
        status = Stance.REACHED;
        update = HoldoutsUpdate.NONE;
        holdouts.clear();
        continue;
      }
      switch (f.update()) {
        case NONE -> {
          if (status == null || status == Stance.REACHED) {
            status = Stance.LACKING;
            update = HoldoutsUpdate.NONE;
            holdouts.clear();
          }
        }
        case SET -> {
          status = Stance.LACKING;
          update = HoldoutsUpdate.SET;
          holdouts = new LinkedHashSet<>(f.holdouts());
        }
        case ADD -> {
          if (status == Stance.REACHED) {
            update = HoldoutsUpdate.SET;
            holdouts.clear();
          } else if (update == HoldoutsUpdate.NONE || update == HoldoutsUpdate.REMOVE) {
            update = HoldoutsUpdate.ADD;
            holdouts.clear();
          }
          status = Stance.LACKING;
          holdouts.addAll(f.holdouts());
        }
        case REMOVE -> {
          if (status == Stance.REACHED) {
            continue;
          }
          if (update == HoldoutsUpdate.NONE || update == HoldoutsUpdate.REMOVE) {
            update = HoldoutsUpdate.REMOVE;
            holdouts.addAll(f.holdouts());
          } else {
            holdouts.removeAll(f.holdouts());
            if (holdouts.isEmpty() && update == HoldoutsUpdate.SET) {
              status = Stance.REACHED;
              update = HoldoutsUpdate.NONE;
            } else if (holdouts.isEmpty()) {
              // "which Turkey blocked for months, was approved by Ankara": the article ends with the member's consent
              update = HoldoutsUpdate.REMOVE;
              holdouts.addAll(f.holdouts());
            }
          }
          status = status == null ? Stance.LACKING : status;
        }
      }
    }
    return new Finding(decisive.organization(), decisive.candidate(), decisive.dimension(), decisive.actor(),
        status, List.copyOf(holdouts), update, decisive.statedAt(), decisive.priority(), confidence,
        decisive.ruleId(), decisive.sentence(), slot.get(0).order());
  }

  private static StanceSignal signal(Finding f, Article article) {
    Evidence evidence = Evidence.newBuilder()
        .setArticleId(article.getId())
        .setSource(article.getSource())
        .setUrl(article.getUrl())
        .setSentence(f.sentence())
        .setPublishedAt(article.getPublishedAt())
        .build();
    return StanceSignal.newBuilder()
        .setOrganization(f.organization())
        .setCandidate(f.candidate())
        .setDimension(f.dimension())
        .setActor(f.actor())
        .setStance(f.stance())
        .setHoldouts(f.holdouts().stream().sorted().toList())
        .setHoldoutsUpdate(f.update())
        .setStatedAt(f.statedAt())
        .setConfidence(Math.round(f.confidence() * 1000) / 1000.0)
        .setEvidence(evidence)
        .setRuleId(f.ruleId())
        .build();
  }
}
