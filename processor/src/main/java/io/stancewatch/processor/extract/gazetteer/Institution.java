package io.stancewatch.processor.extract.gazetteer;

import java.util.List;
import java.util.Objects;

/**
 * A named body or seat that speaks for a country or organization ({@code owner}): a parliament
 * ("Bundestag", role {@link Role#PARLIAMENT}), a seat of power used as metonym ("Kremlin", role
 * {@link Role#HEAD_OF_STATE}; "Pentagon", role {@link Role#DEFENCE_MINISTER}) or an organ of an
 * organization ("European Commission").
 */
public record Institution(String owner, String name, List<String> aliases, Role role) {

  public Institution {
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(name, "name");
    aliases = List.copyOf(aliases);
    Objects.requireNonNull(role, "role");
  }
}
