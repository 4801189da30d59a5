package io.stancewatch.processor.extract;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The word lists of {@code extract/lexicon.yaml}: what negates, hedges, conditions or attributes a
 * cue. Phrase lists are matched in the sentence; word lists are looked up for single tokens.
 */
final class Lexicon {

  /** A phrase list, matched in the text together with the cues. */
  enum Term {
    NEGATION("negations"),
    SPECULATION("speculation"),
    HYPOTHETICAL("hypotheticals"),
    DENIAL("denials"),
    CONDITION("conditions"),
    DEFERRAL_QUALIFIER("deferralQualifiers"),
    REASON_CONJUNCTION("reasonConjunctions"),
    PENDING("pendingMarkers"),
    CHAIR("chairWords"),
    CO_OBJECT("coObjects"),
    SAME_POSITION("samePosition"),
    OWN_BID("ownBid"),
    SPEECH_VERB("speechVerbs"),
    ACCESSION("accession"),
    CANDIDACY("candidacy"),
    GROUP_REFERENCE("groupReferences"),
    ORGANIZATION_VOICE("organizationVoices"),
    LIST_INTRODUCER("listIntroducers"),
    TIME_ANAPHOR("timeAnaphora"),
    ONLY_EXCEPTION("onlyExceptions");

    final String yamlKey;

    Term(String yamlKey) {
      this.yamlKey = yamlKey;
    }
  }

  /** A single-word list, looked up for one token. */
  enum WordList {
    PERSON_PRONOUN("personPronouns"),
    GOVERNMENT_NOUN("governmentNouns"),
    NON_STATE_SPEAKER("nonStateSpeakers"),
    PLACE_PREPOSITION("placePrepositions"),
    PLACE_NOUN("placeNouns"),
    PAST_PERFECT("pastPerfect"),
    ACTING_WORD("actingWords"),
    SUBORDINATOR("subordinators"),
    COORDINATOR("coordinators"),
    RELATIVE_PRONOUN("relativePronouns"),
    PASSIVE_AGENT("passiveAgents"),
    PASSIVE_AUXILIARY("passiveAuxiliaries"),
    FUTURE_AUXILIARY("futureAuxiliaries");

    final String yamlKey;

    WordList(String yamlKey) {
      this.yamlKey = yamlKey;
    }
  }

  private final Map<Term, List<String>> phrases;
  private final Map<WordList, Set<String>> words;

  Lexicon(Map<Term, List<String>> phrases, Map<WordList, List<String>> words) {
    this.phrases = new EnumMap<>(phrases);
    this.words = new EnumMap<>(WordList.class);
    words.forEach(
        (list, values) ->
            this.words.put(
                list, values.stream().map(PhraseMatcher::normalize).collect(Collectors.toUnmodifiableSet())));
  }

  List<String> phrases(Term term) {
    return phrases.get(term);
  }

  /** Whether a (normalized) word is in the list. */
  boolean has(WordList list, String normalizedWord) {
    return words.get(list).contains(normalizedWord);
  }
}
