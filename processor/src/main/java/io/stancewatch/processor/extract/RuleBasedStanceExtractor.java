package io.stancewatch.processor.extract;

import io.stancewatch.processor.extract.gazetteer.Gazetteer;
import io.stancewatch.processor.extract.gazetteer.Mention;
import io.stancewatch.processor.extract.gazetteer.MentionKind;
import io.stancewatch.schemas.Article;
import io.stancewatch.schemas.StanceSignal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.ToIntFunction;
import org.jsoup.parser.Parser;

/**
 * Reads stance signals with rules kept as data ({@code extract/*.yaml}) and the gazetteer.
 *
 * <p>One pass of each kind over an article: the body is cleaned (tags, entities, boilerplate),
 * scanned once by the gazetteer for names and once by one Aho–Corasick automaton for every cue and
 * lexicon phrase; the paragraphs holding a name or a cue are split into sentences (OpenNLP), and
 * each sentence is read in order
 * against a small discourse memory (see {@link SentenceReader}) and the findings are merged to one
 * signal per key and statement time ({@link SignalMerger}). The headline is not read: bodies
 * restate it, and headlines drop the words (who, when, whether) that tell a stance apart.
 *
 * <p>Immutable and thread-safe; models and rules are loaded once.
 */
public final class RuleBasedStanceExtractor implements StanceExtractor {

  private final Gazetteer gazetteer;
  private final ExtractionRules rules;
  private final RuleIndex index;
  private final SentenceSplitter splitter;
  private final SentenceReader reader;

  RuleBasedStanceExtractor(Gazetteer gazetteer, ExtractionRules rules, SentenceSplitter splitter) {
    this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
    this.rules = Objects.requireNonNull(rules, "rules");
    this.splitter = Objects.requireNonNull(splitter, "splitter");
    this.index = new RuleIndex(rules.cues(), rules.lexicon());
    this.reader = new SentenceReader(gazetteer, rules.lexicon(), new StatementTimes(rules.time(), rules.events()));
  }

  /** The extractor with the classpath rules, gazetteer and sentence model, built once. */
  public static RuleBasedStanceExtractor loadDefault() {
    return DefaultHolder.INSTANCE;
  }

  /** An extractor with the classpath rules and sentence model over the given gazetteer. */
  public static RuleBasedStanceExtractor withGazetteer(Gazetteer gazetteer) {
    return new RuleBasedStanceExtractor(gazetteer, ExtractionRules.loadDefault(), SentenceSplitter.loadDefault());
  }

  private static final class DefaultHolder {
    static final RuleBasedStanceExtractor INSTANCE = withGazetteer(Gazetteer.loadDefault());
  }

  @Override
  public List<StanceSignal> extract(Article article) {
    Objects.requireNonNull(article, "article");
    if (article.getBody() == null || article.getPublishedAt() == null) {
      return List.of();
    }
    ArticleText text = ArticleText.of(article.getBody(), rules.boilerplate());
    String normalized = PhraseMatcher.normalize(text.text());
    List<Mention> mentions = gazetteer.findMentions(text.text(), article.getPublishedAt());
    List<RuleIndex.Hit> hits = index.scan(normalized);
    Discourse discourse = new Discourse();
    readHeadline(article, discourse);
    discourse.articleOrganization = firstJoinedOrganization(mentions, hits);
    List<Finding> findings = new ArrayList<>();
    int mentionFrom = 0;
    int hitFrom = 0;
    int order = 0;
    for (int[] paragraph : text.paragraphs()) {
      if (!namesOrCuesWithin(paragraph, mentions, mentionFrom, hits, hitFrom)) {
        // Sentence detection is the extractor's dearest step: a paragraph without a name or a cue is
        // skipped whole, as each of its sentences would be, and breaks the discourse as they would.
        discourse.previousSentence = null;
        mentionFrom = skipStartingBefore(mentions, mentionFrom, paragraph[1], Mention::start);
        hitFrom = skipStartingBefore(hits, hitFrom, paragraph[1], RuleIndex.Hit::start);
        order++;
        continue;
      }
      for (int[] sentence : splitter.sentences(text.text(), paragraph)) {
        int start = sentence[0];
        int end = sentence[1];
        mentionFrom = skipStartingBefore(mentions, mentionFrom, start, Mention::start);
        int mentionTo = mentionFrom;
        while (mentionTo < mentions.size() && mentions.get(mentionTo).end() <= end) {
          mentionTo++;
        }
        hitFrom = skipStartingBefore(hits, hitFrom, start, RuleIndex.Hit::start);
        int hitTo = skipStartingBefore(hits, hitFrom, end, RuleIndex.Hit::start);
        List<RuleIndex.Hit> sentenceHits = new ArrayList<>(hitTo - hitFrom);
        boolean hasCuePart = false;
        for (RuleIndex.Hit hit : hits.subList(hitFrom, hitTo)) {
          if (hit.end() <= end) {
            sentenceHits.add(hit);
            hasCuePart |= hit.term() == null;
          }
        }
        boolean headline = order == 0 && repeatsTitle(article, text.text().substring(start, end));
        if ((mentionTo == mentionFrom && !hasCuePart) || headline) {
          // No name and no cue: nothing to read and nothing to remember (the hot path skips it). A headline
          // repeated as the body's first line was read as the headline: it carries no stance of its own.
          discourse.previousSentence = null;
        } else {
          SentenceView view = new SentenceView(text.text(), normalized, start, end,
              mentions.subList(mentionFrom, mentionTo), RuleIndex.terms(sentenceHits),
              index.cues(sentenceHits, normalized));
          findings.addAll(reader.read(view, article.getPublishedAt(), discourse, order));
        }
        mentionFrom = mentionTo;
        hitFrom = hitTo;
        order++;
      }
    }
    return SignalMerger.signals(findings, article);
  }

  /**
   * Whether a name lies wholly within the paragraph, or a cue part does (lexicon words alone never
   * make a sentence worth reading), looking from the given positions of lists sorted by start.
   */
  private static boolean namesOrCuesWithin(
      int[] paragraph, List<Mention> mentions, int mentionFrom, List<RuleIndex.Hit> hits, int hitFrom) {
    for (int m = skipStartingBefore(mentions, mentionFrom, paragraph[0], Mention::start);
        m < mentions.size() && mentions.get(m).start() < paragraph[1]; m++) {
      if (mentions.get(m).end() <= paragraph[1]) {
        return true;
      }
    }
    for (int h = skipStartingBefore(hits, hitFrom, paragraph[0], RuleIndex.Hit::start);
        h < hits.size() && hits.get(h).start() < paragraph[1]; h++) {
      if (hits.get(h).term() == null && hits.get(h).end() <= paragraph[1]) {
        return true;
      }
    }
    return false;
  }

  /** The first position from {@code from} on whose item starts at or after {@code offset}. */
  private static <T> int skipStartingBefore(List<T> sorted, int from, int offset, ToIntFunction<T> start) {
    int i = from;
    while (i < sorted.size() && start.applyAsInt(sorted.get(i)) < offset) {
      i++;
    }
    return i;
  }

  private static boolean repeatsTitle(Article article, String sentence) {
    return article.getTitle() != null && !article.getTitle().isBlank()
        && sentence.strip().equals(Parser.unescapeEntities(article.getTitle(), false).strip());
  }

  /** How near words of joining must stand to an organization's name for the article to be about joining it. */
  private static final int JOINING_DISTANCE = 60;

  /** The first organization the article names near words of joining ("path into the European Union"), or null. */
  private static String firstJoinedOrganization(List<Mention> mentions, List<RuleIndex.Hit> hits) {
    for (Mention m : mentions) {
      if (m.kind() != MentionKind.ORGANIZATION) {
        continue;
      }
      for (RuleIndex.Hit hit : hits) {
        if (hit.term() == Lexicon.Term.ACCESSION
            && hit.start() < m.end() + JOINING_DISTANCE && hit.end() > m.start() - JOINING_DISTANCE) {
          return m.code();
        }
      }
    }
    return null;
  }

  private void readHeadline(Article article, Discourse discourse) {
    String title = article.getTitle() == null ? "" : Parser.unescapeEntities(article.getTitle(), false).strip();
    if (title.isEmpty()) {
      return;
    }
    String normalized = PhraseMatcher.normalize(title);
    List<RuleIndex.Hit> hits = index.scan(normalized);
    SentenceView view = new SentenceView(title, normalized, 0, title.length(),
        gazetteer.findMentions(title, article.getPublishedAt()), RuleIndex.terms(hits), List.of());
    reader.readHeadline(view, article.getPublishedAt(), discourse);
  }
}
