package io.stancewatch.processor.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatementTimesTest {

  private static final ExtractionRules RULES = ExtractionRules.loadDefault();
  private static final StatementTimes TIMES = new StatementTimes(RULES.time(), RULES.events());
  /** A Thursday. */
  private static final Instant PUBLISHED = Instant.parse("2025-02-13T09:30:00Z");

  private static List<Instant> datesIn(String sentence) {
    String normalized = PhraseMatcher.normalize(sentence);
    SentenceView view = new SentenceView(sentence, normalized, 0, sentence.length(), List.of(),
        RuleIndex.terms(List.of()), List.of());
    return TIMES.find(view, PUBLISHED).stream().map(StatementTimes.TimeMark::at).toList();
  }

  @Test
  void shouldDateAYearToItsFirstDay() {
    assertThat(datesIn("The pledge was made in 2008.")).containsExactly(Instant.parse("2008-01-01T00:00:00Z"));
  }

  @Test
  void shouldDateLastAprilToTheAprilBeforePublication() {
    assertThat(datesIn("He said so last April.")).containsExactly(Instant.parse("2024-04-01T00:00:00Z"));
  }

  @Test
  void shouldDateADayAndMonthToTheMostRecentOneNotAfterPublication() {
    assertThat(datesIn("The vote came on 17 March.")).containsExactly(Instant.parse("2024-03-17T12:00:00Z"));
  }

  @Test
  void shouldDateAWeekdayToTheMostRecentOne() {
    assertThat(datesIn("She spoke on Tuesday.")).containsExactly(Instant.parse("2025-02-11T12:00:00Z"));
  }

  @Test
  void shouldKeepThePublicationInstantForTheSameWeekday() {
    assertThat(datesIn("She spoke on Thursday.")).containsExactly(PUBLISHED);
  }

  @Test
  void shouldCountBackCompoundNumbers() {
    assertThat(datesIn("Twenty-one months ago the talks began.")).containsExactly(Instant.parse("2023-05-13T12:00:00Z"));
  }

  @Test
  void shouldDateASummitByItsPlace() {
    assertThat(datesIn("At the Vilnius summit leaders spoke.")).containsExactly(Instant.parse("2023-07-11T12:00:00Z"));
  }

  @Test
  void shouldNotReadTheModalMayAsAMonth() {
    assertThat(datesIn("Officials may agree later.")).isEmpty();
  }

  @Test
  void shouldNotReadAVoteCountAsAYear() {
    assertThat(datesIn("The bill passed by 1990 votes.")).isEmpty();
  }
}
