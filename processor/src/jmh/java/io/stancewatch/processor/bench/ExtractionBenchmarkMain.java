package io.stancewatch.processor.bench;

import io.stancewatch.processor.extract.RuleBasedStanceExtractor;
import io.stancewatch.processor.extract.StanceExtractor;
import io.stancewatch.processor.extract.gazetteer.Country;
import io.stancewatch.processor.extract.gazetteer.Gazetteer;
import io.stancewatch.processor.extract.gazetteer.Institution;
import io.stancewatch.processor.extract.gazetteer.Official;
import io.stancewatch.processor.extract.gazetteer.Organization;
import io.stancewatch.processor.extract.gazetteer.Title;
import io.stancewatch.schemas.Article;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Collection;
import java.util.Locale;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs {@link ExtractionBenchmark} and ends with one line a person or a script can read: the mean
 * time per article, the articles per second one core sustains, and the size of the gazetteer the
 * extractor searched (so a figure is never quoted for a smaller gazetteer than the shipped one).
 */
public final class ExtractionBenchmarkMain {

  /** Invented officials of the grown variant; matches the benchmark's second parameter value. */
  private static final int GROWN_BY = 10_000;
  /** Enough for the JIT to finish compiling the extractor's hot paths (2,000 was not: C2 was still at work). */
  private static final int WARM_UP = 20_000;
  private static final int MEASURED = 10_000;

  private ExtractionBenchmarkMain() {}

  /** Runs the extraction benchmarks and prints their summary. */
  public static void main(String[] args) throws RunnerException {
    final Options options =
        new OptionsBuilder()
            .include(ExtractionBenchmark.class.getSimpleName())
            .build();
    final Collection<RunResult> results = new Runner(options).run();
    printSize("shipped gazetteer", Gazetteer.loadDefault());
    printSize("grown gazetteer", GrownGazetteer.withExtraOfficials(GROWN_BY));
    System.out.printf(Locale.ROOT, "extraction: %.1f us of CPU time per article, shipped gazetteer (this thread's CPU"
        + " time over %d articles after %d to warm up; unlike the wall-clock score it holds on a shared machine)%n",
        cpuMicrosPerArticle(RuleBasedStanceExtractor.loadDefault()), MEASURED, WARM_UP);
    System.out.printf(Locale.ROOT, "extraction: %.1f us of CPU time per article, grown gazetteer%n",
        cpuMicrosPerArticle(RuleBasedStanceExtractor.withGazetteer(GrownGazetteer.withExtraOfficials(GROWN_BY))));
    for (final RunResult result : results) {
      final double microsPerArticle = result.getPrimaryResult().getScore();
      System.out.printf(
          Locale.ROOT,
          "extraction: %s with %s invented officials: %.1f us/article (+-%.1f), %.0f articles/s on one core%n",
          result.getParams().getBenchmark().replaceFirst(".*\\.", ""),
          result.getParams().getParam("extraOfficials"),
          microsPerArticle,
          result.getPrimaryResult().getScoreError(),
          1_000_000.0 / microsPerArticle);
    }
  }

  private static void printSize(String what, Gazetteer gazetteer) {
    System.out.printf(
        Locale.ROOT,
        "%s: %d countries, %d organizations, %d officials, %d names and aliases%n",
        what,
        gazetteer.countries().size(),
        gazetteer.organizations().size(),
        gazetteer.officials().size(),
        aliasCount(gazetteer));
  }

  /**
   * CPU time of this thread per extraction: on a machine other builds also use, the wall-clock score
   * counts the time the thread waited for a core, this does not.
   */
  static double cpuMicrosPerArticle(StanceExtractor extractor) {
    final Article article = ExtractionBenchmark.fixtureArticle();
    final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    int signals = 0;
    for (int i = 0; i < WARM_UP; i++) {
      signals += extractor.extract(article).size();
    }
    final long start = threads.getCurrentThreadCpuTime();
    for (int i = 0; i < MEASURED; i++) {
      signals += extractor.extract(article).size();
    }
    final long cpuNanos = threads.getCurrentThreadCpuTime() - start;
    if (signals == 0) {
      throw new IllegalStateException("The fixture article yields no signal");
    }
    return cpuNanos / 1000.0 / MEASURED;
  }

  /** Every string the mention finder matches: names, aliases, adjectives, titles, institutions. */
  static int aliasCount(Gazetteer gazetteer) {
    int count = 0;
    for (final Country country : gazetteer.countries()) {
      count += 1 + country.aliases().size() + country.adjectives().size() + country.demonyms().size()
          + country.capitals().size();
    }
    for (final Organization organization : gazetteer.organizations()) {
      count += 1 + organization.aliases().size() + organization.references().size();
    }
    for (final Official official : gazetteer.officials()) {
      count += official.aliases().size();
    }
    for (final Title title : gazetteer.titles()) {
      count += title.phrases().size();
    }
    for (final Institution institution : gazetteer.institutions()) {
      count += institution.aliases().size();
    }
    return count;
  }
}
