package io.stancewatch.processor.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PhraseMatcherTest {

  private static List<String> matches(PhraseMatcher matcher, String text) {
    String normalized = PhraseMatcher.normalize(text);
    List<String> found = new ArrayList<>();
    matcher.match(normalized, (start, end, payload) -> found.add(payload + ":" + text.substring(start, end)));
    return found;
  }

  @Test
  void shouldFindEveryPhraseOnWholeWordsWhenPhrasesOverlap() {
    PhraseMatcher matcher = PhraseMatcher.builder().add("not", 1).add("would not agree", 2).add("agree", 3).build();

    assertThat(matches(matcher, "Rome would not agree."))
        .containsExactlyInAnyOrder("1:not", "2:would not agree", "3:agree");
  }

  @Test
  void shouldNotMatchInsideLongerWords() {
    PhraseMatcher matcher = PhraseMatcher.builder().add("bid", 1).add("veto", 2).build();

    assertThat(matches(matcher, "A morbid forbidden vetoes list")).isEmpty();
  }

  @Test
  void shouldMatchAnyEndingWhenThePhraseEndsWithAStar() {
    PhraseMatcher matcher = PhraseMatcher.builder().add("ratif*", 7).build();

    assertThat(matches(matcher, "Parliament ratified it; ratification follows."))
        .containsExactly("7:ratified", "7:ratification");
  }

  @Test
  void shouldIgnoreCaseAndCurlyApostrophes() {
    PhraseMatcher matcher = PhraseMatcher.builder().add("won't agree", 4).build();

    assertThat(matches(matcher, "They WON\u2019T AGREE to it")).containsExactly("4:WON\u2019T AGREE");
  }

  @Test
  void shouldRejectABlankPhrase() {
    assertThatThrownBy(() -> PhraseMatcher.builder().add(" * ", 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("blank phrase");
  }
}
