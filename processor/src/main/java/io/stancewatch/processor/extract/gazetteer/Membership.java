package io.stancewatch.processor.extract.gazetteer;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A country's membership of an organization: the day it took effect and, for a country that left or
 * was expelled, the day it ended ({@code left}: from that day on the country is no longer a member).
 */
public record Membership(String code, LocalDate joined, LocalDate left) {

  public Membership {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(joined, "joined");
    if (left != null && left.isBefore(joined)) {
      throw new IllegalArgumentException(code + " left (" + left + ") before it joined (" + joined + ")");
    }
  }

  /** A membership that still holds. */
  public Membership(String code, LocalDate joined) {
    this(code, joined, null);
  }

  /** Whether the country was a member on the given day. */
  public boolean activeOn(LocalDate day) {
    return !day.isBefore(joined) && (left == null || day.isBefore(left));
  }
}
