package io.stancewatch.processor.extract.gazetteer;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/** Picks the official an alias most likely means when several role periods share it. */
final class OfficialChoice {

  private static final Comparator<Official> LATEST_START = Comparator.comparing(Official::from);
  private static final Comparator<Official> SENIOR_ROLE = Comparator.comparing(Official::role);

  private OfficialChoice() {}

  /**
   * On a known day: the holder in office that day (the most senior role if several), else the one
   * whose role began last before that day, else the earliest. Without a day: the one whose role
   * began last.
   */
  static Official best(List<Official> officials, LocalDate day) {
    if (day == null) {
      return officials.stream().max(LATEST_START).orElseThrow();
    }
    return officials.stream()
        .filter(official -> official.heldOn(day))
        .min(SENIOR_ROLE)
        .or(() -> officials.stream().filter(official -> !official.from().isAfter(day)).max(LATEST_START))
        .orElseGet(() -> officials.stream().min(LATEST_START).orElseThrow());
  }
}
