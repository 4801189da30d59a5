package io.stancewatch.processor.extract;

import io.stancewatch.schemas.Stance;
import java.util.List;
import java.util.Objects;

/**
 * One stance cue from {@code extract/cues.yaml}: a phrase (possibly in parts with a few words
 * between them) and what it says.
 *
 * @param id the rule id recorded on the signals it produces
 * @param parts the phrase's parts, in order; one part for a plain phrase
 * @param gaps the most words allowed before each part (the first is unused): {@link
 *     RuleIndex#MAX_GAP_WORDS} after "...", none inside a phrase split at a "*" ("stand* in the way")
 * @param kind who the cue is about
 * @param stance the MEMBERSHIP stance it states (STANCE and SELF cues), else null
 * @param negated the stance when a negation precedes it, or null when a negated cue says nothing
 * @param consent whether a member doing this withholds or gives its consent
 * @param veto whether the act is a veto (withholds consent even in majority organizations)
 * @param deferrable whether "now", "for the time being" nearby makes it a deferral
 * @param actorAfter whether the actor follows the cue ("opposition from Hungary")
 * @param speakerHolds whether the stance is the speaker's judgement, whoever the subject of the
 *     reported clause is ("she said the alliance was stronger with Sweden in it")
 * @param priority 1 weak to 3 decisive: within a sentence the strongest cue per actor wins
 */
record Cue(
    String id,
    List<String> parts,
    List<Integer> gaps,
    Kind kind,
    Stance stance,
    Stance negated,
    Consent consent,
    boolean veto,
    boolean deferrable,
    boolean actorAfter,
    boolean speakerHolds,
    int priority) {

  Cue {
    Objects.requireNonNull(id, "id");
    parts = List.copyOf(parts);
    gaps = List.copyOf(gaps);
    if (gaps.size() != parts.size()) {
      throw new IllegalArgumentException("cue " + id + ": one gap per part");
    }
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(consent, "consent");
  }

  /** Who or what a cue is about. */
  enum Kind {
    /** An actor's own stance: the speaker or the subject. */
    STANCE,
    /** The candidate's own wish to join: applying, aspiring. */
    SELF,
    /** The members do not all agree. */
    LACKING,
    /** The members all agree: the last ratification, a unanimous decision. */
    REACHED,
    /** The named members are the only ones still withholding consent. */
    ONLY,
    /** Hides the shorter cues inside it ("practical reasons" is not "practical"). */
    IGNORE
  }

  /** What a member doing what the cue says means for the consensus. */
  enum Consent {
    NONE,
    /** A member doing this is a holdout. */
    WITHHELD,
    /** A member doing this stops being a holdout. */
    GIVEN
  }
}
