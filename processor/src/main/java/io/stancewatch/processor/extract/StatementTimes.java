package io.stancewatch.processor.extract;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the expressions in a sentence that date a statement ("in 2008", "last April", "on 17
 * March", "two weeks ago", "on Tuesday", "at the Bucharest summit") and resolves them against the
 * article's publication time. A day other than the publication day is dated at noon UTC, a month
 * or year at its first day; nothing is ever dated after publication.
 */
final class StatementTimes {

  /** A dating expression, the instant it gives and, for a summit, the organization that met. */
  record TimeMark(int start, int end, Instant at, String organization) {}

  private static final int SUMMIT_WINDOW = 4;

  private final TimeVocabulary vocabulary;
  private final List<SummitEvent> events;

  private final Map<String, List<TimeVocabulary.RelativePhrase>> relativeByFirstWord = new HashMap<>();
  /** Every word that may open a dating expression (besides digits). */
  private final Set<String> triggers = new HashSet<>();
  /** The first characters of the triggers: a token starting otherwise is no trigger. */
  private final BitSet triggerStarts = new BitSet();

  StatementTimes(TimeVocabulary vocabulary, List<SummitEvent> events) {
    this.vocabulary = vocabulary;
    // Places are normalized once here, not for every token of every sentence (the hot path).
    this.events = events.stream()
        .map(e -> new SummitEvent(e.organization(), PhraseMatcher.normalize(e.place()), e.date()))
        .toList();
    for (TimeVocabulary.RelativePhrase phrase : vocabulary.relative()) {
      String first = phrase.phrase().strip().split(" ")[0];
      relativeByFirstWord.computeIfAbsent(first, k -> new ArrayList<>()).add(phrase);
    }
    triggers.addAll(relativeByFirstWord.keySet());
    triggers.addAll(vocabulary.months().keySet());
    triggers.addAll(vocabulary.weekdays().keySet());
    triggers.addAll(vocabulary.numbers().keySet());
    this.events.forEach(e -> triggers.add(e.place().split(" ")[0]));
    triggers.stream().filter(trigger -> !trigger.isEmpty()).forEach(trigger -> triggerStarts.set(trigger.charAt(0)));
  }

  List<TimeMark> find(SentenceView s, Instant publishedAt) {
    LocalDate published = LocalDate.ofInstant(publishedAt, ZoneOffset.UTC);
    List<TimeMark> marks = new ArrayList<>();
    for (int i = 0; i < s.tokenCount(); i++) {
      TimeMark mark = at(s, i, published, publishedAt);
      if (mark != null) {
        marks.add(new TimeMark(mark.start(), mark.end(), min(mark.at(), publishedAt), mark.organization()));
      }
    }
    // "a summit in Riga on Thursday": the day named wins over a summit recalled by its place
    if (marks.stream().anyMatch(m -> m.organization() == null && isDay(m.at(), published, publishedAt))) {
      marks.removeIf(m -> m.organization() != null);
    }
    // "the Bucharest summit in 2008": the summit's day, not the first of its year
    for (TimeMark event : marks) {
      if (event.organization() != null) {
        marks.removeIf(m -> m.organization() == null && isYearStart(m.at(), event.at()));
        break;
      }
    }
    return marks;
  }

  private TimeMark at(SentenceView s, int i, LocalDate published, Instant publishedAt) {
    // Most words date nothing: their first letter, then one set lookup, turn them away before any parsing.
    char first = s.normalized.charAt(s.tokenStart(i));
    if (!Character.isDigit(first) && !triggerStarts.get(first)) {
      return null;
    }
    String word = s.word(i);
    if (word.isEmpty() || !(Character.isDigit(word.charAt(0)) || triggers.contains(word))) {
      return null;
    }
    TimeMark event = isCapitalized(s.rawWord(i)) ? event(s, i, published, publishedAt) : null;
    if (event != null) {
      return event;
    }
    for (TimeVocabulary.RelativePhrase phrase : relativeByFirstWord.getOrDefault(word, List.of())) {
      if (s.normalized.startsWith(phrase.phrase(), s.tokenStart(i))) {
        LocalDate day = back(published, phrase.amount(), phrase.unit());
        return mark(s, i, i, dayOf(startOf(day, phrase.unit(), phrase.amount()), published, publishedAt));
      }
    }
    Month month = vocabulary.months().get(word);
    if (month != null && isCapitalized(s.rawWord(i))) {
      return monthMark(s, i, month, published, publishedAt);
    }
    DayOfWeek weekday = vocabulary.weekdays().get(word);
    if (weekday != null && isCapitalized(s.rawWord(i))) {
      LocalDate day = published.with(TemporalAdjusters.previousOrSame(weekday));
      return mark(s, i, i, dayOf(day, published, publishedAt));
    }
    Integer amount = number(word);
    if (amount != null && s.word(i - 1).equals("-") && number(s.word(i - 2)) != null) {
      return null; // the "one" of "twenty-one", read with "twenty"
    }
    int unitAt = i + 1;
    Integer units = number(s.word(i + 2));
    if (amount != null && s.word(i + 1).equals("-") && units != null && units < 10) {
      // "twenty-one months"
      amount += units;
      unitAt = i + 3;
    }
    ChronoUnit unit = vocabulary.units().get(s.word(unitAt));
    if (amount != null && unit != null && vocabulary.backwards().contains(s.word(unitAt + 1))) {
      return mark(s, i, unitAt + 1, dayOf(back(published, amount, unit), published, publishedAt));
    }
    if (isYear(word) && isYearContext(s, i)) {
      return mark(s, i, i, instant(LocalDate.of(Integer.parseInt(word), 1, 1), published, publishedAt));
    }
    return null;
  }

  private TimeMark monthMark(SentenceView s, int i, Month month, LocalDate published, Instant publishedAt) {
    String before = s.word(i - 1);
    String after = s.word(i + 1);
    if (isYear(after)) {
      return mark(s, i, i + 1, instant(LocalDate.of(Integer.parseInt(after), month, 1), published, publishedAt));
    }
    Integer dayBefore = dayNumber(before);
    Integer dayAfter = dayNumber(after);
    if (dayBefore != null || dayAfter != null) {
      int day = dayBefore != null ? dayBefore : dayAfter;
      int year = isYear(s.word(i + 2)) ? Integer.parseInt(s.word(i + 2)) : published.getYear();
      LocalDate date = safeDate(year, month, day);
      if (date == null) {
        return null;
      }
      if (date.isAfter(published)) {
        date = date.minusYears(1);
      }
      return mark(s, dayBefore != null ? i - 1 : i, dayBefore != null ? i : i + 1, dayOf(date, published, publishedAt));
    }
    boolean last = before.equals("last");
    if (!last && !List.of("in", "since", "early", "late", "mid", "from", "until", "of", "by").contains(before)) {
      return null;
    }
    LocalDate first = LocalDate.of(published.getYear(), month, 1);
    LocalDate publishedMonth = published.withDayOfMonth(1);
    if (first.isAfter(publishedMonth) || (last && !first.isBefore(publishedMonth))) {
      first = first.minusYears(1);
    }
    return mark(s, last ? i - 1 : i, i, instant(first, published, publishedAt));
  }

  /** A summit named by its place ("the Vilnius summit", "summit in Washington", "at Bucharest"). */
  private TimeMark event(SentenceView s, int i, LocalDate published, Instant publishedAt) {
    SummitEvent best = null;
    for (SummitEvent candidate : events) {
      String place = candidate.place();
      int at = s.tokenStart(i);
      if (!s.normalized.startsWith(place, at) || !isCapitalized(s.rawWord(i))) {
        continue;
      }
      int placeEnd = s.tokenAt(at + place.length());
      boolean summit = nearWord(s, i, placeEnd, "summit");
      boolean atPlace = s.word(i - 1).equals("at") && !s.word(placeEnd).equals("summit");
      if (!summit && !atPlace || candidate.date().isAfter(published)) {
        continue;
      }
      Integer year = yearNear(s, i);
      if (year != null && candidate.date().getYear() != year) {
        continue;
      }
      if (best == null || candidate.date().isAfter(best.date())) {
        best = candidate;
      }
    }
    if (best == null) {
      return null;
    }
    TimeMark mark = mark(s, i, i, dayOf(best.date(), published, publishedAt));
    return new TimeMark(mark.start(), mark.end(), mark.at(), best.organization());
  }

  private static boolean nearWord(SentenceView s, int from, int to, String word) {
    for (int k = Math.max(0, from - SUMMIT_WINDOW); k < Math.min(s.tokenCount(), to + SUMMIT_WINDOW); k++) {
      if (s.word(k).equals(word)) {
        return true;
      }
    }
    return false;
  }

  private static Integer yearNear(SentenceView s, int i) {
    for (int k = Math.max(0, i - SUMMIT_WINDOW); k < Math.min(s.tokenCount(), i + SUMMIT_WINDOW + 2); k++) {
      if (isYear(s.word(k))) {
        return Integer.parseInt(s.word(k));
      }
    }
    return null;
  }

  private static boolean isYearContext(SentenceView s, int i) {
    String before = s.word(i - 1);
    return List.of("in", "since", "of", "the", "at", "from", "early", "late", "mid").contains(before)
        || s.word(i + 1).equals("summit")
        || s.word(i + 2).equals("summit");
  }

  private Integer number(String word) {
    if (!word.isEmpty() && word.length() <= 3 && isDigits(word)) {
      return Integer.parseInt(word);
    }
    return vocabulary.numbers().get(word);
  }

  private static Integer dayNumber(String word) {
    if (word.isEmpty() || word.length() > 2 || !isDigits(word)) {
      return null;
    }
    int day = Integer.parseInt(word);
    return day >= 1 && day <= 31 ? day : null;
  }

  private static boolean isYear(String word) {
    if (word.length() != 4 || !isDigits(word)) {
      return false;
    }
    int year = Integer.parseInt(word);
    return year >= 1900 && year <= 2100;
  }

  /** Days are dated at noon (or publication); months and years at midnight on their first day. */
  private static boolean isDay(Instant at, LocalDate published, Instant publishedAt) {
    return at.equals(publishedAt) || LocalTime.ofInstant(at, ZoneOffset.UTC).equals(LocalTime.NOON);
  }

  private static boolean isYearStart(Instant candidate, Instant within) {
    LocalDate day = LocalDate.ofInstant(candidate, ZoneOffset.UTC);
    return day.getDayOfYear() == 1 && day.getYear() == LocalDate.ofInstant(within, ZoneOffset.UTC).getYear();
  }

  private static boolean isDigits(String word) {
    for (int i = 0; i < word.length(); i++) {
      if (word.charAt(i) < '0' || word.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  private static boolean isCapitalized(String raw) {
    return !raw.isEmpty() && Character.isUpperCase(raw.charAt(0));
  }

  private static LocalDate safeDate(int year, Month month, int day) {
    return day <= month.length(java.time.Year.isLeap(year)) ? LocalDate.of(year, month, day) : null;
  }

  private static LocalDate back(LocalDate from, int amount, ChronoUnit unit) {
    return unit == ChronoUnit.DECADES ? from.minusYears(10L * amount) : from.minus(amount, unit);
  }

  private static LocalDate startOf(LocalDate day, ChronoUnit unit, int amount) {
    if (unit == ChronoUnit.MONTHS) {
      return day.withDayOfMonth(1);
    }
    if (unit == ChronoUnit.YEARS && amount >= 0) {
      return day.withDayOfYear(1);
    }
    return day;
  }

  /** A day: the publication instant itself on the publication day, else noon. */
  private static Instant dayOf(LocalDate day, LocalDate published, Instant publishedAt) {
    return day.equals(published) ? publishedAt : day.atTime(LocalTime.NOON).toInstant(ZoneOffset.UTC);
  }

  /** The start of a month or year. */
  private static Instant instant(LocalDate day, LocalDate published, Instant publishedAt) {
    Instant start = day.atStartOfDay().toInstant(ZoneOffset.UTC);
    return day.isAfter(published) ? publishedAt : start;
  }

  private static Instant min(Instant a, Instant b) {
    return a.isBefore(b) ? a : b;
  }

  private static TimeMark mark(SentenceView s, int first, int last, Instant at) {
    int lastToken = Math.min(last, s.tokenCount() - 1);
    int end = lastToken + 1 < s.tokenCount() ? s.tokenStart(lastToken + 1) : s.end;
    return new TimeMark(s.tokenStart(first), end, at, null);
  }
}
