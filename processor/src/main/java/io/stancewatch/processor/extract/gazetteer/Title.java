package io.stancewatch.processor.extract.gazetteer;

import java.util.List;
import java.util.Objects;

/** The words naming one role without naming its holder: "prime minister", "premier", "PM". */
public record Title(Role role, List<String> phrases) {

  public Title {
    Objects.requireNonNull(role, "role");
    phrases = List.copyOf(phrases);
  }
}
