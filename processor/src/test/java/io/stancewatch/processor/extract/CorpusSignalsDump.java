package io.stancewatch.processor.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.stancewatch.schemas.Article;
import io.stancewatch.schemas.StanceSignal;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/**
 * A developer's tool, not a test: prints the signals the default extractor reads from each
 * article of a JSON-lines corpus, to compare by hand with its labels.
 *
 * <p>Usage: {@code CorpusSignalsDump ARTICLES.jsonl [ARTICLE-ID]} or {@code CorpusSignalsDump
 * --text TEXT PUBLISHED-AT} or {@code --mentions TEXT PUBLISHED-AT}
 */
public final class CorpusSignalsDump {

  private CorpusSignalsDump() {}

  public static void main(String[] args) throws IOException {
    ObjectMapper json = new ObjectMapper();
    if (args[0].equals("--mentions")) {
      io.stancewatch.processor.extract.gazetteer.Gazetteer.loadDefault()
          .findMentions(args[1], Instant.parse(args[2]))
          .forEach(m -> System.out.println(m.kind() + " " + m.surface() + " -> " + m.code() + " " + m.titleRole()));
      return;
    }
    RuleBasedStanceExtractor extractor = RuleBasedStanceExtractor.loadDefault();
    if (args[0].equals("--fuzz")) {
      fuzz(extractor, json, Files.readAllLines(Path.of(args[1])), Integer.parseInt(args[2]));
      return;
    }
    if (args[0].equals("--time")) {
      time(extractor, json, Files.readAllLines(Path.of(args[1])));
      return;
    }
    if (args[0].equals("--text")) {
      print(extractor, Article.newBuilder().setId("text").setSource("cli").setTitle("").setBody(args[1])
          .setPublishedAt(Instant.parse(args[2])).setIngestedAt(Instant.parse(args[2])).build());
      return;
    }
    for (String line : Files.readAllLines(Path.of(args[0]))) {
      if (line.isBlank()) {
        continue;
      }
      JsonNode node = json.readTree(line);
      if (args.length > 1 && !node.path("id").asText().equals(args[1])) {
        continue;
      }
      Article article = Article.newBuilder()
          .setId(node.path("id").asText())
          .setSource(node.path("source").asText())
          .setUrl(node.path("url").asText(null))
          .setTitle(node.path("title").asText())
          .setBody(node.path("body").asText())
          .setPublishedAt(Instant.parse(node.path("publishedAt").asText()))
          .setIngestedAt(Instant.parse(node.path("publishedAt").asText()))
          .build();
      print(extractor, article);
    }
  }

  private static void print(RuleBasedStanceExtractor extractor, Article article) {
      System.out.println("== " + article.getId() + " " + article.getPublishedAt() + " " + article.getTitle());
      for (StanceSignal s : extractor.extract(article)) {
        System.out.printf("  %s/%s %s %s %s %s %s @%s [%s] %.2f | %s%n", s.getOrganization(), s.getCandidate(),
            s.getDimension(), s.getActor(), s.getStance(), s.getHoldoutsUpdate(), s.getHoldouts(),
            s.getStatedAt().toString().substring(0, 10), s.getRuleId(), s.getConfidence(),
            abbreviate(s.getEvidence().getSentence()));
      }
  }

  /** Shuffled sentences, stray markup and odd characters: the extractor must never throw. */
  private static void fuzz(RuleBasedStanceExtractor extractor, ObjectMapper json, java.util.List<String> lines, int count)
      throws IOException {
    java.util.List<String> pieces = new java.util.ArrayList<>();
    for (String line : lines) {
      if (!line.isBlank()) {
        for (String piece : json.readTree(line).path("body").asText().split("(?<=[.?!])\\s+|\\n")) {
          pieces.add(piece);
        }
      }
    }
    String[] noise = {"<p>", "</b>", "&amp;", "&#8217;", "\u201C", "\u201D", "'s", " - ", ",", "?", "\n\n", "2008", "May",
        "Tuesday", "twenty-", "by", "...", "*", "\u00A0", "", "\uD83D\uDE00"};
    java.util.Random random = new java.util.Random(42);
    int signals = 0;
    for (int n = 0; n < count; n++) {
      StringBuilder body = new StringBuilder();
      int size = random.nextInt(12);
      for (int k = 0; k < size; k++) {
        String piece = pieces.get(random.nextInt(pieces.size()));
        if (random.nextInt(4) == 0 && !piece.isEmpty()) {
          int cut = random.nextInt(piece.length());
          piece = piece.substring(0, cut) + noise[random.nextInt(noise.length)] + piece.substring(cut);
        }
        body.append(piece).append(random.nextBoolean() ? " " : "\n");
      }
      Instant at = Instant.parse("2000-01-01T00:00:00Z").plusSeconds(random.nextInt(900_000_000));
      Article article = Article.newBuilder().setId("f-" + n).setSource("fuzz").setTitle(n % 3 == 0 ? "" : "T")
          .setBody(body.toString()).setPublishedAt(at).setIngestedAt(at).build();
      try {
        signals += extractor.extract(article).size();
      } catch (RuntimeException e) {
        System.out.println("FAILED on article " + n + ": " + e);
        e.printStackTrace(System.out);
        System.out.println(body);
        return;
      }
    }
    System.out.println("fuzzed " + count + " articles, " + signals + " signals, no failure");
  }

  /** Rough timing on one thread: microseconds per article and per 600 words. */
  private static void time(RuleBasedStanceExtractor extractor, ObjectMapper json, java.util.List<String> lines)
      throws IOException {
    java.util.List<Article> articles = new java.util.ArrayList<>();
    long words = 0;
    for (String line : lines) {
      if (line.isBlank()) {
        continue;
      }
      JsonNode node = json.readTree(line);
      Instant at = Instant.parse(node.path("publishedAt").asText());
      articles.add(Article.newBuilder().setId(node.path("id").asText()).setSource("s").setTitle(node.path("title").asText())
          .setBody(node.path("body").asText()).setPublishedAt(at).setIngestedAt(at).build());
      words += node.path("body").asText().split("\\s+").length;
    }
    int rounds = 400;
    long sink = 0;
    // CPU time of this thread, not wall time: a busy machine does not inflate it.
    java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
    for (int r = 0; r < rounds; r++) {
      long start = threads.getCurrentThreadCpuTime();
      for (Article article : articles) {
        sink += extractor.extract(article).size();
      }
      long nanos = threads.getCurrentThreadCpuTime() - start;
      if (r % 100 == 99) {
        System.out.printf("round %d: %.1f us/article, %.1f us per 600 words (%d signals)%n", r + 1,
            nanos / 1000.0 / articles.size(), nanos / 1000.0 * 600 / words, sink);
      }
    }
  }

  private static String abbreviate(String sentence) {
    return sentence.length() > 110 ? sentence.substring(0, 110) + "..." : sentence;
  }
}
