package io.stancewatch.processor;

import io.stancewatch.processor.extract.StanceExtractor;

/**
 * Loads a {@link StanceExtractor} by class name, for tools that measure or replay with another
 * extractor than the rule-based one (the corpus replay, {@code stancewatch bench --extractor}).
 */
public final class ExtractorLoader {

  /** The production extractor. */
  public static final String RULE_BASED = "io.stancewatch.processor.extract.RuleBasedStanceExtractor";

  private ExtractorLoader() {}

  /**
   * The extractor of class {@code className}: its static {@code loadDefault()}, else its no-argument
   * constructor.
   *
   * @throws IllegalArgumentException naming the class when it cannot be loaded or is no extractor
   */
  public static StanceExtractor load(final String className) {
    try {
      final Class<?> type = Class.forName(className);
      try {
        return (StanceExtractor) type.getMethod("loadDefault").invoke(null);
      } catch (final NoSuchMethodException e) {
        return (StanceExtractor) type.getConstructor().newInstance();
      }
    } catch (final ReflectiveOperationException | ClassCastException e) {
      throw new IllegalArgumentException("cannot load extractor " + className + ": " + e, e);
    }
  }
}
