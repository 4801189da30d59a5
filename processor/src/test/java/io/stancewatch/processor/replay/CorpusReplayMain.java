package io.stancewatch.processor.replay;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.stancewatch.processor.ExtractorLoader;
import io.stancewatch.processor.StanceTestDriver;
import io.stancewatch.processor.dlq.DeadLetterHeaders;
import io.stancewatch.processor.extract.StanceExtractor;
import io.stancewatch.processor.json.PlainJson;
import io.stancewatch.schemas.Article;
import io.stancewatch.schemas.StanceAlert;
import io.stancewatch.schemas.StanceState;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.test.TestRecord;

/**
 * Replays a JSON-lines corpus through the real topology in a {@link TopologyTestDriver}, offline and
 * in seconds, and writes every alert (NEW included) and every final state as plain JSON lines, the
 * input of {@code shared/eval/score.py}.
 *
 * <pre>
 * CorpusReplayMain ARTICLES.jsonl ALERTS-OUT.jsonl STATES-OUT.jsonl
 * </pre>
 *
 * <p>Articles go in file order, each with its {@code publishedAt} as record timestamp; the
 * wall clock follows the newest {@code publishedAt}, so the dedupe window behaves as it would
 * have live and {@code detectedAt} is reproducible. The extractor is {@code
 * -Dstancewatch.extractor=<class>} (a class with a static {@code loadDefault()} or a no-argument
 * constructor), by default {@value #DEFAULT_EXTRACTOR}. Dead letters are listed on stderr.
 */
public final class CorpusReplayMain {

  /** The extractor used unless {@code -Dstancewatch.extractor} names another. */
  public static final String DEFAULT_EXTRACTOR = ExtractorLoader.RULE_BASED;

  private static final String REGISTRY_SCOPE = "CorpusReplayMain";
  private static final ObjectMapper JSON = new ObjectMapper();

  private CorpusReplayMain() {}

  /** Runs the replay; exits 2 on wrong usage, 1 when the corpus cannot be read or written. */
  public static void main(final String[] args) throws IOException {
    if (args.length != 3) {
      System.err.println("usage: CorpusReplayMain ARTICLES.jsonl ALERTS-OUT.jsonl STATES-OUT.jsonl");
      System.exit(2);
    }
    final StanceExtractor extractor = ExtractorLoader.load(System.getProperty("stancewatch.extractor", DEFAULT_EXTRACTOR));
    final List<Article> articles = readArticles(Path.of(args[0]), System.err);
    final Replay replay = replay(articles, extractor);
    writeLines(Path.of(args[1]), replay.alerts().stream().map(PlainJson::write).toList());
    writeLines(Path.of(args[2]), replay.states().values().stream().map(PlainJson::write).toList());
    replay.deadLetters().forEach(System.err::println);
    System.err.printf("replayed %d articles: %d alerts, %d states, %d dead letters%n",
        articles.size(), replay.alerts().size(), replay.states().size(), replay.deadLetters().size());
  }

  /**
   * What a replay produced.
   *
   * @param alerts every alert in emission order
   * @param states the final state per stance key, by key
   * @param deadLetters one line per dead letter: stage, source offset, message
   */
  public record Replay(List<StanceAlert> alerts, Map<String, StanceState> states, List<String> deadLetters) {}

  /** Runs the production topology and configuration over the articles, in order. */
  public static Replay replay(final List<Article> articles, final StanceExtractor extractor) {
    Instant wallClock = articles.stream().map(Article::getPublishedAt).min(Instant::compareTo).orElse(Instant.EPOCH);
    try (StanceTestDriver driver = new StanceTestDriver(REGISTRY_SCOPE, extractor, Map.of(), wallClock)) {
      final TestInputTopic<String, Article> input = driver.articles();
      final TestOutputTopic<String, StanceAlert> alerts = driver.alerts();
      final TestOutputTopic<String, StanceState> states = driver.states();
      final TestOutputTopic<byte[], byte[]> deadLetters = driver.deadLetters();
      for (final Article article : articles) {
        if (article.getPublishedAt().isAfter(wallClock)) {
          driver.driver().advanceWallClockTime(Duration.between(wallClock, article.getPublishedAt()));
          wallClock = article.getPublishedAt();
        }
        input.pipeInput(article.getId(), article, article.getPublishedAt());
      }
      final List<String> letters = new ArrayList<>();
      deadLetters.readRecordsToList().forEach(r -> letters.add(describe(r)));
      return new Replay(alerts.readValuesToList(), new TreeMap<>(states.readKeyValuesToMap()), letters);
    }
  }

  /**
   * Reads {@code {"id","source","url","title","body","publishedAt"}} lines; a line that is not such
   * an article is reported on {@code errors} with its line number and skipped.
   */
  public static List<Article> readArticles(final Path file, final PrintStream errors) throws IOException {
    final List<Article> articles = new ArrayList<>();
    final List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    for (int n = 0; n < lines.size(); n++) {
      if (lines.get(n).isBlank()) {
        continue;
      }
      try {
        articles.add(toArticle(JSON.readTree(lines.get(n))));
      } catch (final IOException | RuntimeException e) {
        errors.printf("%s:%d: skipped, not an article: %s%n", file, n + 1, e.getMessage());
      }
    }
    return articles;
  }

  private static Article toArticle(final JsonNode line) {
    final Article.Builder article = Article.newBuilder()
        .setId(required(line, "id"))
        .setSource(required(line, "source"))
        .setUrl(line.hasNonNull("url") ? line.get("url").asText() : null)
        .setTitle(line.hasNonNull("title") ? line.get("title").asText() : "")
        .setBody(required(line, "body"));
    final Instant publishedAt = Instant.parse(required(line, "publishedAt"));
    return article.setPublishedAt(publishedAt).setIngestedAt(publishedAt).build();
  }

  private static String required(final JsonNode line, final String field) {
    if (!line.hasNonNull(field)) {
      throw new IllegalArgumentException("field '" + field + "' is missing");
    }
    return line.get(field).asText();
  }

  private static String describe(final TestRecord<byte[], byte[]> record) {
    return "dead letter " + header(record, DeadLetterHeaders.STAGE) + " @"
        + header(record, DeadLetterHeaders.SOURCE_OFFSET) + " key="
        + (record.key() == null ? null : new String(record.key(), StandardCharsets.UTF_8)) + ": "
        + header(record, DeadLetterHeaders.ERROR_CLASS) + ": " + header(record, DeadLetterHeaders.ERROR_MESSAGE);
  }

  private static String header(final TestRecord<byte[], byte[]> record, final String name) {
    final Header header = record.headers().lastHeader(name);
    return header == null ? "" : new String(header.value(), StandardCharsets.UTF_8);
  }

  private static void writeLines(final Path file, final List<String> lines) throws IOException {
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (final String line : lines) {
        out.write(line);
        out.newLine();
      }
    }
  }
}
