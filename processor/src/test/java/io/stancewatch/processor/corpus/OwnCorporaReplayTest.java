package io.stancewatch.processor.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.stancewatch.processor.extract.RuleBasedStanceExtractor;
import io.stancewatch.processor.replay.CorpusReplayMain;
import io.stancewatch.schemas.Article;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.List;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Replays each of our own labelled corpora ({@code src/test/resources/corpora/<name>/}: articles.jsonl,
 * labels.json, NOTES.md) through the real topology with the default rule-based extractor, offline, and
 * scores it as {@code shared/eval/score.py} does. These corpora are written by us in storylines and
 * styles the shared dev corpus lacks, so they measure how far the extractor generalizes.
 *
 * <p>The figures, the missed and unexpected alerts and the wrong states go to stdout, so they show in
 * the surefire report ({@code scripts/score-own-corpora} prints the same figures through
 * {@code shared/eval/score.py}).
 *
 * <p>The floors guard against regressions and are meant to rise: the extraction engineers raise them as
 * the extractor generalizes. The target is an alert F1 of at least 0.5 and a state accuracy of at least
 * 0.6 on every corpus. When these corpora were written (November 2026) the extractor scored alert F1 0.44
 * (balkans-schengen) and 0.13 (global-bodies) and state accuracy 0.79 and 0.55, so the floors start at
 * 0.1 and 0.5 rather than 0.5 and 0.6, which would have left the build red. After the phrase families of
 * conditions, deferrals, refusals, institutions and unanimity were added (GeneralizationCuesTest) they
 * scored 0.64 and 0.75 (state accuracy 0.93 and 0.85), so the floors then sat just below: 0.6 and 0.83.
 * After the scope and attribution rules of LanguageScopeTest (clause-bound deferral and negation,
 * relative clauses, trailing speakers, the speaker's own bid, cue objects, shared positions, veto
 * holders) all three corpora scored alert F1 1.0 and state accuracy 0.96 to 1.0; they are no longer
 * unseen, so the floors sit with headroom at 0.9 and 0.9 and judge regressions, not generalization.
 * unseen-check-2, written apart from the rule authors, scored alert F1 0.33 and state accuracy 0.79 as
 * unseen text; after a round of general fixes (condition scope, interview turns, hearsay, named holders,
 * capitals acting, proper references, a place in the bloc) it scores 1.0 and 1.0, so it is held to
 * the same 0.9 floors.
 * Never raise a floor by fitting rules to these articles: a fix must be one that would hold on text
 * nobody has seen.
 */
class OwnCorporaReplayTest {

  /** Lowest acceptable alert F1 (CHANGED and HOLDOUTS_CHANGED) on each own corpus; the target is 0.5. */
  static final double MIN_ALERT_F1 = 0.9;

  /** Lowest acceptable share of labelled final states the replay gets right on each corpus; the target is 0.6. */
  static final double MIN_STATE_ACCURACY = 0.9;

  private static final ObjectMapper JSON = new ObjectMapper();

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"balkans-schengen", "global-bodies", "unseen-check-1", "unseen-check-2"})
  void shouldScoreAboveFloorWhenOwnCorpusIsReplayed(final String corpus) throws IOException {
    final List<Article> articles = CorpusReplayMain.readArticles(resource(corpus, "articles.jsonl"), System.err);
    final JsonNode labels = JSON.readTree(resource(corpus, "labels.json").toFile());

    final CorpusReplayMain.Replay replay = CorpusReplayMain.replay(articles, RuleBasedStanceExtractor.loadDefault());
    final CorpusScore score = CorpusScore.score(labels, replay.alerts(), replay.states().values());
    System.out.print(score.report(corpus));

    assertThat(replay.deadLetters()).as("dead letters of %s", corpus).isEmpty();
    final SoftAssertions softly = new SoftAssertions();
    softly.assertThat(score.alertF1()).as("alert F1 on %s", corpus).isGreaterThanOrEqualTo(MIN_ALERT_F1);
    softly.assertThat(score.stateAccuracy()).as("state accuracy on %s", corpus)
        .isGreaterThanOrEqualTo(MIN_STATE_ACCURACY);
    softly.assertAll();
  }

  private static Path resource(final String corpus, final String file) {
    final String name = "/corpora/" + corpus + "/" + file;
    final URL url = OwnCorporaReplayTest.class.getResource(name);
    assertThat(url).as("test resource %s", name).isNotNull();
    try {
      return Path.of(url.toURI());
    } catch (final URISyntaxException e) {
      throw new IllegalStateException("bad resource URL " + url, e);
    }
  }
}
