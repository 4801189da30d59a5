package io.stancewatch.processor.extract;

import io.stancewatch.processor.extract.gazetteer.Role;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What an article has established so far, sentence by sentence, for references back: the last
 * person who spoke (for "he", "she"), the last speaker in each role (for "the prime minister"),
 * the last list of countries (for "they", "the leaders"), the last organization named (for "the
 * alliance"), the candidates discussed per organization and the last question, and the date of the
 * previous sentence (for "the declaration adopted there"). One instance per article.
 */
final class Discourse {

  /** An actor code a pronoun or title may stand for. */
  String lastPerson;
  /** The last country that acted or spoke, for a title named without its country. */
  String lastCountryActor;
  final Map<Role, String> lastByRole = new EnumMap<>(Role.class);
  List<String> lastGroup = List.of();
  String lastOrganization;
  String questionOrganization;
  /**
   * The first organization the article names anywhere: a lead may report a step ("lifted its objection to
   * Moldova's clusters") before it names the organization it is about.
   */
  String articleOrganization;
  List<String> questionCandidates = List.of();
  final Map<String, Set<String>> candidatesByOrganization = new LinkedHashMap<>();
  /** The MEMBERSHIP findings of the last sentence that stated any, for "X took the same position". */
  List<Finding> lastStances = List.of();
  /** When the statement being read was made: officials are read in the role they held then. */
  Instant statementTime;
  /** The previous sentence, whose date is worked out only when a sentence points back to it. */
  SentenceView previousSentence;
  /** The date the previous sentence itself took from the one before it ("there"), or null. */
  Instant previousAnaphorTime;

  /** The organization a sentence naming none is about: the article's question, else the first one it names. */
  String defaultOrganization() {
    return questionOrganization != null ? questionOrganization : articleOrganization;
  }

  /** Records that a sentence discussed these candidates joining this organization. */
  void question(String organization, List<String> candidates) {
    questionOrganization = organization;
    questionCandidates = List.copyOf(candidates);
    candidatesByOrganization.computeIfAbsent(organization, o -> new LinkedHashSet<>()).addAll(candidates);
  }

  /** Candidates already discussed for an organization. */
  Set<String> candidatesOf(String organization) {
    return candidatesByOrganization.getOrDefault(organization, Set.of());
  }

  /** The candidates a sentence without one of its own is about. */
  List<String> fallbackCandidates(String organization) {
    if (organization.equals(questionOrganization)) {
      return questionCandidates;
    }
    return new ArrayList<>(candidatesOf(organization));
  }
}
