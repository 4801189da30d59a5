package io.stancewatch.processor.extract.gazetteer;

import java.util.List;
import java.util.Objects;

/** A country (ISO 3166-1 alpha-3 code) and the words naming it. */
public record Country(
    String code,
    String name,
    List<String> aliases,
    List<String> adjectives,
    List<String> demonyms,
    List<String> capitals,
    UnStatus un) {

  public Country {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
    aliases = List.copyOf(aliases);
    adjectives = List.copyOf(adjectives);
    demonyms = List.copyOf(demonyms);
    capitals = List.copyOf(capitals);
    Objects.requireNonNull(un, "un");
  }
}
