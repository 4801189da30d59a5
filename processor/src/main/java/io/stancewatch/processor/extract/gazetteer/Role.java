package io.stancewatch.processor.extract.gazetteer;

/**
 * The role in which a person, title or institution speaks for a country or an organization. The
 * declaration order runs from the most to the least senior voice, so that a person holding two roles
 * at once is read in the senior one.
 */
public enum Role {
  HEAD_OF_STATE,
  HEAD_OF_GOVERNMENT,
  FOREIGN_MINISTER,
  DEFENCE_MINISTER,
  SECRETARY_GENERAL,
  INSTITUTION_HEAD,
  SPOKESPERSON,
  AMBASSADOR,
  OTHER_MINISTER,
  PARLIAMENT_SPEAKER,
  PARLIAMENT
}
