package io.stancewatch.app.bench;

import io.stancewatch.processor.extract.StanceExtractor;
import io.stancewatch.schemas.Article;
import io.stancewatch.schemas.Dimension;
import io.stancewatch.schemas.Evidence;
import io.stancewatch.schemas.HoldoutsUpdate;
import io.stancewatch.schemas.Stance;
import io.stancewatch.schemas.StanceSignal;
import java.util.ArrayList;
import java.util.List;

/**
 * An extractor that reads nothing: it draws one to three MEMBERSHIP signals from the hash of the
 * article's body, for {@code bench --extractor} to measure what the topology itself costs, apart from
 * the extraction. Copies of one body get the same stances, as a real extractor would give them; the
 * alert and state counts mean nothing beyond that.
 */
public final class StandInStanceExtractor implements StanceExtractor {

    private static final int ACTORS = 64;
    private static final Stance[] STANCES = {Stance.SUPPORT, Stance.CONDITIONAL, Stance.DEFERRED, Stance.OPPOSE};

    @Override
    public List<StanceSignal> extract(final Article article) {
        int hash = article.getBody().hashCode();
        final int count = Math.floorMod(hash, 3) + 1;
        final List<StanceSignal> signals = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            hash = hash * 31 + 17;
            signals.add(signal(article, "A" + Math.floorMod(hash >> 4, ACTORS), STANCES[Math.floorMod(hash >> 12, 4)]));
        }
        return signals;
    }

    private static StanceSignal signal(final Article article, final String actor, final Stance stance) {
        return StanceSignal.newBuilder()
                .setOrganization("BENCH")
                .setCandidate("CND")
                .setDimension(Dimension.MEMBERSHIP)
                .setActor(actor)
                .setStance(stance)
                .setHoldoutsUpdate(HoldoutsUpdate.NONE)
                .setHoldouts(List.of())
                .setStatedAt(article.getPublishedAt())
                .setConfidence(1.0)
                .setEvidence(Evidence.newBuilder()
                        .setArticleId(article.getId())
                        .setSource(article.getSource())
                        .setUrl(article.getUrl())
                        .setSentence("stand-in signal of " + actor)
                        .setPublishedAt(article.getPublishedAt())
                        .build())
                .setRuleId("stand-in")
                .build();
    }
}
