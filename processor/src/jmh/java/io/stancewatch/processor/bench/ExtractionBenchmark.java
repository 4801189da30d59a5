package io.stancewatch.processor.bench;

import io.stancewatch.processor.extract.RuleBasedStanceExtractor;
import io.stancewatch.processor.extract.StanceExtractor;
import io.stancewatch.schemas.Article;
import io.stancewatch.schemas.StanceSignal;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Time to extract the stance signals of one 600-word article with the rule-based extractor and its
 * full shipped gazetteer, and with that gazetteer grown by 10,000 invented officials, on one thread
 * (one core). The article ({@code bench/article-600-words.txt})
 * was written by the synthetic feed's templates: three stance statements among filler paragraphs.
 *
 * <p>Twenty seconds of warm-up: on the shared two-core machine the JIT's compiler threads wait for a
 * core too, and with six seconds the measured iterations still ran partly uncompiled code (each faster
 * than the one before).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
@Warmup(iterations = 10, time = 2)
@Measurement(iterations = 10, time = 2)
public class ExtractionBenchmark {

  /** The fixture article, as the processor would receive it. */
  static final String ARTICLE_RESOURCE = "bench/article-600-words.txt";

  /** Invented officials added to the shipped gazetteer: 0 is the shipped one. */
  @Param({"0", "10000"})
  public int extraOfficials;

  private StanceExtractor extractor;
  private Article article;

  /** Loads the extractor once, as the processor does at start-up. */
  @Setup
  public void loadExtractorAndArticle() {
    extractor = extraOfficials == 0
        ? RuleBasedStanceExtractor.loadDefault()
        : RuleBasedStanceExtractor.withGazetteer(GrownGazetteer.withExtraOfficials(extraOfficials));
    article = fixtureArticle();
    if (extractor.extract(article).isEmpty()) {
      throw new IllegalStateException("The fixture article yields no signal: the benchmark would not "
          + "measure the extraction of statements");
    }
  }

  /** One article through the extractor; the signals are returned so the JIT cannot drop the work. */
  @Benchmark
  public List<StanceSignal> extractSixHundredWordArticle() {
    return extractor.extract(article);
  }

  /** The fixture: first line the title, then a blank line, then the body. */
  static Article fixtureArticle() {
    try (InputStream in = ExtractionBenchmark.class.getClassLoader().getResourceAsStream(ARTICLE_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("Classpath resource " + ARTICLE_RESOURCE + " is missing");
      }
      final String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      final int split = text.indexOf("\n\n");
      final Instant published = Instant.parse("2025-03-04T10:00:00Z");
      return Article.newBuilder()
          .setId("bench-600")
          .setSource("Bench Wire")
          .setUrl(null)
          .setTitle(text.substring(0, split))
          .setBody(text.substring(split + 2).strip())
          .setPublishedAt(published)
          .setIngestedAt(published.plusSeconds(60))
          .build();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + ARTICLE_RESOURCE, e);
    }
  }
}
