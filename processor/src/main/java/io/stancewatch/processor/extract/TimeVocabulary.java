package io.stancewatch.processor.extract;

import java.time.DayOfWeek;
import java.time.Month;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The words of {@code extract/time.yaml} that date a statement: month and weekday names, number
 * words, units, and fixed relative phrases ("last month").
 */
record TimeVocabulary(
    Map<String, Month> months,
    Map<String, DayOfWeek> weekdays,
    Map<String, Integer> numbers,
    Map<String, ChronoUnit> units,
    Set<String> backwards,
    List<RelativePhrase> relative) {

  TimeVocabulary {
    months = Map.copyOf(months);
    weekdays = Map.copyOf(weekdays);
    numbers = Map.copyOf(numbers);
    units = Map.copyOf(units);
    backwards = Set.copyOf(backwards);
    relative = List.copyOf(relative);
  }

  /** "last month": {@code amount} {@code unit}s before publication; 0 = the start of the current one. */
  record RelativePhrase(String phrase, int amount, ChronoUnit unit) {}
}
