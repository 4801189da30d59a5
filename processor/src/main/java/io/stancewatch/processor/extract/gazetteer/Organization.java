package io.stancewatch.processor.extract.gazetteer;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * An organization countries can join, how it admits members, which titles speak for it, its
 * membership history and the members whose refusal alone stops an admission (the UN's permanent
 * Security Council members).
 */
public record Organization(
    String code,
    String name,
    List<String> aliases,
    List<String> references,
    Admission admission,
    List<String> speakers,
    List<Membership> members,
    Set<String> vetoHolders) {

  public Organization {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
    aliases = List.copyOf(aliases);
    references = List.copyOf(references);
    Objects.requireNonNull(admission, "admission");
    speakers = List.copyOf(speakers);
    members = List.copyOf(members);
    vetoHolders = Set.copyOf(vetoHolders);
  }

  /**
   * Whether a member's refusal is a veto on its own: in an organization where a council recommends
   * admission, the permanent members ("would block it in the Security Council") hold one.
   */
  public boolean holdsVeto(String iso3) {
    return vetoHolders.contains(iso3);
  }

  /** Whether the country was a member on the (UTC) day of the given instant. */
  public boolean isMember(String iso3, Instant at) {
    LocalDate day = LocalDate.ofInstant(at, ZoneOffset.UTC);
    for (Membership membership : members) {
      if (membership.code().equals(iso3) && membership.activeOn(day)) {
        return true;
      }
    }
    return false;
  }

  /** The codes of the countries that were members on the (UTC) day of the given instant. */
  public Set<String> membersAt(Instant at) {
    LocalDate day = LocalDate.ofInstant(at, ZoneOffset.UTC);
    Set<String> codes = new LinkedHashSet<>();
    for (Membership membership : members) {
      if (membership.activeOn(day)) {
        codes.add(membership.code());
      }
    }
    return Set.copyOf(codes);
  }
}
