package io.stancewatch.processor.extract.gazetteer;

import java.util.ArrayList;
import java.util.List;

/** Turns the gazetteer's entities into the patterns the {@link MentionFinder} matches. */
final class PatternCompiler {

  private PatternCompiler() {}

  static List<MentionPattern> patterns(GazetteerData data) {
    List<MentionPattern> patterns = new ArrayList<>();
    for (Country country : data.countries()) {
      add(patterns, country.aliases(), MentionKind.COUNTRY_NAME, country.code(), null);
      add(patterns, country.adjectives(), MentionKind.COUNTRY_ADJECTIVE, country.code(), null);
      add(patterns, country.demonyms(), MentionKind.COUNTRY_DEMONYM, country.code(), null);
      add(patterns, country.capitals(), MentionKind.CAPITAL, country.code(), null);
    }
    for (Organization organization : data.organizations()) {
      add(patterns, organization.aliases(), MentionKind.ORGANIZATION, organization.code(), null);
      add(patterns, organization.references(), MentionKind.ORGANIZATION_REFERENCE, organization.code(), null);
    }
    for (Institution institution : data.institutions()) {
      add(patterns, institution.aliases(), MentionKind.INSTITUTION, institution.owner(), institution.role());
    }
    for (Official official : data.officials()) {
      official.aliases().forEach(alias -> patterns.add(MentionPattern.official(alias, official)));
    }
    for (Title title : data.titles()) {
      add(patterns, title.phrases(), MentionKind.TITLE, null, title.role());
    }
    data.stopPhrases().forEach(phrase -> patterns.add(MentionPattern.stop(phrase)));
    return patterns;
  }

  private static void add(List<MentionPattern> patterns, List<String> aliases, MentionKind kind, String code, Role role) {
    aliases.forEach(alias -> patterns.add(MentionPattern.of(alias, kind, code, role)));
  }
}
