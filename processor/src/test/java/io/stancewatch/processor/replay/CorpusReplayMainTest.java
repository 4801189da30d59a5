package io.stancewatch.processor.replay;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.stancewatch.processor.ScriptedStanceExtractor;
import io.stancewatch.schemas.Article;
import io.stancewatch.schemas.ChangeType;
import io.stancewatch.schemas.StanceAlert;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusReplayMainTest {

  @TempDir
  Path dir;

  private Path corpus(final String... lines) throws IOException {
    return Files.write(dir.resolve("articles.jsonl"), List.of(lines));
  }

  private static String line(final String id, final String day, final String script) {
    return "{\"id\":\"" + id + "\",\"source\":\"Outlet " + id + "\",\"url\":null,\"title\":\"t\","
        + "\"body\":\"Text " + id + ".\\n" + script + "\",\"publishedAt\":\"2030-02-" + day + "T10:00:00Z\"}";
  }

  @Test
  void shouldReportLineNumberAndSkipLineWhenItIsNotAnArticle() throws IOException {
    final Path file = corpus(line("a-1", "01", ""), "{\"id\":\"a-2\"}", "", "not json");
    final ByteArrayOutputStream errors = new ByteArrayOutputStream();

    final List<Article> articles = CorpusReplayMain.readArticles(file, new PrintStream(errors, true, StandardCharsets.UTF_8));

    assertThat(articles).extracting(Article::getId).containsExactly("a-1");
    assertThat(errors.toString(StandardCharsets.UTF_8))
        .contains("articles.jsonl:2: skipped, not an article: field 'source' is missing")
        .contains("articles.jsonl:4: skipped");
  }

  @Test
  void shouldEmitAlertsAndFinalStatesWhenCorpusIsReplayedInFileOrder() throws IOException {
    final Path file = corpus(
        line("a-1", "01", "stance: ORGX CND MEMBERSHIP AAA OPPOSE"),
        line("a-2", "03", "stance: ORGX CND MEMBERSHIP AAA SUPPORT"),
        line("a-3", "04", "fail: broken rule"));

    final CorpusReplayMain.Replay replay = CorpusReplayMain.replay(
        CorpusReplayMain.readArticles(file, System.err), new ScriptedStanceExtractor());

    assertThat(replay.alerts()).extracting(StanceAlert::getChangeType)
        .containsExactly(ChangeType.NEW, ChangeType.CHANGED);
    assertThat(replay.states()).containsOnlyKeys("ORGX:CND:MEMBERSHIP:AAA");
    assertThat(replay.deadLetters()).singleElement().asString().contains("extract", "a-3", "broken rule");
  }

  @Test
  void shouldWriteScorerReadyJsonLinesWhenRunFromTheCommandLine() throws IOException {
    final Path file = corpus(
        line("a-1", "01", "stance: ORGX CND CONSENSUS ORGX LACKING ADD HHH"),
        line("a-2", "02", "stance: ORGX CND CONSENSUS ORGX LACKING REMOVE HHH"));
    final Path alerts = dir.resolve("alerts.jsonl");
    final Path states = dir.resolve("states.jsonl");
    System.setProperty("stancewatch.extractor", ScriptedStanceExtractor.class.getName());
    try {
      CorpusReplayMain.main(new String[] {file.toString(), alerts.toString(), states.toString()});
    } finally {
      System.clearProperty("stancewatch.extractor");
    }

    final ObjectMapper json = new ObjectMapper();
    final List<String> alertLines = Files.readAllLines(alerts);
    assertThat(alertLines).hasSize(2);
    final JsonNode changed = json.readTree(alertLines.get(1));
    assertThat(changed.get("changeType").asText()).isEqualTo("CHANGED");
    assertThat(changed.get("previousStance").asText()).isEqualTo("LACKING");
    assertThat(changed.get("newStance").asText()).isEqualTo("REACHED");
    assertThat(changed.get("previousHoldouts").toString()).isEqualTo("[\"HHH\"]");
    assertThat(changed.get("evidence").get(0).get("articleId").asText()).isEqualTo("a-2");
    final JsonNode state = json.readTree(Files.readAllLines(states).get(0));
    assertThat(state.get("stance").asText()).isEqualTo("REACHED");
    assertThat(state.get("holdouts").isEmpty()).isTrue();
  }
}
