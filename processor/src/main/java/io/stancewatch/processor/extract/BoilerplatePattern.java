package io.stancewatch.processor.extract;

import java.util.regex.Pattern;

/**
 * One boilerplate pattern of {@code extract/boilerplate.yaml}; {@code requires}, when not empty, is
 * a lower-case word the paragraph must contain before the (costlier) pattern is tried.
 */
record BoilerplatePattern(Pattern pattern, String requires) {

  boolean foundIn(String paragraph, String lowerCaseParagraph) {
    return (requires.isEmpty() || lowerCaseParagraph.contains(requires)) && pattern.matcher(paragraph).find();
  }
}
