package io.stancewatch.processor.extract;

import io.stancewatch.processor.extract.gazetteer.Mention;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * One sentence of an article with everything found in it: its tokens ({@link TokenSpans}, split
 * as OpenNLP's rule-based tokenizer splits them), the gazetteer's mentions, the lexicon hits and the
 * cues. Offsets are offsets in the whole article text. Offers the small questions the rules ask: the word before or after an
 * offset, whether two offsets sit in the same clause, how many tokens lie between them.
 */
final class SentenceView {

  final String text;
  final String normalized;
  final int start;
  final int end;
  final List<Mention> mentions;
  final Map<Lexicon.Term, List<RuleIndex.Hit>> terms;
  final List<RuleIndex.CueMatch> cues;
  private final int[] tokenStarts;
  private final int[] tokenEnds;
  /**
   * The normalized words of the tokens, each made once when first asked for: the rules ask for some
   * many times, and for most tokens of a sentence never.
   */
  private final String[] words;
  private final int[] clauseBreaks;

  SentenceView(
      String text,
      String normalized,
      int start,
      int end,
      List<Mention> mentions,
      Map<Lexicon.Term, List<RuleIndex.Hit>> terms,
      List<RuleIndex.CueMatch> cues) {
    this.text = text;
    this.normalized = normalized;
    this.start = start;
    this.end = end;
    this.mentions = mentions;
    this.terms = terms;
    this.cues = cues;
    int[] spans = TokenSpans.of(text, start, end);
    int count = spans.length / 2;
    tokenStarts = new int[count];
    tokenEnds = new int[count];
    words = new String[count];
    int[] breaks = new int[count];
    int breakCount = 0;
    for (int i = 0; i < count; i++) {
      tokenStarts[i] = spans[2 * i];
      tokenEnds[i] = spans[2 * i + 1];
      if (tokenEnds[i] - tokenStarts[i] == 1 && isClauseBreak(text.charAt(tokenStarts[i]))) {
        breaks[breakCount++] = tokenStarts[i];
      }
    }
    clauseBreaks = Arrays.copyOf(breaks, breakCount);
  }

  /** What may follow a question mark and still end a question: closing quotes and parentheses. */
  private static final String CLOSING_MARKS = "\"'\u201D\u2019)";

  private static boolean isClauseBreak(char c) {
    return switch (c) {
      case ',', ';', ':', '(', ')', '\u2014', '\u2013', '"', '\u201C', '\u201D' -> true;
      default -> false;
    };
  }

  String sentence() {
    return text.substring(start, end);
  }

  /**
   * Whether the sentence ends in a question mark, ignoring trailing whitespace and then any closing
   * quotes or parentheses after the mark. Read off the text in place: it is asked of every sentence.
   */
  boolean isQuestion() {
    int last = end - 1;
    while (last >= start && Character.isWhitespace(text.charAt(last))) {
      last--;
    }
    while (last >= start && CLOSING_MARKS.indexOf(text.charAt(last)) >= 0) {
      last--;
    }
    return last >= start && text.charAt(last) == '?';
  }

  int tokenCount() {
    return tokenStarts.length;
  }

  /** Index of the first token starting at or after the offset. */
  int tokenAt(int offset) {
    int k = Arrays.binarySearch(tokenStarts, offset);
    return k >= 0 ? k : -k - 1;
  }

  int tokenStart(int index) {
    return tokenStarts[index];
  }

  /** The normalized word of a token. */
  String word(int index) {
    if (index < 0 || index >= tokenStarts.length) {
      return "";
    }
    String word = words[index];
    if (word == null) {
      word = normalized.substring(tokenStarts[index], tokenEnds[index]);
      words[index] = word;
    }
    return word;
  }

  /** The raw word of a token. */
  String rawWord(int index) {
    return index < 0 || index >= tokenStarts.length ? "" : text.substring(tokenStarts[index], tokenEnds[index]);
  }

  /** The word just before an offset. */
  String wordBefore(int offset) {
    return word(tokenAt(offset) - 1);
  }

  /** The word starting at or after an offset, skipping a possessive "'s". */
  String wordAfter(int offset) {
    int k = tokenAt(offset);
    if (word(k).equals("'") && word(k + 1).equals("s")) {
      k += 2;
    }
    return word(k);
  }

  /** Whether the text at the offset is a possessive ending ("'s", "’s", "s'"). */
  boolean possessiveAt(int offset) {
    return normalized.startsWith("'s", offset) || normalized.startsWith("'", offset);
  }

  /** Tokens wholly between two offsets. */
  int tokensBetween(int from, int to) {
    return Math.max(0, tokenAt(to) - tokenAt(from));
  }

  /** Whether no clause break (comma, colon, semicolon, dash, parenthesis, quote) lies between. */
  boolean sameClause(int a, int b) {
    int lo = Math.min(a, b);
    int hi = Math.max(a, b);
    int k = Arrays.binarySearch(clauseBreaks, lo);
    int first = k >= 0 ? k : -k - 1;
    return first >= clauseBreaks.length || clauseBreaks[first] >= hi;
  }

  /** Start of the clause holding the offset. */
  int clauseStart(int offset) {
    int k = Arrays.binarySearch(clauseBreaks, offset);
    int before = (k >= 0 ? k : -k - 1) - 1;
    return before >= 0 ? clauseBreaks[before] + 1 : start;
  }

  List<RuleIndex.Hit> hits(Lexicon.Term term) {
    return terms.get(term);
  }

  /** The last hit of a term that ends at or before the offset, or null. */
  RuleIndex.Hit lastBefore(Lexicon.Term term, int offset) {
    RuleIndex.Hit last = null;
    for (RuleIndex.Hit hit : terms.get(term)) {
      if (hit.end() <= offset) {
        last = hit;
      }
    }
    return last;
  }

  /** The first hit of a term that starts at or after the offset, or null. */
  RuleIndex.Hit firstAfter(Lexicon.Term term, int offset) {
    for (RuleIndex.Hit hit : terms.get(term)) {
      if (hit.start() >= offset) {
        return hit;
      }
    }
    return null;
  }
}
