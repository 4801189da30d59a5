package io.stancewatch.processor.extract.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WordStartMatcherTest {

  private static List<String> hits(WordStartMatcher matcher, String text) {
    List<String> hits = new ArrayList<>();
    matcher.scan(text.toCharArray(), text.length(), (start, end, key) -> hits.add(start + "-" + end + ":" + key));
    return hits;
  }

  @Test
  void shouldReportEveryOverlappingOccurrenceWhenKeysStartAtTheSameWord() {
    WordStartMatcher matcher = new WordStartMatcher(List.of("he", "she", "her", "hers"));

    assertThat(hits(matcher, "hers")).containsExactly("0-2:0", "0-3:2", "0-4:3");
  }

  @Test
  void shouldSkipOccurrencesWhenTheyStartInsideAWord() {
    WordStartMatcher matcher = new WordStartMatcher(List.of("he", "she", "hers"));

    assertThat(hits(matcher, "ushers the he-she")).containsExactly("11-13:0", "14-17:1");
  }

  @Test
  void shouldFindAKeyOfSeveralWordsWhenItsWordsAreSeparatedAsInTheKey() {
    WordStartMatcher matcher = new WordStartMatcher(List.of("st. kitts", "kitts"));

    assertThat(hits(matcher, "St. Kitts, st.kitts")).containsExactly("0-9:0", "4-9:1", "14-19:1");
  }

  @Test
  void shouldIgnoreCaseWhenScanning() {
    WordStartMatcher matcher = new WordStartMatcher(List.of("nato"));

    assertThat(hits(matcher, "NATO and Nato and nato")).containsExactly("0-4:0", "9-13:0", "18-22:0");
  }

  @Test
  void shouldRestartAfterCharactersNoKeyContains() {
    WordStartMatcher matcher = new WordStartMatcher(List.of("ab", "b c"));

    assertThat(hits(matcher, "a#b c ab")).containsExactly("2-5:1", "6-8:0");
  }

  @Test
  void shouldFindKeyInsideLongerFailedPrefixWhenFailureLinksAreFollowed() {
    WordStartMatcher matcher = new WordStartMatcher(List.of("united states", "states of"));

    assertThat(hits(matcher, "united states of")).containsExactly("0-13:0", "7-16:1");
  }

  @Test
  void shouldReportNothingWhenTextIsEmpty() {
    WordStartMatcher matcher = new WordStartMatcher(List.of("eu"));

    assertThat(hits(matcher, "")).isEmpty();
    assertThat(matcher.stateCount()).isEqualTo(4);
  }

  /**
   * Every occurrence at a word start a naive search finds, the automaton finds too, and nothing else,
   * on random data.
   */
  @Test
  void shouldAgreeWithNaiveSearchWhenKeysAndTextAreRandom() {
    Random random = new Random(20261124L);
    for (int round = 0; round < 200; round++) {
      Set<String> unique = new LinkedHashSet<>();
      while (unique.size() < 1 + random.nextInt(12)) {
        unique.add(randomWord(random, 1 + random.nextInt(4)).toLowerCase(Locale.ROOT));
      }
      List<String> keys = List.copyOf(unique);
      String text = randomWord(random, random.nextInt(40));

      List<String> expected = new ArrayList<>();
      for (int end = 1; end <= text.length(); end++) {
        for (int id = 0; id < keys.size(); id++) {
          int start = end - keys.get(id).length();
          boolean wordStart = start == 0 || start > 0 && !Character.isLetterOrDigit(text.charAt(start - 1));
          if (wordStart && text.regionMatches(true, start, keys.get(id), 0, keys.get(id).length())) {
            expected.add(start + "-" + end + ":" + id);
          }
        }
      }
      assertThat(hits(new WordStartMatcher(keys), text)).as("keys %s in '%s'", keys, text)
          .containsExactlyInAnyOrderElementsOf(expected);
    }
  }

  private static String randomWord(Random random, int length) {
    char[] letters = {'a', 'b', 'A', ' ', 'c', '-'};
    StringBuilder word = new StringBuilder();
    for (int i = 0; i < length; i++) {
      word.append(letters[random.nextInt(letters.length)]);
    }
    return word.toString();
  }

  @Test
  void shouldRejectKeyWhenEmptyOrGivenTwice() {
    assertThatThrownBy(() -> new WordStartMatcher(List.of("a", "")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("key 1 is empty");
    assertThatThrownBy(() -> new WordStartMatcher(List.of("eu", "EU")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'EU' is given twice");
  }
}
