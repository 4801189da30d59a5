package io.stancewatch.serde;

import io.stancewatch.schemas.Article;
import io.stancewatch.schemas.ChangeType;
import io.stancewatch.schemas.Dimension;
import io.stancewatch.schemas.Evidence;
import io.stancewatch.schemas.HoldoutsUpdate;
import io.stancewatch.schemas.Stance;
import io.stancewatch.schemas.StanceAlert;
import io.stancewatch.schemas.StanceSignal;
import io.stancewatch.schemas.StanceState;
import java.time.Instant;
import java.util.List;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;

/** One filled-in record of every topic type, with invented content, for serde tests. */
final class SampleRecords {

    static final Instant STATED_AT = Instant.parse("2026-03-02T09:15:00Z");
    static final Instant DETECTED_AT = Instant.parse("2026-03-02T09:20:30.125Z");
    /** An imagined earlier Article schema without the url field. */
    static final Schema ARTICLE_WITHOUT_URL = WireBytes.loadSchema("/evolution/Article-without-url.avsc");

    private SampleRecords() {
    }

    static Article article(final String id) {
        return Article.newBuilder()
                .setId(id)
                .setSource("Harbour Gazette")
                .setUrl("https://gazette.example/politics/" + id)
                .setTitle("Ministers meet ahead of the summit")
                .setBody("<p>The foreign minister said talks would continue &amp; hinted at a vote in spring.</p>")
                .setPublishedAt(STATED_AT)
                .setIngestedAt(DETECTED_AT)
                .build();
    }

    /** An article as a producer on {@link #ARTICLE_WITHOUT_URL} would have written it. */
    static GenericRecord articleWithoutUrl(final String id, final String body) {
        final GenericRecord old = new GenericData.Record(ARTICLE_WITHOUT_URL);
        old.put("id", id);
        old.put("source", "Valley Post");
        old.put("title", "From the archive");
        old.put("body", body);
        old.put("publishedAt", STATED_AT.toEpochMilli());
        old.put("ingestedAt", DETECTED_AT.toEpochMilli());
        return old;
    }

    static Evidence evidence() {
        return Evidence.newBuilder()
                .setArticleId("gazette-17")
                .setSource("Harbour Gazette")
                .setUrl(null)
                .setSentence("The minister said her government would not stand in the way.")
                .setPublishedAt(STATED_AT)
                .build();
    }

    static StanceSignal signal() {
        return StanceSignal.newBuilder()
                .setOrganization("EU")
                .setCandidate("MDA")
                .setDimension(Dimension.CONSENSUS)
                .setActor("EU")
                .setStance(Stance.LACKING)
                .setHoldouts(List.of("HUN", "SVK"))
                .setHoldoutsUpdate(HoldoutsUpdate.SET)
                .setStatedAt(STATED_AT)
                .setConfidence(0.82)
                .setEvidence(evidence())
                .setRuleId("consensus.lacking.named-holdouts")
                .build();
    }

    static StanceAlert alert() {
        return StanceAlert.newBuilder()
                .setAlertId("EU:MDA:CONSENSUS:EU:LACKING:2")
                .setChangeType(ChangeType.HOLDOUTS_CHANGED)
                .setOrganization("EU")
                .setCandidate("MDA")
                .setDimension(Dimension.CONSENSUS)
                .setActor("EU")
                .setPreviousStance(Stance.LACKING)
                .setNewStance(Stance.LACKING)
                .setPreviousHoldouts(List.of("HUN"))
                .setHoldouts(List.of("HUN", "SVK"))
                .setStatedAt(STATED_AT)
                .setDetectedAt(DETECTED_AT)
                .setConfidence(0.82)
                .setEvidence(List.of(evidence()))
                .build();
    }

    static StanceState state() {
        return StanceState.newBuilder()
                .setOrganization("EU")
                .setCandidate("MDA")
                .setDimension(Dimension.MEMBERSHIP)
                .setActor("FRA")
                .setStance(Stance.CONDITIONAL)
                .setHoldouts(List.of())
                .setStatedAt(DETECTED_AT)
                .setSince(STATED_AT)
                .setConfidence(0.7)
                .setEvidenceCount(3)
                .setSources(List.of("Harbour Gazette", "Valley Post"))
                .setEvidence(List.of(evidence()))
                .build();
    }
}
