package io.stancewatch.processor.extract.gazetteer;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;

/**
 * A person holding one role for one period ({@code to} null while still in office; both ends
 * inclusive). A person who held several roles appears once per role, with the same {@code name}.
 */
public record Official(String name, List<String> aliases, String speaksFor, Role role, LocalDate from, LocalDate to) {

  public Official {
    Objects.requireNonNull(name, "name");
    aliases = List.copyOf(aliases);
    Objects.requireNonNull(speaksFor, "speaksFor");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(from, "from");
  }

  /** Whether the role was held on the (UTC) day of the given instant. */
  public boolean heldAt(Instant at) {
    return heldOn(LocalDate.ofInstant(at, ZoneOffset.UTC));
  }

  /** Whether the role was held on the given day. */
  public boolean heldOn(LocalDate day) {
    return !day.isBefore(from) && (to == null || !day.isAfter(to));
  }
}
