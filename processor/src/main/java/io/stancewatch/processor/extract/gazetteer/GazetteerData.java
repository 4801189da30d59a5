package io.stancewatch.processor.extract.gazetteer;

import java.util.List;

/** Everything the gazetteer files hold, validated, before it is compiled into a matcher. */
record GazetteerData(
    List<Country> countries,
    List<Organization> organizations,
    List<Official> officials,
    List<Title> titles,
    List<Institution> institutions,
    List<String> stopPhrases) {

  GazetteerData {
    countries = List.copyOf(countries);
    organizations = List.copyOf(organizations);
    officials = List.copyOf(officials);
    titles = List.copyOf(titles);
    institutions = List.copyOf(institutions);
    stopPhrases = List.copyOf(stopPhrases);
  }
}
