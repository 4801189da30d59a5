package io.stancewatch.processor.extract.gazetteer;

/** What a {@link Mention} found in a text names. */
public enum MentionKind {
  /** "Hungary", "the Netherlands", "U.S.". */
  COUNTRY_NAME,
  /** "Hungarian". */
  COUNTRY_ADJECTIVE,
  /** "Hungarians". */
  COUNTRY_DEMONYM,
  /** "Budapest", standing for the government that sits there. */
  CAPITAL,
  /** "NATO", "European Union". */
  ORGANIZATION,
  /** A common noun referring back to an organization once named: "the alliance", "the bloc". */
  ORGANIZATION_REFERENCE,
  /** A known person: "Viktor Orbán", "Rutte". */
  OFFICIAL,
  /** A role word without a name: "prime minister", "top diplomat". */
  TITLE,
  /**
   * A named body or seat speaking for a country or organization: "Kremlin", "Bundestag", "European
   * Commission". {@link Mention#code()} is its owner, {@link Mention#titleRole()} its role.
   */
  INSTITUTION
}
