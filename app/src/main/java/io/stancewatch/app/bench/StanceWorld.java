package io.stancewatch.app.bench;

import io.stancewatch.schemas.Stance;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
  * The "true" stances behind the synthetic feed: for each (organization, candidate, actor) the stance
  * the actor currently holds. Most statements repeat the current stance (corroboration); some change
  * it, so the feed carries stance changes over time and the processor has alerts to emit.
  */
final class StanceWorld {

    private static final List<Stance> MEMBERSHIP_STANCES =
            List.of(Stance.SUPPORT, Stance.CONDITIONAL, Stance.DEFERRED, Stance.OPPOSE);

    private final TemplateFiller random;
    private final double changeProbability;
    private final Map<String, Stance> stances = new HashMap<>();

    StanceWorld(TemplateFiller random, double changeProbability) {
        this.random = random;
        this.changeProbability = changeProbability;
    }

    /** The stance the actor states now: its current one, or with some probability a new one. */
    Stance nextStatement(String organization, String candidate, String actor) {
        final String key = organization + ":" + candidate + ":" + actor;
        final Stance current = stances.get(key);
        if (current != null && !random.chance(changeProbability)) {
            return current;
        }
        final Stance next = random.pick(MEMBERSHIP_STANCES);
        stances.put(key, next);
        return next;
    }

    /** The members whose current stance on the question is OPPOSE, in the given member order. */
    List<String> holdouts(String organization, String candidate, List<String> members) {
        return members.stream()
                .filter(m -> stances.get(organization + ":" + candidate + ":" + m) == Stance.OPPOSE)
                .toList();
    }
}
