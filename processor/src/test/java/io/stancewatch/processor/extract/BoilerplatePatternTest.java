package io.stancewatch.processor.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class BoilerplatePatternTest {

  private static boolean anchored(String regex, int flags) {
    return BoilerplatePattern.isAnchoredAtStart(Pattern.compile(regex, flags));
  }

  @Test
  void shouldTreatAPatternAsAnchoredWhenCaretOpensEveryAlternative() {
    assertThat(anchored("^(read more|see also)\\b.{0,120}$", Pattern.CASE_INSENSITIVE)).isTrue();
    assertThat(anchored("^https?://\\S+$", 0)).isTrue();
  }

  @Test
  void shouldNotTreatAPatternAsAnchoredWhenItCouldMatchElsewhere() {
    assertThat(anchored("\\bchannel\\b", 0)).isFalse();
    assertThat(anchored("^photo:|credit:", 0)).isFalse();
    assertThat(anchored("^(photo)?:", Pattern.MULTILINE)).isFalse();
    assertThat(anchored("^?photo", 0)).isFalse();
    assertThat(anchored("^[(]a|b", 0)).isFalse();
    assertThat(anchored("^\\Q|\\Ea|b", 0)).isFalse();
  }

  @Test
  void shouldFindWhatASearchFindsWhenTheShortcutApplies() {
    List<String> paragraphs = List.of("Read more: the vote", "We read more about it", "Photo: Reuters",
        "Credit: Photo: x", "READ MORE\nnext line");
    for (String regex : List.of("^(read more|see also)\\b.{0,120}$", "^photo:|credit:", "^(photo)\\s*:")) {
      Pattern pattern = Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
      BoilerplatePattern boilerplate = new BoilerplatePattern(pattern, List.of());
      for (String paragraph : paragraphs) {
        assertThat(boilerplate.foundIn(paragraph, paragraph.toLowerCase()))
            .as("%s in '%s'", regex, paragraph).isEqualTo(pattern.matcher(paragraph).find());
      }
    }
  }

  @Test
  void shouldSkipThePatternWhenTheRequiredWordIsMissing() {
    BoilerplatePattern pattern = new BoilerplatePattern(Pattern.compile("rights"), List.of("reserved"));

    assertThat(pattern.foundIn("All rights kept", "all rights kept")).isFalse();
    assertThat(pattern.foundIn("All rights reserved", "all rights reserved")).isTrue();
  }

  @Test
  void shouldTryThePatternWhenAnyOfTheRequiredPhrasesIsThere() {
    BoilerplatePattern pattern = new BoilerplatePattern(
        Pattern.compile("(first|originally) published", Pattern.CASE_INSENSITIVE),
        List.of("first published", "originally published"));

    assertThat(pattern.foundIn("Originally published by X", "originally published by x")).isTrue();
    assertThat(pattern.foundIn("First published in Y", "first published in y")).isTrue();
    assertThat(pattern.foundIn("The ministry published a report", "the ministry published a report")).isFalse();
  }
}
