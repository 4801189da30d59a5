package io.stancewatch.processor.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * One Aho–Corasick automaton over every cue part and every lexicon phrase, so an article is
 * scanned once for all of them; then, per sentence, the cue parts are put together into cue
 * matches (parts in order, at most {@link #MAX_GAP_WORDS} words apart) and overlapping cues are
 * resolved longest first.
 */
final class RuleIndex {

  /** Words allowed between two parts of a cue ("lift ... veto"). */
  static final int MAX_GAP_WORDS = 8;

  /** A matched phrase: a cue part ({@code term} null) or a lexicon phrase. */
  record Hit(int start, int end, Lexicon.Term term, int cue, int part) {}

  /** A whole cue found in a sentence; {@code start}/{@code end} span all its parts. */
  record CueMatch(Cue cue, int start, int end) {}

  private static final Lexicon.Term[] TERMS = Lexicon.Term.values();

  private final List<Cue> cues;
  private final PhraseMatcher matcher;
  /** Payload -> what it stands for. */
  private final List<Hit> payloads = new ArrayList<>();

  RuleIndex(List<Cue> cues, Lexicon lexicon) {
    this.cues = List.copyOf(cues);
    PhraseMatcher.Builder builder = PhraseMatcher.builder();
    for (int c = 0; c < cues.size(); c++) {
      List<String> parts = cues.get(c).parts();
      for (int p = 0; p < parts.size(); p++) {
        builder.add(parts.get(p), payloads.size());
        payloads.add(new Hit(0, 0, null, c, p));
      }
    }
    for (Lexicon.Term term : Lexicon.Term.values()) {
      for (String phrase : lexicon.phrases(term)) {
        builder.add(phrase, payloads.size());
        payloads.add(new Hit(0, 0, term, -1, -1));
      }
    }
    this.matcher = builder.build();
  }

  /** Every cue part and lexicon phrase in a normalized text, ordered by start. */
  List<Hit> scan(String normalized) {
    List<Hit> hits = new ArrayList<>();
    matcher.match(
        normalized,
        (start, end, payload) -> {
          Hit kind = payloads.get(payload);
          hits.add(new Hit(start, end, kind.term(), kind.cue(), kind.part()));
        });
    hits.sort(Comparator.comparingInt(Hit::start).thenComparingInt(Hit::end));
    return hits;
  }

  /**
   * The lexicon hits of a sentence, by term, read-only; a term without hits maps to one shared empty
   * list rather than a fresh one per term and sentence.
   */
  static Map<Lexicon.Term, List<Hit>> terms(List<Hit> sentenceHits) {
    Map<Lexicon.Term, List<Hit>> terms = new EnumMap<>(Lexicon.Term.class);
    for (Hit hit : sentenceHits) {
      if (hit.term() != null) {
        terms.computeIfAbsent(hit.term(), term -> new ArrayList<>()).add(hit);
      }
    }
    for (Lexicon.Term term : TERMS) {
      terms.putIfAbsent(term, List.of());
    }
    return terms;
  }

  /**
   * The cues of a sentence: parts chained in order, then overlaps resolved in favour of the longer
   * match; IGNORE cues hide what they cover and are dropped.
   */
  List<CueMatch> cues(List<Hit> sentenceHits, String normalized) {
    List<CueMatch> found = new ArrayList<>();
    for (Hit first : sentenceHits) {
      if (first.term() != null || first.part() != 0) {
        continue;
      }
      Cue cue = cues.get(first.cue());
      int end = chainEnd(cue, first, sentenceHits, normalized);
      if (end >= 0) {
        found.add(new CueMatch(cue, first.start(), end));
      }
    }
    found.sort(
        Comparator.comparingInt((CueMatch m) -> m.start() - m.end()).thenComparingInt(CueMatch::start));
    List<CueMatch> kept = new ArrayList<>(found.size());
    for (CueMatch match : found) {
      if (!overlapsAny(kept, match)) {
        kept.add(match);
      }
    }
    kept.removeIf(m -> m.cue().kind() == Cue.Kind.IGNORE);
    kept.sort(Comparator.comparingInt(CueMatch::start));
    return kept;
  }

  private static boolean overlapsAny(List<CueMatch> kept, CueMatch match) {
    for (CueMatch other : kept) {
      if (other.start() < match.end() && match.start() < other.end()) {
        return true;
      }
    }
    return false;
  }

  private static int chainEnd(Cue cue, Hit first, List<Hit> hits, String normalized) {
    int end = first.end();
    for (int part = 1; part < cue.parts().size(); part++) {
      int next = -1;
      for (Hit hit : hits) {
        if (hit.term() == null
            && hit.cue() == first.cue()
            && hit.part() == part
            && hit.start() >= end
            && wordsBetween(normalized, end, hit.start()) <= cue.gaps().get(part)
            && !crossesClause(normalized, end, hit.start())) {
          next = hit.end();
          break;
        }
      }
      if (next < 0) {
        return -1;
      }
      end = next;
    }
    return end;
  }

  /** Whether a comma, colon, semicolon, dash, parenthesis or quote lies between two offsets. */
  static boolean crossesClause(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      switch (text.charAt(i)) {
        case ',', ';', ':', '(', ')', '"', '\u201C', '\u201D', '\u2013', '\u2014' -> {
          return true;
        }
        default -> { }
      }
    }
    return false;
  }

  /** Words wholly between two offsets. */
  static int wordsBetween(String text, int from, int to) {
    int words = 0;
    boolean inWord = false;
    for (int i = from; i < to; i++) {
      boolean letter = Character.isLetterOrDigit(text.charAt(i));
      if (letter && !inWord) {
        words++;
      }
      inWord = letter;
    }
    return words;
  }
}
