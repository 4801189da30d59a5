package io.stancewatch.processor.extract;

import java.util.List;

/**
 * Everything the extractor reads sentences with, loaded from the YAML files under {@code
 * extract/}: the stance cues, the lexicon, the boilerplate patterns, the dated summits and the time
 * vocabulary. Immutable.
 */
record ExtractionRules(
    List<Cue> cues,
    Lexicon lexicon,
    List<BoilerplatePattern> boilerplate,
    List<SummitEvent> events,
    TimeVocabulary time) {

  ExtractionRules {
    cues = List.copyOf(cues);
    boilerplate = List.copyOf(boilerplate);
    events = List.copyOf(events);
  }

  /** The rules shipped on the classpath; throws {@link InvalidRulesException} naming what is wrong. */
  static ExtractionRules loadDefault() {
    return RulesLoader.fromClasspath("extract/");
  }
}
