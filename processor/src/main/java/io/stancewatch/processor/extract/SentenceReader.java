package io.stancewatch.processor.extract;

import io.stancewatch.processor.extract.gazetteer.Admission;
import io.stancewatch.processor.extract.gazetteer.Gazetteer;
import io.stancewatch.processor.extract.gazetteer.Mention;
import io.stancewatch.processor.extract.gazetteer.MentionKind;
import io.stancewatch.processor.extract.gazetteer.Organization;
import io.stancewatch.processor.extract.gazetteer.Role;
import io.stancewatch.schemas.Dimension;
import io.stancewatch.schemas.HoldoutsUpdate;
import io.stancewatch.schemas.Stance;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the findings of one sentence: for each cue not cancelled by a denial, a hypothetical or
 * someone's speculation, it works out the stance (negation, deferral, condition), the
 * organization and candidate (from the sentence, else from the article so far), the actor
 * (subject, speaker, reference back) and when the statement was made; a member withholding or
 * giving its consent also moves the consensus.
 */
final class SentenceReader {

  /** A pluperfect with no date recalls how things stood before: one day before publication. */
  static final Duration PAST_PERFECT_OFFSET = Duration.ofDays(1);

  private static final int NEGATION_WINDOW = 5;
  private static final int SPECULATION_WINDOW = 3;
  /** How far a candidate's bid may stand after a stance verb and still be its object ("oppose Armenia's bid"). */
  private static final int OBJECT_TOKENS = 3;
  private static final int CANDIDATE_WINDOW = 4;
  /** How far a word of joining may stand before the organization it names ("entry into the Schengen area"). */
  private static final int JOINED_WINDOW = 2;
  /** How far after a cue its object may name the candidate ("vetoed the admission of Romania"). */
  private static final int OBJECT_WINDOW = 5;
  /** How far after a cue "by" may introduce the actor of a passive. */
  private static final int PASSIVE_WINDOW = 4;
  /** Headlines drop words, so a candidate may stand further from the word of joining. */
  private static final int HEADLINE_WINDOW = 7;
  /** How many words a speaker closing a sentence may have (", the Georgian prime minister said"). */
  private static final int TRAILING_SPEAKER_TOKENS = 6;
  /** How far into a sentence its subject may start. */
  private static final int SUBJECT_TOKENS = 4;

  private final Gazetteer gazetteer;
  private final Lexicon lexicon;
  private final ActorResolver actors;
  private final StatementTimes times;

  SentenceReader(Gazetteer gazetteer, Lexicon lexicon, StatementTimes times) {
    this.gazetteer = gazetteer;
    this.lexicon = lexicon;
    this.actors = new ActorResolver(gazetteer, lexicon);
    this.times = times;
  }

  /** What a sentence's cues are read against: its dates, its organizations, its candidates. */
  private record Context(
      SentenceView s, Instant publishedAt, Discourse d, List<StatementTimes.TimeMark> marks, Instant anaphorTime) {}

  List<Finding> read(SentenceView s, Instant publishedAt, Discourse d, int order) {
    // Dates are only looked for where a cue needs one (the hot path skips the other sentences).
    List<StatementTimes.TimeMark> marks = s.cues.isEmpty() ? List.of() : times.find(s, publishedAt);
    Instant anaphor = marks.isEmpty() && !s.hits(Lexicon.Term.TIME_ANAPHOR).isEmpty()
        ? previousTime(d, publishedAt)
        : null;
    for (Mention m : s.mentions) {
      if (m.kind() == MentionKind.ORGANIZATION) {
        d.lastOrganization = m.code();
      }
    }
    noteQuestion(s, publishedAt, d, CANDIDATE_WINDOW);
    Context c = new Context(s, publishedAt, d, marks, anaphor);
    List<Finding> findings = new ArrayList<>();
    noteInterviewTurn(s, d);
    if (!s.isQuestion() && !d.interviewerSpeaking) {
      for (int k = 0; k < s.cues.size(); k++) {
        RuleIndex.CueMatch cue = s.cues.get(k);
        if (!isCancelled(s, cue)) {
          read(c, cue, order * 100 + k, findings);
        }
      }
    }
    if (findings.isEmpty() && !s.isQuestion() && !d.interviewerSpeaking) {
      sharedPosition(s, d, order * 100 + 99, findings);
    }
    if (!findings.isEmpty()) {
      List<Finding> stances = findings.stream().filter(f -> f.dimension() == Dimension.MEMBERSHIP).toList();
      if (!stances.isEmpty()) {
        d.lastStances = stances;
      }
    }
    remember(s, d, marks, anaphor);
    return findings;
  }

  /**
   * "Germany's foreign minister took the same position": the actor named before the phrase takes the stances
   * of the last sentence that stated one.
   */
  private void sharedPosition(SentenceView s, Discourse d, int order, List<Finding> out) {
    List<RuleIndex.Hit> same = s.hits(Lexicon.Term.SAME_POSITION);
    if (same.isEmpty() || d.lastStances.isEmpty()) {
      return;
    }
    ActorResolver.Actors who = actors.nearestActingBefore(s, s.start, same.get(0).start(), d);
    for (String actor : who.codes()) {
      for (Finding f : d.lastStances) {
        // a candidate's own bid is no position another country can share
        if (!actor.equals(f.actor()) && !actor.equals(f.candidate()) && !f.actor().equals(f.candidate())) {
          out.add(new Finding(f.organization(), f.candidate(), Dimension.MEMBERSHIP, actor, f.stance(), List.of(),
              HoldoutsUpdate.NONE, f.statedAt(), f.priority(), f.confidence() * 0.9, "same-position", s.sentence(), order));
        }
      }
    }
  }

  /**
   * "Q: Newspapers say Israel will veto it. Will it?": in an interview the interviewer's turn, from a
   * question marker to the next answer marker, puts claims to the guest and states no one's stance.
   */
  private void noteInterviewTurn(SentenceView s, Discourse d) {
    if (s.tokenCount() < 2 || !s.word(1).equals(":")) {
      return;
    }
    if (lexicon.has(Lexicon.WordList.QUESTION_TURN, s.word(0))) {
      d.interviewerSpeaking = true;
    } else if (lexicon.has(Lexicon.WordList.ANSWER_TURN, s.word(0))) {
      d.interviewerSpeaking = false;
    }
  }

  // ---------------------------------------------------------------- cancellation

  private boolean isCancelled(SentenceView s, RuleIndex.CueMatch cue) {
    for (RuleIndex.Hit denial : s.hits(Lexicon.Term.DENIAL)) {
      if (denial.end() <= cue.start()) {
        return true;
      }
    }
    for (RuleIndex.Hit hearsay : s.hits(Lexicon.Term.HEARSAY)) {
      if (hearsay.end() <= cue.start()) {
        return true;
      }
    }
    for (RuleIndex.Hit hypothetical : s.hits(Lexicon.Term.HYPOTHETICAL)) {
      // "Until Ankara consents, Stockholm cannot be admitted": an opening hypothetical holds its main clause too
      boolean opening = opensSentenceOrQuote(s, hypothetical.start());
      if (hypothetical.end() <= cue.start() && (opening || s.sameClause(hypothetical.end(), cue.start()))) {
        return true;
      }
    }
    if (inFutureCondition(s, cue.start())) {
      return true;
    }
    for (RuleIndex.Hit condition : s.hits(Lexicon.Term.CONDITION_CLAUSE)) {
      // "will apply only once the treaty is ratified": the ratifying is the condition, not a stance
      if (condition.end() <= cue.start() && s.sameClause(condition.end(), cue.start())
          && !isConditionException(s, condition)) {
        return true;
      }
    }
    for (RuleIndex.Hit guess : s.hits(Lexicon.Term.SPECULATION)) {
      if (guess.end() <= cue.start()
          && s.tokensBetween(guess.end(), cue.start()) <= SPECULATION_WINDOW
          && s.sameClause(guess.end(), cue.start())
          && !isNegationAt(s, guess.end())) {
        return true;
      }
    }
    return false;
  }

  private static boolean isNegationAt(SentenceView s, int offset) {
    RuleIndex.Hit negation = s.firstAfter(Lexicon.Term.NEGATION, offset);
    return negation != null && s.tokensBetween(offset, negation.start()) == 0;
  }

  /** Whether an odd number of negations stands shortly before the cue in its clause. */
  private boolean isNegated(SentenceView s, RuleIndex.CueMatch cue) {
    int count = 0;
    int lastStart = -1;
    int scope = coordinatedScope(s, cue.start());
    for (RuleIndex.Hit negation : s.hits(Lexicon.Term.NEGATION)) {
      boolean insideCue = cue.start() <= negation.start() && negation.end() <= cue.end();
      if (negation.end() <= cue.start()
          && negation.start() >= scope
          && negation.start() != lastStart
          && !insideCue
          && s.tokensBetween(negation.end(), cue.start()) <= NEGATION_WINDOW
          && s.sameClause(negation.end(), cue.start())) {
        count++;
        lastStart = negation.start();
      }
    }
    return count % 2 == 1;
  }

  /**
   * Where the coordinated clause holding an offset starts: a negation before "and" or "but" belongs to
   * the other verb ("is not a state and cannot be admitted", "did not vote but backs it").
   */
  private int coordinatedScope(SentenceView s, int offset) {
    int first = s.tokenAt(s.clauseStart(offset));
    for (int k = s.tokenAt(offset) - 1; k >= first; k--) {
      if (lexicon.has(Lexicon.WordList.COORDINATOR, s.word(k))) {
        return s.tokenStart(k);
      }
    }
    return s.start;
  }

  // ---------------------------------------------------------------- one cue

  private void read(Context c, RuleIndex.CueMatch match, int order, List<Finding> out) {
    SentenceView s = c.s();
    Cue cue = match.cue();
    String organization = organizationFor(c, match);
    if (organization == null) {
      return;
    }
    Optional<Organization> known = gazetteer.organization(organization);
    if (known.isEmpty()) {
      return; // a reference noun the gazetteer maps to no listed organization
    }
    Organization org = known.get();
    StatementTimes.TimeMark mark = markFor(c, match);
    Instant statedAt = timeFor(c, match, mark);
    Candidates candidates = candidatesFor(c, org, statedAt, match);
    if (candidates.codes().isEmpty()) {
      candidates = speakersOwnBid(c, org, statedAt, match);
    }
    if (candidates.codes().isEmpty()) {
      return;
    }
    // A weak cue needs words of joining in its sentence, or a candidate named there.
    boolean weak = cue.kind() == Cue.Kind.STANCE && cue.priority() < 3;
    if (weak && s.hits(Lexicon.Term.ACCESSION).isEmpty() && candidates.fromDiscourse()) {
      return;
    }
    switch (cue.kind()) {
      case SELF -> {
        // a bare "the application" refers back to a bid; it states nothing new unless the candidate is named
        boolean reference = cue.priority() < 2 && candidates.fromDiscourse();
        if (!isNegated(s, match) && !reference) {
          // the candidate's own act: applying is SUPPORT, declining its invitation or withdrawing is OPPOSE
          for (String candidate : applicants(c, cue, match, candidates.codes(), org, statedAt)) {
            if (cue.stance() == Stance.OPPOSE && !ownVoice(c, match, candidate)) {
              continue; // "Argentina will not join, the Brazilian president said" is Brazil's forecast, not Argentina's refusal
            }
            // "will apply only once the treaty is ratified": the candidate ties its own bid to a condition
            Stance own = cue.stance() == Stance.SUPPORT && hasCondition(s, match) ? Stance.CONDITIONAL : cue.stance();
            // "Russia opposes Armenia's bid": the bid named as another's object is weaker than the candidate's own words
            int priority = isObjectOfStance(s, match) ? 0 : cue.priority();
            out.add(membership(organization, candidate, candidate, own, statedAt, cue, priority, 0.9, s, order));
          }
        }
      }
      case LACKING, ONLY, REACHED -> consensus(c, org, candidates, cue, match, statedAt, order, out);
      case STANCE -> stance(c, org, candidates, cue, match, mark, statedAt, order, out);
      case IGNORE -> { }
    }
  }

  private void stance(
      Context c,
      Organization org,
      Candidates candidates,
      Cue cue,
      RuleIndex.CueMatch match,
      StatementTimes.TimeMark mark,
      Instant statedAt,
      int order,
      List<Finding> out) {
    SentenceView s = c.s();
    boolean negated = isNegated(s, match);
    Stance stance = negated ? cue.negated() : cue.stance();
    if (stance == null) {
      return;
    }
    // "blocked for the time being", "does not back it at this time": not now, rather than never
    boolean notNow = cue.deferrable() || (negated && cue.stance() == Stance.SUPPORT && !isPending(s, match));
    if (stance == Stance.OPPOSE && notNow && isDeferred(s, match)) {
      stance = Stance.DEFERRED;
    }
    if (stance == Stance.SUPPORT && hasCondition(s, match)) {
      stance = Stance.CONDITIONAL;
    }
    c.d().statementTime = statedAt;
    ActorResolver.Actors who = actorsFor(c, cue, match, stance, Set.copyOf(candidates.named()), org.code());
    c.d().statementTime = null;
    if (who.isEmpty() && mark != null && mark.organization() != null && mark.organization().equals(org.code())) {
      who = new ActorResolver.Actors(List.of(org.code()), false);
    }
    double confidence = confidence(cue, who.referredBack(), candidates.fromDiscourse());
    // "has not yet lifted its veto" reports a step still outstanding: weaker than a stance the actor states
    boolean pending = negated && cue.consent() == Cue.Consent.GIVEN && isPending(s, match);
    // "we are not blocking anyone" only denies a block: a condition the actor states beside it says more
    boolean deniedOpposition = negated && cue.stance() == Stance.OPPOSE && stance == Stance.SUPPORT;
    for (String actor : who.codes()) {
      for (String candidate : candidates.codes()) {
        // a candidate cannot block itself, but its own named voice can put its bid off ("not a priority now")
        boolean ownDeferral = stance == Stance.DEFERRED && !who.referredBack();
        if (actor.equals(candidate) && stance != Stance.SUPPORT && !ownDeferral) {
          continue;
        }
        if (!actor.equals(candidate) && who.codes().contains(candidate)) {
          continue; // "Romania and Bulgaria will become members": each speaks for its own bid, not the other's
        }
        out.add(membership(org.code(), candidate, actor, stance, statedAt, cue,
            pending || deniedOpposition ? 1 : cue.priority(),
            confidence, s, order));
        holdoutMove(org, candidate, actor, stance, negated, cue, statedAt, confidence, s, order, out);
      }
    }
  }

  /** A member withholding consent joins the holdouts; one giving it leaves them. */
  private void holdoutMove(
      Organization org,
      String candidate,
      String actor,
      Stance stance,
      boolean negated,
      Cue cue,
      Instant statedAt,
      double confidence,
      SentenceView s,
      int order,
      List<Finding> out) {
    if (!org.isMember(actor, statedAt) || org.admission() == Admission.MAJORITY) {
      return;
    }
    if (org.admission() == Admission.SECURITY_COUNCIL_AND_ASSEMBLY && !cue.veto()
        && !(org.holdsVeto(actor) && !inAssembly(s, org))) {
      return; // only a veto, or a permanent member refusing outside the assembly's vote, stops the recommendation
    }
    boolean withholds = stance == Stance.OPPOSE
        && (cue.consent() == Cue.Consent.WITHHELD || (negated && cue.consent() == Cue.Consent.GIVEN));
    boolean gives = stance == Stance.SUPPORT && !negated && cue.consent() == Cue.Consent.GIVEN;
    if (withholds || gives) {
      out.add(new Finding(org.code(), candidate, Dimension.CONSENSUS, org.code(), Stance.LACKING,
          List.of(actor), withholds ? HoldoutsUpdate.ADD : HoldoutsUpdate.REMOVE, statedAt,
          cue.priority(), confidence, cue.id() + (withholds ? "/holdout-add" : "/holdout-remove"),
          s.sentence(), order));
    }
  }

  /** Whether the sentence is about the organization's assembly (its majority vote), where nobody holds a veto. */
  private static boolean inAssembly(SentenceView s, Organization org) {
    for (Mention m : s.mentions) {
      if (m.kind() == MentionKind.INSTITUTION && org.code().equals(m.code()) && m.titleRole() == Role.PARLIAMENT) {
        return true;
      }
    }
    return false;
  }

  private void consensus(
      Context c,
      Organization org,
      Candidates candidates,
      Cue cue,
      RuleIndex.CueMatch match,
      Instant statedAt,
      int order,
      List<Finding> out) {
    SentenceView s = c.s();
    if (org.admission() == Admission.MAJORITY) {
      return;
    }
    Set<String> exclude = new LinkedHashSet<>(candidates.named());
    speakerOf(c, match).ifPresent(exclude::add);
    List<String> named = namedMembers(s, org, statedAt, exclude);
    if (cue.kind() == Cue.Kind.ONLY) {
      // "Slovakia lifted its objection, leaving Hungary as the only one blocking": the only ones are named in the cue's clause
      List<String> inClause = namedMembers(s, org, statedAt, exclude, s.clauseStart(match.start()));
      named = inClause.isEmpty() ? named : inClause;
    }
    // "not all 27 agreed", "failed to reach unanimity": a denied agreement is a lack of it
    boolean reached = cue.kind() == Cue.Kind.REACHED && !isNegated(s, match);
    Stance status = reached ? Stance.REACHED : Stance.LACKING;
    HoldoutsUpdate update = HoldoutsUpdate.NONE;
    if (status == Stance.LACKING && !named.isEmpty()) {
      boolean only = cue.kind() == Cue.Kind.ONLY && s.hits(Lexicon.Term.ONLY_EXCEPTION).isEmpty();
      update = only ? HoldoutsUpdate.SET : HoldoutsUpdate.ADD;
    } else if (cue.kind() == Cue.Kind.ONLY) {
      return;
    }
    List<String> holdouts = status == Stance.REACHED ? List.of() : named;
    double confidence = confidence(cue, false, candidates.fromDiscourse());
    // the members' unanimous step forward ("leaders agreed to open talks") is also the organization's own backing
    Stance backing = hasCondition(s, match) ? Stance.CONDITIONAL : Stance.SUPPORT;
    for (String candidate : candidates.codes()) {
      out.add(new Finding(org.code(), candidate, Dimension.CONSENSUS, org.code(), status, holdouts, update,
          statedAt, cue.priority() + 1, confidence, cue.id(), s.sentence(), order));
      if (status == Stance.REACHED) {
        out.add(membership(org.code(), candidate, org.code(), backing, statedAt, cue, cue.priority(), confidence, s,
            order));
      }
    }
  }

  private Optional<String> speakerOf(Context c, RuleIndex.CueMatch match) {
    RuleIndex.Hit verb = c.s().lastBefore(Lexicon.Term.SPEECH_VERB, match.start());
    if (verb == null) {
      return Optional.empty();
    }
    return actors.speaker(c.s(), verb, c.d()).codes().stream().findFirst();
  }

  /** The candidates named (as a list) right after the cue in its clause: what it blocks, backs or approves. */
  private List<String> objectCandidates(SentenceView s, RuleIndex.CueMatch match, List<String> candidates) {
    for (int i = 0; i < s.mentions.size(); i++) {
      Mention m = s.mentions.get(i);
      if (m.start() > match.start() && candidates.contains(m.code()) && ActorResolver.isCountry(m)
          && s.tokensBetween(match.end(), m.start()) <= OBJECT_WINDOW && s.sameClause(match.start(), m.start())) {
        List<String> objects = new ArrayList<>(actors.listFrom(s, i).stream().filter(candidates::contains).toList());
        for (Mention other : s.mentions) {
          // "to grant Moldova candidate status, alongside Ukraine"
          RuleIndex.Hit also = s.lastBefore(Lexicon.Term.CO_OBJECT, other.start());
          if (other.start() > m.end() && candidates.contains(other.code()) && !objects.contains(other.code())
              && also != null && also.start() > m.end() && s.tokensBetween(also.end(), other.start()) <= 1) {
            objects.add(other.code());
          }
        }
        return objects;
      }
    }
    return List.of();
  }

  /** Whether the offset lies in a clause opened by a comma and a relative pronoun (", which applied ..."). */
  private boolean inRelativeClause(SentenceView s, int offset) {
    int clause = s.clauseStart(offset);
    return clause > s.start && s.word(s.tokenAt(clause) - 1).equals(",")
        && actors.opensRelativeClause(s, s.tokenAt(clause));
  }

  /** Member countries named in the sentence (not as places), except the excluded ones. */
  private List<String> namedMembers(SentenceView s, Organization org, Instant at, Set<String> exclude) {
    return namedMembers(s, org, at, exclude, s.start);
  }

  private List<String> namedMembers(SentenceView s, Organization org, Instant at, Set<String> exclude, int from) {
    List<String> named = new ArrayList<>();
    for (Mention m : s.mentions) {
      if (m.start() < from) {
        continue;
      }
      boolean kind = m.kind() == MentionKind.COUNTRY_NAME || m.kind() == MentionKind.CAPITAL
          || m.kind() == MentionKind.COUNTRY_DEMONYM;
      boolean place = !s.possessiveAt(m.end())
          && lexicon.has(Lexicon.WordList.PLACE_PREPOSITION, s.wordBefore(m.start()))
          && !s.wordBefore(m.start()).equals("on")
          && !s.wordBefore(m.start()).equals("of"); // "the objection of Israel" names its holder
      if (kind && !place && org.isMember(m.code(), at) && !exclude.contains(m.code()) && !named.contains(m.code())) {
        named.add(m.code());
      }
    }
    return named;
  }

  /** Whether "not yet", "yet to", "still has not" stands before the cue in its clause. */
  private static boolean isPending(SentenceView s, RuleIndex.CueMatch match) {
    for (RuleIndex.Hit marker : s.hits(Lexicon.Term.PENDING)) {
      if (marker.end() <= match.start() && s.sameClause(marker.end(), match.start())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a "for now", "for the foreseeable future" qualifies the cue: in its own clause or opening the
   * sentence, and not the conjunction "now that" (which gives a reason, not a time).
   */
  private static boolean isDeferred(SentenceView s, RuleIndex.CueMatch match) {
    for (RuleIndex.Hit qualifier : s.hits(Lexicon.Term.DEFERRAL_QUALIFIER)) {
      boolean conjunction = false;
      for (RuleIndex.Hit reason : s.hits(Lexicon.Term.REASON_CONJUNCTION)) {
        conjunction |= reason.start() <= qualifier.start() && qualifier.end() <= reason.end();
      }
      boolean scoped = s.sameClause(qualifier.start(), match.start())
          || s.clauseStart(qualifier.start()) == s.start;
      if (scoped && !conjunction) {
        return true;
      }
    }
    return false;
  }

  private boolean hasCondition(SentenceView s, RuleIndex.CueMatch match) {
    for (RuleIndex.Hit condition : s.hits(Lexicon.Term.CONDITION)) {
      if (isConditionException(s, condition)) {
        continue; // "once again", "once more": no condition
      }
      // "Once the reforms are done, the Union will support it": a condition opening the sentence or quote
      boolean opening = condition.end() <= match.start() && opensSentenceOrQuote(s, condition.start());
      if (opening) {
        return true;
      }
      boolean after = condition.start() >= match.end();
      // "agreed in principle to admit": a condition between the parts of the cue
      boolean inside = condition.start() >= match.start() && condition.end() <= match.end();
      boolean beforeInClause = condition.end() <= match.start() && s.sameClause(condition.end(), match.start());
      if (after || inside || beforeInClause) {
        return true;
      }
    }
    // "will back it when the reforms are done": a future stance tied to a later event
    int last = s.tokenCount();
    for (int k = s.tokenAt(match.end()); k < last && s.sameClause(match.end(), s.tokenStart(k)); k++) {
      if (lexicon.has(Lexicon.WordList.FUTURE_CONDITION, s.word(k))) {
        return inFutureCondition(s, s.tokenStart(k) + 1);
      }
    }
    return false;
  }

  /**
   * "We will apply when the treaty is ratified": after a future "will", a clause opened by "when" is
   * the condition; the offset lies in it.
   */
  private boolean inFutureCondition(SentenceView s, int offset) {
    int first = s.tokenAt(s.clauseStart(offset));
    for (int k = s.tokenAt(offset) - 1; k > first; k--) {
      if (lexicon.has(Lexicon.WordList.FUTURE_CONDITION, s.word(k))) {
        for (int j = k - 1; j >= first; j--) {
          if (lexicon.has(Lexicon.WordList.FUTURE_AUXILIARY, s.word(j))) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** "Russia continued to oppose Armenia's bid": a bid named as the object of another's stance. */
  private static boolean isObjectOfStance(SentenceView s, RuleIndex.CueMatch self) {
    for (RuleIndex.CueMatch other : s.cues) {
      if (other.cue().kind() == Cue.Kind.STANCE && other.end() <= self.start()
          && s.tokensBetween(other.end(), self.start()) <= OBJECT_TOKENS && s.sameClause(other.end(), self.start())) {
        return true;
      }
    }
    return false;
  }

  private static boolean isConditionException(SentenceView s, RuleIndex.Hit condition) {
    for (RuleIndex.Hit exception : s.hits(Lexicon.Term.CONDITION_EXCEPTION)) {
      if (exception.start() <= condition.start() && condition.start() < exception.end()) {
        return true;
      }
    }
    return false;
  }

  /** Whether only an opening quote or nothing stands between the start of the sentence and the offset. */
  private static boolean opensSentenceOrQuote(SentenceView s, int offset) {
    int k = offset - 1;
    while (k >= s.start && Character.isWhitespace(s.text.charAt(k))) {
      k--;
    }
    return k < s.start || "\"“‘'".indexOf(s.text.charAt(k)) >= 0;
  }

  // ---------------------------------------------------------------- who

  /** Whether a reported refusal is the candidate's own: nobody else is named saying it. */
  private boolean ownVoice(Context c, RuleIndex.CueMatch match, String candidate) {
    SentenceView s = c.s();
    RuleIndex.Hit verb = s.lastBefore(Lexicon.Term.SPEECH_VERB, match.start());
    if (verb == null) {
      verb = quotedSpeechAfter(s, match);
    }
    if (verb == null) {
      return true;
    }
    List<String> speakers = actors.speaker(s, verb, c.d()).codes();
    return speakers.isEmpty() || speakers.contains(candidate);
  }

  /** The candidates an application cue is about: the one acting in the sentence if any, else all. */
  private List<String> applicants(
      Context c, Cue cue, RuleIndex.CueMatch match, List<String> candidates, Organization org, Instant at) {
    ActorResolver.Actors who = actorsFor(c, cue, match, Stance.SUPPORT, Set.of(), null);
    List<String> acting = who.codes().stream().filter(candidates::contains).toList();
    if (acting.isEmpty() && who.codes().size() == 1 && !who.referredBack()
        && gazetteer.country(who.codes().get(0)).isPresent() && !wasMember(org, who.codes().get(0), at)) {
      // "Moldova's president said her country was determined to join": the non-member speaking applies for itself
      return who.codes();
    }
    return acting.isEmpty() ? candidates : acting;
  }

  private ActorResolver.Actors actorsFor(
      Context c, Cue cue, RuleIndex.CueMatch match, Stance stance, Set<String> candidateCodes, String organization) {
    SentenceView s = c.s();
    Discourse d = c.d();
    if (cue.actorAfter()) {
      ActorResolver.Actors after = actors.actingAfter(s, match.end(), d);
      if (!after.isEmpty()) {
        return after;
      }
    }
    ActorResolver.Actors agent = passiveAgent(s, match, d);
    if (!agent.isEmpty()) {
      return agent;
    }
    RuleIndex.Hit verb = s.lastBefore(Lexicon.Term.SPEECH_VERB, match.start());
    RuleIndex.Hit quotedVerb = quotedSpeechAfter(s, match);
    if (cue.speakerHolds() && (verb != null || quotedVerb != null)) {
      return actors.speaker(s, verb != null ? verb : quotedVerb, d);
    }
    // A candidate backing itself is its own actor, unless someone else is quoted saying it.
    boolean selfPossible = stance == Stance.SUPPORT && verb == null && quotedVerb == null;
    Set<String> candidates = selfPossible ? Set.of() : candidateCodes;
    int from = Math.max(verb == null ? s.start : verb.end(), s.clauseStart(match.start()));
    ActorResolver.Actors subject = actors.nearestActingBefore(s, from, match.start(), d, candidates);
    if (!subject.isEmpty()) {
      return subject;
    }
    if (actors.hasNonStateSpeaker(s, from, match.start())) {
      // "two-thirds of the members had spoken in favour": no one state's stance, unless they are
      // listed ("twelve members voted for it, among them France and Japan")
      return actors.listAfter(s, match.end());
    }
    int relative = actors.parentheticalBefore(s, s.clauseStart(match.start()));
    if (verb == null && relative > s.start) {
      // "Hungary, which buys most of its gas from Russia, blocked ...": the subject before the relative clause
      ActorResolver.Actors before = actors.nearestActingBefore(s, s.clauseStart(relative), relative, d, candidates);
      if (!before.isEmpty()) {
        return before;
      }
    }
    if (verb == null) {
      // No subject in the cue's own clause: the sentence's subject, when it opens the sentence.
      int opening = s.tokenCount() > SUBJECT_TOKENS ? s.tokenStart(SUBJECT_TOKENS) : s.end;
      ActorResolver.Actors opener = actors.nearestActingBefore(s, s.start, Math.min(opening, match.start()), d, candidates);
      if (!opener.isEmpty() && !actors.hasNonStateSpeaker(s, opening, match.start())) {
        return opener;
      }
    }
    RuleIndex.Hit group = s.lastBefore(Lexicon.Term.GROUP_REFERENCE, match.start());
    // "they" right after a verb of saying is its speaker ("X and Y said they back it"), not an earlier group
    boolean speakersOwn = verb != null && group != null && s.tokensBetween(verb.end(), group.start()) <= 1;
    if (group != null && group.start() >= from && !speakersOwn && !d.lastGroup.isEmpty()) {
      return new ActorResolver.Actors(d.lastGroup, true);
    }
    if (verb != null) {
      ActorResolver.Actors speaker = actors.speaker(s, verb, d);
      if (!speaker.isEmpty() || !lexicon.has(Lexicon.WordList.PASSIVE_AUXILIARY, s.wordBefore(verb.start()))) {
        return speaker;
      }
    }
    if (quotedVerb != null) {
      return actors.speaker(s, quotedVerb, d);
    }
    ActorResolver.Actors listed = actors.listAfter(s, match.end());
    if (!listed.isEmpty()) {
      return listed;
    }
    if (lexicon.has(Lexicon.WordList.PERSON_PRONOUN, s.word(0)) && d.lastPerson != null) {
      return new ActorResolver.Actors(List.of(d.lastPerson), true);
    }
    if (organization != null && stance != Stance.OPPOSE && isAgentlessPassive(s, match)) {
      // "Georgia would be granted candidate status once ...", said by no one named: only the organization grants it
      return new ActorResolver.Actors(List.of(organization), false);
    }
    return ActorResolver.Actors.NONE;
  }

  /** Whether the cue is a participle after "be"/"was" with no "by" naming who acts. */
  private boolean isAgentlessPassive(SentenceView s, RuleIndex.CueMatch match) {
    int first = s.tokenAt(match.start());
    boolean passive = lexicon.has(Lexicon.WordList.PASSIVE_AUXILIARY, s.word(first))
        || lexicon.has(Lexicon.WordList.PASSIVE_AUXILIARY, s.word(first - 1));
    return passive && s.word(first).endsWith("ed");
  }

  /** "was blocked for months by Turkey": the name after "by" shortly after the cue. */
  private ActorResolver.Actors passiveAgent(SentenceView s, RuleIndex.CueMatch match, Discourse d) {
    if (!s.normalized.startsWith("ed", match.end() - 2)) {
      return ActorResolver.Actors.NONE; // only a participle ("blocked", "approved") takes an agent
    }
    int first = s.tokenAt(match.end());
    for (int k = first; k < Math.min(s.tokenCount(), first + PASSIVE_WINDOW); k++) {
      if (lexicon.has(Lexicon.WordList.PASSIVE_AGENT, s.word(k)) && s.sameClause(match.end(), s.tokenStart(k))) {
        ActorResolver.Actors agent = actors.actingAfter(s, s.tokenStart(k) + s.word(k).length(), d);
        return agent.isEmpty() || !s.sameClause(s.tokenStart(k), s.tokenStart(k) + 1) ? ActorResolver.Actors.NONE : agent;
      }
    }
    return ActorResolver.Actors.NONE;
  }

  /**
   * The verb of saying after a quote holding the cue ('"...," he said') or closing the sentence after a
   * comma ("..., the prime minister said on Thursday."), or null.
   */
  private static RuleIndex.Hit quotedSpeechAfter(SentenceView s, RuleIndex.CueMatch match) {
    RuleIndex.Hit verb = s.firstAfter(Lexicon.Term.SPEECH_VERB, match.end());
    if (verb == null) {
      return null;
    }
    for (int i = match.end(); i < verb.start(); i++) {
      char ch = s.text.charAt(i);
      if (ch == '"' || ch == '\u201D' || ch == '\u201C') {
        return verb;
      }
    }
    int attribution = s.clauseStart(verb.start());
    boolean closing = attribution > match.end()
        && s.word(s.tokenAt(attribution) - 1).equals(",")
        && s.tokensBetween(attribution, verb.start()) <= TRAILING_SPEAKER_TOKENS
        && s.sameClause(verb.end(), s.end);
    return closing ? verb : null;
  }

  // ---------------------------------------------------------------- what about

  /** The organization a cue is about: the nearest named in the sentence, else the article's question. */
  private String organizationFor(Context c, RuleIndex.CueMatch match) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (Mention m : c.s().mentions) {
      String code = actors.organizationOf(m, c.d(), c.s());
      if (code == null) {
        continue;
      }
      boolean named = m.kind() == MentionKind.ORGANIZATION || m.kind() == MentionKind.ORGANIZATION_REFERENCE;
      // "EU ministers approved Croatia's entry into the Schengen area": the organization joined beats one nearby
      RuleIndex.Hit joining = c.s().lastBefore(Lexicon.Term.ACCESSION, m.start());
      boolean joined = named && joining != null && c.s().tokensBetween(joining.end(), m.start()) <= JOINED_WINDOW
          && c.s().sameClause(joining.end(), m.start());
      int distance = Math.abs(m.start() - match.start()) + (named ? 0 : 10_000) - (joined ? 5_000 : 0);
      if (distance < bestDistance) {
        best = code;
        bestDistance = distance;
      }
    }
    return best != null ? best : c.d().defaultOrganization();
  }

  /** The candidates of a cue and whether they came from earlier sentences. */
  private record Candidates(List<String> codes, boolean fromDiscourse, List<String> named) {
    Candidates(List<String> codes, boolean fromDiscourse) {
      this(codes, fromDiscourse, codes);
    }
  }

  private Candidates candidatesFor(Context c, Organization org, Instant at, RuleIndex.CueMatch match) {
    List<String> own = sentenceCandidates(c.s(), org, at, c.d());
    if (own.size() > 1) {
      // "Georgia, which applied on the same day as Moldova, was told ...": Moldova is an aside, not the cue's candidate
      List<String> outsideAsides = new ArrayList<>(own);
      for (Mention m : c.s().mentions) {
        if (own.contains(m.code()) && inRelativeClause(c.s(), m.start()) && !c.s().sameClause(m.start(), match.start())) {
          outsideAsides.remove(m.code());
        }
      }
      own = outsideAsides.isEmpty() ? own : outsideAsides;
    }
    if (own.size() > 1) {
      // "approved Croatia's entry, but Austria vetoed Romania and Bulgaria": the candidates the cue takes as its
      // object; the others stay candidates, never actors, for the rest of the sentence
      List<String> objects = objectCandidates(c.s(), match, own);
      return new Candidates(objects.isEmpty() ? own : objects, false, own);
    }
    if (!own.isEmpty()) {
      return new Candidates(own, false);
    }
    List<String> earlier = new ArrayList<>();
    for (String code : c.d().fallbackCandidates(org.code())) {
      if (!wasMember(org, code, at)) {
        earlier.add(code);
      }
    }
    if (earlier.isEmpty()) {
      // Nothing discussed yet: a sentence about joining with one non-member in it is about that one
      // ("Berlin would support its membership" after naming Kyiv).
      return new Candidates(loneNonMember(c.s(), org, at), false);
    }
    return new Candidates(earlier, true);
  }

  /**
   * No candidate named or discussed: a non-member's own voice on joining a named organization speaks of its
   * own bid ("the Georgian prime minister said accession talks with the EU were not on the agenda").
   */
  private Candidates speakersOwnBid(Context c, Organization org, Instant at, RuleIndex.CueMatch match) {
    SentenceView s = c.s();
    if (s.hits(Lexicon.Term.OWN_BID).isEmpty() || !namesOrganization(c, org)) {
      return new Candidates(List.of(), false);
    }
    RuleIndex.Hit verb = s.lastBefore(Lexicon.Term.SPEECH_VERB, match.start());
    if (verb == null) {
      verb = quotedSpeechAfter(s, match);
    }
    if (verb == null) {
      return new Candidates(List.of(), false);
    }
    ActorResolver.Actors speaker = actors.speaker(s, verb, c.d());
    if (speaker.codes().size() != 1 || speaker.referredBack()) {
      return new Candidates(List.of(), false);
    }
    String code = speaker.codes().get(0);
    boolean country = gazetteer.country(code).isPresent();
    return country && !wasMember(org, code, at) ? new Candidates(List.of(code), false) : new Candidates(List.of(), false);
  }

  private boolean namesOrganization(Context c, Organization org) {
    for (Mention m : c.s().mentions) {
      if (org.code().equals(actors.organizationOf(m, c.d(), c.s()))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Countries in the sentence that are not members at the time and sit near words of joining, or
   * were already discussed as candidates.
   */
  private List<String> sentenceCandidates(SentenceView s, Organization org, Instant at, Discourse d) {
    List<String> codes = new ArrayList<>();
    for (Mention m : s.mentions) {
      if (!ActorResolver.isCountry(m) || codes.contains(m.code()) || wasMember(org, m.code(), at)) {
        continue;
      }
      if (m.kind() == MentionKind.COUNTRY_ADJECTIVE && !isAccessionWordAfter(s, m)) {
        continue;
      }
      boolean known = d.candidatesOf(org.code()).contains(m.code());
      if (known || nearCandidacy(s, m, CANDIDATE_WINDOW)) {
        codes.add(m.code());
      }
    }
    return codes;
  }

  private static List<String> loneNonMember(SentenceView s, Organization org, Instant at) {
    if (s.hits(Lexicon.Term.CANDIDACY).isEmpty()) {
      return List.of();
    }
    String lone = null;
    for (Mention m : s.mentions) {
      if (m.kind() != MentionKind.COUNTRY_ADJECTIVE && ActorResolver.isCountry(m) && !wasMember(org, m.code(), at)) {
        if (lone != null && !lone.equals(m.code())) {
          return List.of();
        }
        lone = m.code();
      }
    }
    return lone == null ? List.of() : List.of(lone);
  }

  /** Whether a country was already a member the day before: on the day it joins it is still the candidate. */
  private static boolean wasMember(Organization org, String code, Instant at) {
    return org.isMember(code, at.minus(Duration.ofDays(1)));
  }

  private static boolean isAccessionWordAfter(SentenceView s, Mention m) {
    RuleIndex.Hit next = s.firstAfter(Lexicon.Term.ACCESSION, m.end());
    return next != null && s.tokensBetween(m.end(), next.start()) <= 1;
  }

  /** Whether a country (or a list it belongs to: "Ukraine and Georgia would become members") is near a word of joining. */
  private static boolean nearCandidacy(SentenceView s, Mention m, int window) {
    int index = s.mentions.indexOf(m);
    int first = index;
    while (first > 0 && ActorResolver.isCountry(s.mentions.get(first - 1))
        && ActorResolver.listed(s, s.mentions.get(first - 1), s.mentions.get(first))) {
      first--;
    }
    for (int i = first; i < s.mentions.size(); i++) {
      Mention listed = s.mentions.get(i);
      if (i > first && !(ActorResolver.isCountry(listed) && ActorResolver.listed(s, s.mentions.get(i - 1), listed))) {
        break;
      }
      int at = s.tokenAt(listed.start());
      int end = s.tokenAt(listed.end());
      for (RuleIndex.Hit hit : s.hits(Lexicon.Term.CANDIDACY)) {
        int word = s.tokenAt(hit.start());
        if ((word >= at && word - end <= window) || (word < at && at - s.tokenAt(hit.end()) <= window)) {
          return true;
        }
      }
    }
    return false;
  }

  /** A headline sets the article's organization and question, but carries no stance of its own. */
  void readHeadline(SentenceView s, Instant publishedAt, Discourse d) {
    for (Mention m : s.mentions) {
      if (m.kind() == MentionKind.ORGANIZATION) {
        d.lastOrganization = m.code();
      }
    }
    noteQuestion(s, publishedAt, d, HEADLINE_WINDOW);
  }

  /** A sentence naming an organization and candidates with words of joining sets the article's question. */
  private void noteQuestion(SentenceView s, Instant publishedAt, Discourse d, int window) {
    if (s.hits(Lexicon.Term.ACCESSION).isEmpty()) {
      return;
    }
    String organization = null;
    for (Mention m : s.mentions) {
      if (m.kind() == MentionKind.ORGANIZATION || m.kind() == MentionKind.ORGANIZATION_REFERENCE
          || m.kind() == MentionKind.INSTITUTION) {
        organization = actors.organizationOf(m, d, s);
        if (organization != null) {
          break;
        }
      }
    }
    if (organization == null) {
      organization = d.defaultOrganization();
    }
    if (organization == null) {
      return;
    }
    Optional<Organization> known = gazetteer.organization(organization);
    if (known.isEmpty()) {
      return;
    }
    Organization org = known.get();
    List<String> candidates = new ArrayList<>();
    for (Mention m : s.mentions) {
      if (ActorResolver.isCountry(m) && !candidates.contains(m.code()) && !wasMember(org, m.code(), publishedAt)
          && (m.kind() != MentionKind.COUNTRY_ADJECTIVE || isAccessionWordAfter(s, m)) && nearCandidacy(s, m, window)) {
        candidates.add(m.code());
      }
    }
    if (!candidates.isEmpty()) {
      d.question(organization, candidates);
    }
  }

  // ---------------------------------------------------------------- when

  /** The last date of the previous sentence (or the one it pointed back to), or null. */
  private Instant previousTime(Discourse d, Instant publishedAt) {
    if (d.previousSentence == null) {
      return null;
    }
    List<StatementTimes.TimeMark> marks = times.find(d.previousSentence, publishedAt);
    return marks.isEmpty() ? d.previousAnaphorTime : marks.get(marks.size() - 1).at();
  }

  private StatementTimes.TimeMark markFor(Context c, RuleIndex.CueMatch match) {
    StatementTimes.TimeMark before = null;
    SentenceView s = c.s();
    for (StatementTimes.TimeMark mark : c.marks()) {
      boolean scopes = s.sameClause(mark.end(), match.start())
          || s.clauseStart(mark.start()) == s.start
          || s.word(s.tokenAt(s.clauseStart(match.start()))).equals("when");
      if (mark.end() <= match.start() && scopes) {
        before = mark;
      }
    }
    if (before != null) {
      return before;
    }
    boolean future = isFuture(s, match);
    for (StatementTimes.TimeMark mark : c.marks()) {
      if (mark.start() >= match.end() && c.s().sameClause(match.end(), mark.start()) && !future && !isRelativeToEvent(s, mark)
          && !hasSubordinator(c.s(), match.end(), mark.start())) {
        return mark;
      }
    }
    return null;
  }

  /**
   * "a unanimous decision taken four months after Russian troops crossed": a span after the cue measured to another
   * event dates that event, not the cue (before a cue, "20 months after Bulgaria first blocked" does date it).
   */
  private static boolean isRelativeToEvent(SentenceView s, StatementTimes.TimeMark mark) {
    String next = s.word(s.tokenAt(mark.end()));
    String last = s.word(s.tokenAt(mark.end()) - 1);
    return next.equals("after") || next.equals("before") || last.equals("after") || last.equals("before");
  }

  /** "will become members on January 1": a date after a cue in the future tense is when it happens, not when it was said. */
  private boolean isFuture(SentenceView s, RuleIndex.CueMatch match) {
    int first = s.tokenAt(s.clauseStart(match.start()));
    for (int k = s.tokenAt(match.start()) - 1; k >= first; k--) {
      if (lexicon.has(Lexicon.WordList.FUTURE_AUXILIARY, s.word(k))) {
        return true;
      }
    }
    return false;
  }

  private boolean hasSubordinator(SentenceView s, int from, int to) {
    for (int k = s.tokenAt(from); k < s.tokenAt(to); k++) {
      if (lexicon.has(Lexicon.WordList.SUBORDINATOR, s.word(k))) {
        return true;
      }
    }
    return false;
  }

  private Instant timeFor(Context c, RuleIndex.CueMatch match, StatementTimes.TimeMark mark) {
    if (mark != null) {
      return mark.at();
    }
    if (c.anaphorTime() != null) {
      return c.anaphorTime();
    }
    SentenceView s = c.s();
    // Back from the cue to the start of its clause or of its "that"-clause.
    for (int k = s.tokenAt(match.start()) - 1; k >= s.tokenAt(s.clauseStart(match.start())); k--) {
      if (lexicon.has(Lexicon.WordList.SUBORDINATOR, s.word(k))) {
        break;
      }
      if (lexicon.has(Lexicon.WordList.PAST_PERFECT, s.word(k)) && !s.word(k + 1).equals("to")) {
        return c.publishedAt().minus(PAST_PERFECT_OFFSET);
      }
    }
    return c.publishedAt();
  }

  // ---------------------------------------------------------------- memory

  private void remember(SentenceView s, Discourse d, List<StatementTimes.TimeMark> marks, Instant anaphor) {
    d.previousSentence = s;
    d.previousAnaphorTime = anaphor;
    for (int i = 0; i < s.mentions.size(); i++) {
      Mention m = s.mentions.get(i);
      String code = actors.actingCode(s, m, d);
      if (code == null) {
        continue;
      }
      boolean group = m.kind() == MentionKind.TITLE && ActorResolver.isPlural(m);
      if ((m.kind() == MentionKind.OFFICIAL || m.kind() == MentionKind.TITLE) && !group) {
        // "EU leaders" is no person a later "the prime minister" could refer back to
        d.lastPerson = code;
        if (m.titleRole() != null) {
          d.lastByRole.put(m.titleRole(), code);
        }
      }
      if (!actors.isOrganization(code)) {
        d.lastCountryActor = code;
      }
    }
    for (int i = 0; i + 1 < s.mentions.size(); i++) {
      if (ActorResolver.isCountry(s.mentions.get(i))) {
        List<String> list = actors.listFrom(s, i);
        if (list.size() >= 2) {
          d.lastGroup = list;
          break;
        }
      }
    }
  }

  // ---------------------------------------------------------------- building

  private static double confidence(Cue cue, boolean actorReferredBack, boolean candidateFromDiscourse) {
    double confidence = 0.5 + 0.15 * cue.priority();
    if (actorReferredBack) {
      confidence *= 0.85;
    }
    if (candidateFromDiscourse) {
      confidence *= 0.9;
    }
    return Math.min(1.0, confidence);
  }

  private static Finding membership(
      String organization,
      String candidate,
      String actor,
      Stance stance,
      Instant statedAt,
      Cue cue,
      int priority,
      double confidence,
      SentenceView s,
      int order) {
    return new Finding(organization, candidate, Dimension.MEMBERSHIP, actor, stance, List.of(),
        HoldoutsUpdate.NONE, statedAt, priority, confidence, cue.id(), s.sentence(), order);
  }
}
