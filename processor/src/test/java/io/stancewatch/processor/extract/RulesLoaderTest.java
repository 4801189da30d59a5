package io.stancewatch.processor.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RulesLoaderTest {

  /** The shipped files, with the named ones replaced. */
  private static ExtractionRules load(Map<String, String> replaced) {
    ClassLoader loader = RulesLoaderTest.class.getClassLoader();
    return RulesLoader.load(name -> replaced.containsKey(name)
        ? new ByteArrayInputStream(replaced.get(name).getBytes(StandardCharsets.UTF_8))
        : loader.getResourceAsStream("extract/" + name));
  }

  private static ExtractionRules withCues(String yaml) {
    Map<String, String> files = new HashMap<>();
    files.put(RulesLoader.CUES, yaml);
    return load(files);
  }

  @Test
  void shouldLoadTheShippedRulesWhenNothingIsReplaced() {
    ExtractionRules rules = ExtractionRules.loadDefault();

    assertThat(rules.cues()).extracting(Cue::id).contains("veto", "lift-veto", "no-consensus", "applied-join");
    assertThat(rules.cues()).filteredOn(c -> c.id().equals("lift-veto")).singleElement()
        .satisfies(c -> assertThat(c.parts()).containsExactly("lift*", "veto"));
    assertThat(rules.events()).isNotEmpty();
    assertThat(rules.lexicon().phrases(Lexicon.Term.NEGATION)).contains("no longer");
  }

  @Test
  void shouldNameTheFileAndCueWhenAStanceIsUnknown() {
    assertThatThrownBy(() -> withCues("cues:\n  - {id: odd, phrase: backs, stance: SUPORT}\n"))
        .isInstanceOf(InvalidRulesException.class)
        .hasMessageContaining("cues.yaml")
        .hasMessageContaining("id 'odd'")
        .hasMessageContaining("SUPORT");
  }

  @Test
  void shouldRejectADuplicateId() {
    assertThatThrownBy(() -> withCues(
        "cues:\n  - {id: twice, phrase: backs, stance: SUPPORT}\n  - {id: twice, phrase: backed, stance: SUPPORT}\n"))
        .isInstanceOf(InvalidRulesException.class)
        .hasMessageContaining("duplicate id");
  }

  @Test
  void shouldRejectAConsensusCueWithAStance() {
    assertThatThrownBy(() -> withCues("cues:\n  - {id: c, phrase: no consensus, kind: LACKING, stance: OPPOSE}\n"))
        .isInstanceOf(InvalidRulesException.class)
        .hasMessageContaining("takes no stance");
  }

  @Test
  void shouldRejectAnEmptyPartAroundAGap() {
    assertThatThrownBy(() -> withCues("cues:\n  - {id: g, phrase: lift ... , stance: SUPPORT}\n"))
        .isInstanceOf(InvalidRulesException.class)
        .hasMessageContaining("empty part");
  }

  @Test
  void shouldRejectAWildcardInsideAWord() {
    assertThatThrownBy(() -> withCues("cues:\n  - {id: w, phrase: ve*to, stance: OPPOSE}\n"))
        .isInstanceOf(InvalidRulesException.class)
        .hasMessageContaining("may only end a word");
  }

  @Test
  void shouldSplitAPhraseAfterAWildcardWithNoGapAllowed() {
    ExtractionRules rules = withCues("cues:\n  - {id: s, phrase: stand* in the way ... bid, stance: OPPOSE}\n");

    Cue cue = rules.cues().get(0);
    assertThat(cue.parts()).containsExactly("stand*", "in the way", "bid");
    assertThat(cue.gaps()).containsExactly(0, 0, RuleIndex.MAX_GAP_WORDS);
  }

  @Test
  void shouldReadNegatedNoneAsACueThatSaysNothingWhenNegated() {
    ExtractionRules rules = withCues("cues:\n  - {id: v, phrase: veto, stance: OPPOSE, negated: NONE}\n"
        + "  - {id: b, phrase: backs, stance: SUPPORT}\n");

    assertThat(rules.cues()).extracting(Cue::negated).containsExactly(null, io.stancewatch.schemas.Stance.OPPOSE);
  }

  @Test
  void shouldNameTheEntryWhenABoilerplatePatternDoesNotCompile() {
    Map<String, String> files = new HashMap<>();
    files.put(RulesLoader.BOILERPLATE, "paragraphs:\n  - {pattern: \"(unclosed\"}\n");

    assertThatThrownBy(() -> load(files))
        .isInstanceOf(InvalidRulesException.class)
        .hasMessageContaining("boilerplate.yaml: paragraphs[0]");
  }

  @Test
  void shouldReadRequiresAsOnePhraseOrAListOfAlternatives() {
    Map<String, String> files = new HashMap<>();
    files.put(RulesLoader.BOILERPLATE, "paragraphs:\n  - {pattern: \"a\", requires: Reserved}\n"
        + "  - {pattern: \"b\", requires: [first published, Originally Published]}\n  - {pattern: \"c\"}\n");

    assertThat(load(files).boilerplate()).extracting(BoilerplatePattern::requires)
        .containsExactly(List.of("reserved"), List.of("first published", "originally published"), List.of());
  }

  @Test
  void shouldNameTheEntryWhenRequiresIsBlankOrNotAPhrase() {
    for (String requires : List.of("\"\"", "[]", "[\"\"]", "{a: b}")) {
      Map<String, String> files = new HashMap<>();
      files.put(RulesLoader.BOILERPLATE, "paragraphs:\n  - {pattern: \"a\", requires: " + requires + "}\n");

      assertThatThrownBy(() -> load(files))
          .as("requires: %s", requires)
          .isInstanceOf(InvalidRulesException.class)
          .hasMessageContaining("boilerplate.yaml: paragraphs[0]: requires");
    }
  }

  @Test
  void shouldNameTheEntryWhenAnEventDateIsMalformed() {
    Map<String, String> files = new HashMap<>();
    files.put(RulesLoader.EVENTS, "events:\n  - {organization: NATO, place: Riga, date: 2006-11-31x}\n");

    assertThatThrownBy(() -> load(files))
        .isInstanceOf(InvalidRulesException.class)
        .hasMessageContaining("events[0]")
        .hasMessageContaining("YYYY-MM-DD");
  }

  @Test
  void shouldRejectAPhraseInASingleWordList() {
    Map<String, String> files = new HashMap<>();
    ClassLoader loader = RulesLoaderTest.class.getClassLoader();
    String lexicon;
    try (InputStream in = loader.getResourceAsStream("extract/lexicon.yaml")) {
      lexicon = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
    files.put(RulesLoader.LEXICON, lexicon.replace("pastPerfect: [had]", "pastPerfect: [had been]"));

    assertThatThrownBy(() -> load(files))
        .isInstanceOf(InvalidRulesException.class)
        .hasMessageContaining("pastPerfect holds single words");
  }

  @Test
  void shouldReportAMissingFile() {
    assertThatThrownBy(() -> RulesLoader.load(name -> null))
        .isInstanceOf(InvalidRulesException.class)
        .hasMessageContaining("not found");
  }
}
