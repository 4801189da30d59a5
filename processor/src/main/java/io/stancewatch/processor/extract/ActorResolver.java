package io.stancewatch.processor.extract;

import io.stancewatch.processor.extract.gazetteer.Gazetteer;
import io.stancewatch.processor.extract.gazetteer.Mention;
import io.stancewatch.processor.extract.gazetteer.MentionKind;
import io.stancewatch.processor.extract.gazetteer.Official;
import io.stancewatch.processor.extract.gazetteer.Role;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Decides who speaks or acts in a sentence: which mentions stand for a government or an
 * organization acting ("Budapest would not agree", "NATO leaders declared", "the Hungarian prime
 * minister") rather than a place or a topic ("in Washington", "NATO membership", "Hungarian
 * democracy"), who the speaker of a verb of saying is, and what a pronoun or a bare title refers
 * back to.
 */
final class ActorResolver {

  /** An actor and whether it was reached through a reference back (a pronoun, a bare title). */
  record Actors(List<String> codes, boolean referredBack) {
    static final Actors NONE = new Actors(List.of(), false);

    boolean isEmpty() {
      return codes.isEmpty();
    }
  }

  private static final int SPEAKER_AFTER_TOKENS = 3;
  /** What may stand between two countries of one list: "Poland, the Czech Republic and Slovakia". */
  private static final Set<String> LIST_WORDS = Set.of("the", "and", "or", "both", "as", "well", "'s", "'");
  private static final int MAX_LIST_GAP = 16;
  private static final int ACTOR_AFTER_TOKENS = 8;
  /** Roles a person holds: a bare title in one of them ("the prime minister") refers back to its holder. */
  private static final Set<Role> PERSON_ROLES = EnumSet.of(Role.HEAD_OF_STATE, Role.HEAD_OF_GOVERNMENT,
      Role.FOREIGN_MINISTER, Role.DEFENCE_MINISTER, Role.SECRETARY_GENERAL, Role.SPOKESPERSON, Role.AMBASSADOR,
      Role.OTHER_MINISTER, Role.PARLIAMENT_SPEAKER);
  private static final Set<MentionKind> COUNTRY_KINDS =
      Set.of(MentionKind.COUNTRY_NAME, MentionKind.COUNTRY_ADJECTIVE, MentionKind.COUNTRY_DEMONYM, MentionKind.CAPITAL);

  private final Gazetteer gazetteer;
  private final Lexicon lexicon;

  ActorResolver(Gazetteer gazetteer, Lexicon lexicon) {
    this.gazetteer = gazetteer;
    this.lexicon = lexicon;
  }

  static boolean isCountry(Mention m) {
    return COUNTRY_KINDS.contains(m.kind());
  }

  boolean isOrganization(String code) {
    return code != null && gazetteer.organization(code).isPresent();
  }

  /** The organization a mention names, or null: an alias, a reference back, an organ or official of it. */
  String organizationOf(Mention m, Discourse d) {
    return organizationOf(m, d, null);
  }

  /** As {@link #organizationOf(Mention, Discourse)}, but an institution used as a place in {@code s} names none. */
  String organizationOf(Mention m, Discourse d, SentenceView s) {
    if (s != null && m.kind() == MentionKind.INSTITUTION && !s.possessiveAt(m.end())
        && lexicon.has(Lexicon.WordList.PLACE_PREPOSITION, wordBeforeName(s, m))) {
      return null;
    }
    return switch (m.kind()) {
      case ORGANIZATION -> m.code();
      // A reference noun points back at the organization last named, whichever it is.
      case ORGANIZATION_REFERENCE -> d.lastOrganization != null ? d.lastOrganization : m.code();
      case INSTITUTION, OFFICIAL -> isOrganization(m.code()) ? m.code() : null;
      default -> null;
    };
  }

  /** The code a mention stands for when it acts (speaks, decides), or null. */
  String actingCode(SentenceView s, Mention m, Discourse d) {
    boolean possessive = s.possessiveAt(m.end());
    String before = wordBeforeName(s, m);
    String after = s.wordAfter(m.end());
    return switch (m.kind()) {
      case OFFICIAL -> officialCode(m, d);
      case INSTITUTION -> !possessive && lexicon.has(Lexicon.WordList.PLACE_PREPOSITION, before) ? null : m.code();
      case ORGANIZATION, ORGANIZATION_REFERENCE ->
          !lexicon.has(Lexicon.WordList.PLACE_PREPOSITION, before) && !isJoined(s, m)
                  && (isActingWord(s, after, m.end()) || titleFollows(s, m))
              ? organizationOf(m, d)
              : null;
      case COUNTRY_NAME, COUNTRY_DEMONYM -> {
        if (possessive) {
          yield m.code();
        }
        boolean place = lexicon.has(Lexicon.WordList.PLACE_PREPOSITION, before)
            || lexicon.has(Lexicon.WordList.PLACE_NOUN, after);
        yield place ? null : m.code();
      }
      case CAPITAL -> {
        if (lexicon.has(Lexicon.WordList.PLACE_NOUN, after)
            || (!possessive && lexicon.has(Lexicon.WordList.PLACE_PREPOSITION, before))) {
          yield null;
        }
        yield possessive || isActingWord(s, after, m.end()) ? m.code() : null;
      }
      case COUNTRY_ADJECTIVE ->
          lexicon.has(Lexicon.WordList.GOVERNMENT_NOUN, after) || titleFollows(s, m) ? m.code() : null;
      case TITLE -> titleCode(s, m, d);
    };
  }

  /**
   * What an official spoke for when the statement was made ("Rutte said in 2016" is the Dutch
   * prime minister): the most senior role held then, else the role the gazetteer gave the mention.
   */
  private String officialCode(Mention m, Discourse d) {
    if (d.statementTime == null) {
      return m.code();
    }
    return gazetteer.officialsAt(m.surface(), d.statementTime).stream()
        .min(java.util.Comparator.comparing(Official::role))
        .map(Official::speaksFor)
        .orElse(m.code());
  }

  /** "on joining the European Union were ...": the organization being joined is an object, never the subject. */
  private static boolean isJoined(SentenceView s, Mention m) {
    RuleIndex.Hit joining = s.lastBefore(Lexicon.Term.ACCESSION, m.start());
    if (joining == null) {
      return false;
    }
    int gap = s.tokensBetween(joining.end(), m.start());
    return gap == 0 || (gap == 1 && s.wordBefore(m.start()).equals("the"));
  }

  /** The word before a name, past a determiner ("to the EU" gives "to"). */
  static String wordBeforeName(SentenceView s, Mention m) {
    int k = s.tokenAt(m.start()) - 1;
    String word = s.word(k);
    return word.equals("the") || word.equals("a") || word.equals("an") ? s.word(k - 1) : word;
  }

  private boolean isActingWord(SentenceView s, String word, int offset) {
    if (lexicon.has(Lexicon.WordList.ACTING_WORD, word)) {
      return true;
    }
    RuleIndex.Hit verb = s.firstAfter(Lexicon.Term.SPEECH_VERB, offset);
    if (verb == null || s.tokensBetween(offset, verb.start()) > 2) {
      return false;
    }
    // "thanked the member states and said": the name is the object of another verb, not the speaker
    for (int k = s.tokenAt(offset); k < s.tokenAt(verb.start()); k++) {
      if (lexicon.has(Lexicon.WordList.COORDINATOR, s.word(k))) {
        return false;
      }
    }
    return true;
  }

  private static boolean titleFollows(SentenceView s, Mention m) {
    for (Mention other : s.mentions) {
      if (other.start() >= m.end()
          && (other.kind() == MentionKind.TITLE || other.kind() == MentionKind.OFFICIAL)
          && s.tokensBetween(m.end(), other.start()) <= 2) {
        return true;
      }
    }
    return false;
  }

  /** "Hungary's foreign minister", "the Turkish president", "In Skopje, the prime minister", "the prime minister". */
  private String titleCode(SentenceView s, Mention title, Discourse d) {
    if (s.wordBefore(title.start()).equals("its")) {
      // "Argentina will not join, its president said": the country the sentence is about
      for (Mention m : s.mentions) {
        if (m.end() <= title.start() && isCountry(m) && actingCode(s, m, d) != null) {
          return m.code();
        }
      }
    }
    Mention owner = null;
    for (Mention m : s.mentions) {
      if (m.end() <= title.start() && s.tokensBetween(m.end(), title.start()) <= 2 && s.sameClause(m.end(), title.start())
          && (isCountry(m) || m.kind() == MentionKind.OFFICIAL
              || m.kind() == MentionKind.ORGANIZATION || m.kind() == MentionKind.ORGANIZATION_REFERENCE)) {
        owner = m;
      }
    }
    if (owner != null) {
      // "Hungary's prime minister", "NATO chief", "the Trump administration"
      return isCountry(owner) || owner.kind() == MentionKind.OFFICIAL ? owner.code() : organizationOf(owner, d);
    }
    String place = locationPrefix(s);
    if (place != null) {
      return place;
    }
    if (title.titleRole() == null || !PERSON_ROLES.contains(title.titleRole())) {
      return null;
    }
    String byRole = title.titleRole() == null ? null : d.lastByRole.get(title.titleRole());
    return byRole != null ? byRole : d.lastCountryActor;
  }

  /** "In Skopje, ..." at the start of a sentence: the country the sentence is set in. */
  private static String locationPrefix(SentenceView s) {
    if (!s.word(0).equals("in")) {
      return null;
    }
    for (Mention m : s.mentions) {
      if (isCountry(m) && s.tokenAt(m.start()) == 1 && s.word(s.tokenAt(m.end())).equals(",")) {
        return m.code();
      }
    }
    return null;
  }

  /** The speaker of a verb of saying: the acting name before it, a pronoun, or "said Stoltenberg". */
  Actors speaker(SentenceView s, RuleIndex.Hit verb, Discourse d) {
    if (lexicon.has(Lexicon.WordList.PASSIVE_AUXILIARY, s.wordBefore(verb.start()))) {
      // "Georgia was told ...": the subject is the one spoken to; the speaker is the agent, if named
      return passiveAgentOf(s, verb.end(), d);
    }
    RuleIndex.Hit previous = null;
    for (RuleIndex.Hit other : s.hits(Lexicon.Term.SPEECH_VERB)) {
      if (other.end() <= verb.start() && s.sameClause(other.end(), verb.start())) {
        previous = other;
      }
    }
    int from = previous == null ? s.start : previous.end();
    // "Anwar, who chairs the bloc this year, said": a chair speaks for the organization it chairs;
    // any other relative clause between the speaker and the verb is passed over
    int subjectEnd = verb.start();
    for (int open = parentheticalBefore(s, subjectEnd); open >= 0 && open >= from; open = parentheticalBefore(s, subjectEnd)) {
      String chaired = chairedOrganization(s, open, subjectEnd, d);
      if (chaired != null) {
        return new Actors(List.of(chaired), false);
      }
      subjectEnd = open;
    }
    Actors named = nearestActingBefore(s, from, subjectEnd, d);
    if (!named.isEmpty()) {
      return named;
    }
    if (subjectEnd != verb.start()) {
      named = nearestActingBefore(s, from, verb.start(), d);
      if (!named.isEmpty()) {
        return named;
      }
    }
    if (hasNonStateSpeaker(s, from, verb.start())) {
      return Actors.NONE;
    }
    RuleIndex.Hit group = s.lastBefore(Lexicon.Term.GROUP_REFERENCE, verb.start());
    if (group != null && s.tokensBetween(group.end(), verb.start()) <= 2 && !d.lastGroup.isEmpty()) {
      return new Actors(d.lastGroup, true);
    }
    int k = s.tokenAt(verb.start());
    for (int back = 1; back <= 2; back++) {
      if (lexicon.has(Lexicon.WordList.PERSON_PRONOUN, s.word(k - back)) && d.lastPerson != null) {
        return new Actors(List.of(d.lastPerson), true);
      }
    }
    Actors voice = organizationVoiceBefore(s, verb.start(), d);
    if (!voice.isEmpty()) {
      return voice;
    }
    for (Mention m : s.mentions) {
      if (m.start() >= verb.end() && s.tokensBetween(verb.end(), m.start()) <= SPEAKER_AFTER_TOKENS) {
        String code = m.kind() == MentionKind.TITLE ? titleCode(s, m, d) : codeOfSpeaker(m, d);
        if (code != null) {
          return new Actors(List.of(code), false);
        }
      }
    }
    return Actors.NONE;
  }

  /**
   * The offset of the comma opening a relative clause or participial aside that ends just before {@code
   * offset} (", who chairs the bloc," or ", flanked by ministers," before "said"), or -1.
   */
  int parentheticalBefore(SentenceView s, int offset) {
    int close = s.tokenAt(offset) - 1;
    if (!s.word(close).equals(",")) {
      return -1;
    }
    int open = s.clauseStart(s.tokenStart(close)) - 1;
    if (open <= s.start || !s.word(s.tokenAt(open)).equals(",")) {
      return -1;
    }
    String first = s.word(s.tokenAt(open) + 1);
    // ", who chairs the bloc," or a participial aside: ", speaking on radio," ", flanked by aides,"
    boolean participle = first.length() > 4 && (first.endsWith("ing") || first.endsWith("ed"));
    return lexicon.has(Lexicon.WordList.RELATIVE_PRONOUN, first) || participle ? open : -1;
  }

  /** The organization a relative clause says its subject chairs ("who chairs the bloc"), or null. */
  private String chairedOrganization(SentenceView s, int from, int to, Discourse d) {
    RuleIndex.Hit chair = s.firstAfter(Lexicon.Term.CHAIR, from);
    if (chair == null || chair.end() > to) {
      return null;
    }
    for (Mention m : s.mentions) {
      if (m.start() >= chair.end() && m.end() <= to && s.tokensBetween(chair.end(), m.start()) <= 2) {
        String code = organizationOf(m, d);
        if (isOrganization(code)) {
          return code;
        }
      }
    }
    return null;
  }

  /** The actor after "by" right after a participle ("told by Brussels"), or none. */
  Actors passiveAgentOf(SentenceView s, int offset, Discourse d) {
    int k = s.tokenAt(offset);
    if (!lexicon.has(Lexicon.WordList.PASSIVE_AGENT, s.word(k))) {
      return Actors.NONE;
    }
    return actingAfter(s, s.tokenStart(k) + s.word(k).length(), d);
  }

  private String codeOfSpeaker(Mention m, Discourse d) {
    if (m.kind() == MentionKind.OFFICIAL) {
      return officialCode(m, d);
    }
    if (m.kind() == MentionKind.INSTITUTION || isCountry(m)) {
      return m.code();
    }
    return organizationOf(m, d);
  }

  /** "allies declared", "the summit declaration said": the organization under discussion. */
  private Actors organizationVoiceBefore(SentenceView s, int offset, Discourse d) {
    RuleIndex.Hit voice = s.lastBefore(Lexicon.Term.ORGANIZATION_VOICE, offset);
    String organization = d.questionOrganization != null ? d.questionOrganization : d.lastOrganization;
    if (voice == null || organization == null || s.tokensBetween(voice.end(), offset) > 2) {
      return Actors.NONE;
    }
    return new Actors(List.of(organization), false);
  }

  /**
   * The acting mention nearest before {@code to} (and after {@code from}), with the countries
   * listed alongside it ("Sweden and Finland applied"); none when a non-state speaker (a party,
   * analysts) stands between it and {@code to}.
   */
  Actors nearestActingBefore(SentenceView s, int from, int to, Discourse d) {
    return nearestActingBefore(s, from, to, d, Set.of());
  }

  Actors nearestActingBefore(SentenceView s, int from, int to, Discourse d, Set<String> skip) {
    for (int i = s.mentions.size() - 1; i >= 0; i--) {
      Mention m = s.mentions.get(i);
      if (m.start() < from || m.end() > to) {
        continue;
      }
      boolean bareTitle = m.kind() == MentionKind.TITLE && !titleHasOwner(s, m);
      if (bareTitle && isPlural(m)) {
        // "the leaders declared": the countries listed last
        if (d.lastGroup.isEmpty() || hasNonStateSpeaker(s, m.end(), to)) {
          return Actors.NONE;
        }
        return new Actors(d.lastGroup, true);
      }
      String code = actingCode(s, m, d);
      if (code == null || skip.contains(code)) {
        continue;
      }
      if (hasNonStateSpeaker(s, m.end(), to)) {
        return Actors.NONE;
      }
      return new Actors(withListed(s, i, code, d, skip), bareTitle);
    }
    return Actors.NONE;
  }

  static boolean isPlural(Mention title) {
    String surface = title.surface().strip();
    return surface.endsWith("s") && !surface.endsWith("ss");
  }

  private boolean titleHasOwner(SentenceView s, Mention title) {
    if (s.wordBefore(title.start()).equals("its")) {
      return true; // owned by the country the sentence is about, see titleCode
    }
    return s.mentions.stream()
        .anyMatch(m -> m.end() <= title.start() && s.tokensBetween(m.end(), title.start()) <= 2
            && (isCountry(m) || m.kind() == MentionKind.ORGANIZATION));
  }

  /** The first acting name after a cue ("opposition from Hungary's Viktor Orban"). */
  Actors actingAfter(SentenceView s, int offset, Discourse d) {
    for (int i = 0; i < s.mentions.size(); i++) {
      Mention m = s.mentions.get(i);
      if (m.start() >= offset && s.tokensBetween(offset, m.start()) <= ACTOR_AFTER_TOKENS) {
        String code = m.kind() == MentionKind.TITLE ? titleCode(s, m, d) : codeOfSpeaker(m, d);
        if (code != null) {
          return new Actors(List.of(code), false);
        }
      }
    }
    return Actors.NONE;
  }

  /** "voted for the text, among them France, Japan and China": the listed countries. */
  Actors listAfter(SentenceView s, int offset) {
    RuleIndex.Hit intro = s.firstAfter(Lexicon.Term.LIST_INTRODUCER, offset);
    if (intro == null) {
      return Actors.NONE;
    }
    for (int i = 0; i < s.mentions.size(); i++) {
      Mention m = s.mentions.get(i);
      if (m.start() >= intro.end() && isCountry(m) && s.tokensBetween(intro.end(), m.start()) <= 1) {
        return new Actors(listFrom(s, i), false);
      }
    }
    return Actors.NONE;
  }

  private List<String> withListed(SentenceView s, int index, String code, Discourse d, Set<String> skip) {
    Mention m = s.mentions.get(index);
    if (!isCountry(m)) {
      return List.of(code);
    }
    int first = index;
    while (first > 0 && isCountry(s.mentions.get(first - 1)) && listed(s, s.mentions.get(first - 1), s.mentions.get(first))) {
      first--;
    }
    List<String> codes = new ArrayList<>();
    for (String listed : listFrom(s, first)) {
      if (!skip.contains(listed) && !codes.contains(listed)) {
        codes.add(listed);
      }
    }
    return codes.isEmpty() ? List.of(code) : codes;
  }

  /** The countries of the list starting at a mention: "Poland, the Czech Republic and Slovakia". */
  List<String> listFrom(SentenceView s, int index) {
    List<String> codes = new ArrayList<>();
    codes.add(s.mentions.get(index).code());
    for (int i = index + 1; i < s.mentions.size(); i++) {
      Mention prev = s.mentions.get(i - 1);
      Mention next = s.mentions.get(i);
      if (!isCountry(next) || !listed(s, prev, next)) {
        break;
      }
      if (!codes.contains(next.code())) {
        codes.add(next.code());
      }
    }
    return codes;
  }

  /** Whether only list punctuation ("," "and" "the" "as well as") stands between two mentions. */
  static boolean listed(SentenceView s, Mention a, Mention b) {
    if (b.start() - a.end() > MAX_LIST_GAP) {
      return false;
    }
    for (String word : s.normalized.substring(a.end(), b.start()).replace(",", " ").split(" ")) {
      if (!word.isEmpty() && !LIST_WORDS.contains(word)) {
        return false;
      }
    }
    return true;
  }

  boolean hasNonStateSpeaker(SentenceView s, int from, int to) {
    for (int k = s.tokenAt(from); k < s.tokenAt(to); k++) {
      if (lexicon.has(Lexicon.WordList.NON_STATE_SPEAKER, s.word(k))) {
        return true;
      }
    }
    return false;
  }
}
