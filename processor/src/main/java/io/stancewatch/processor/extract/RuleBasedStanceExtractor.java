package io.stancewatch.processor.extract;

import io.stancewatch.processor.extract.gazetteer.Gazetteer;
import io.stancewatch.processor.extract.gazetteer.Mention;
import io.stancewatch.processor.extract.gazetteer.MentionKind;
import io.stancewatch.schemas.Article;
import io.stancewatch.schemas.StanceSignal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jsoup.parser.Parser;

/**
 * Reads stance signals with rules kept as data ({@code extract/*.yaml}) and the gazetteer.
 *
 * <p>One pass of each kind over an article: the body is cleaned (tags, entities, boilerplate),
 * split into sentences (OpenNLP), scanned once by the gazetteer for names and once by one
 * Aho–Corasick automaton for every cue and lexicon phrase; then each sentence is read in order
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
    List<int[]> sentences = splitter.sentences(text);
    for (int i = 0; i < sentences.size(); i++) {
      int start = sentences.get(i)[0];
      int end = sentences.get(i)[1];
      while (mentionFrom < mentions.size() && mentions.get(mentionFrom).start() < start) {
        mentionFrom++;
      }
      int mentionTo = mentionFrom;
      while (mentionTo < mentions.size() && mentions.get(mentionTo).end() <= end) {
        mentionTo++;
      }
      while (hitFrom < hits.size() && hits.get(hitFrom).start() < start) {
        hitFrom++;
      }
      int hitTo = hitFrom;
      while (hitTo < hits.size() && hits.get(hitTo).start() < end) {
        hitTo++;
      }
      List<RuleIndex.Hit> sentenceHits = new ArrayList<>(hitTo - hitFrom);
      boolean hasCuePart = false;
      for (RuleIndex.Hit hit : hits.subList(hitFrom, hitTo)) {
        if (hit.end() <= end) {
          sentenceHits.add(hit);
          hasCuePart |= hit.term() == null;
        }
      }
      boolean headline = i == 0 && repeatsTitle(article, text.text().substring(start, end));
      if ((mentionTo == mentionFrom && !hasCuePart) || headline) {
        // No name and no cue: nothing to read and nothing to remember (the hot path skips it). A headline
        // repeated as the body's first line was read as the headline: it carries no stance of its own.
        discourse.previousSentence = null;
        mentionFrom = mentionTo;
        hitFrom = hitTo;
        continue;
      }
      SentenceView view = new SentenceView(text.text(), normalized, start, end,
          mentions.subList(mentionFrom, mentionTo), RuleIndex.terms(sentenceHits),
          index.cues(sentenceHits, normalized));
      findings.addAll(reader.read(view, article.getPublishedAt(), discourse, i));
      mentionFrom = mentionTo;
      hitFrom = hitTo;
    }
    return SignalMerger.signals(findings, article);
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
