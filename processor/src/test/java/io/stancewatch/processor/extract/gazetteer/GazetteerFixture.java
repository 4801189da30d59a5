package io.stancewatch.processor.extract.gazetteer;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** A small hand-written gazetteer for tests of the loader and the matcher, independent of the real data. */
final class GazetteerFixture {

  static final String COUNTRIES = """
      countries:
        - code: HUN
          name: Hungary
          adjectives: [Hungarian]
          demonyms: [Hungarians]
          capitals: [Budapest]
          un: MEMBER
          institutions:
            - {name: National Assembly of Hungary, aliases: [Orszaggyules], role: PARLIAMENT}
        - code: USA
          name: United States
          aliases: [US, U.S., America, United States of America]
          adjectives: [American]
          capitals: [Washington]
          un: MEMBER
          institutions:
            - {name: White House, role: HEAD_OF_STATE}
        - code: TCD
          name: Chad
          adjectives: [Chadian]
          un: MEMBER
        - code: MKD
          name: North Macedonia
          aliases: [Macedonia]
          adjectives: [North Macedonian]
          capitals: [Skopje]
          un: MEMBER
        - code: NLD
          name: Netherlands
          adjectives: [Dutch]
          un: MEMBER
        - code: TUR
          name: Türkiye
          aliases: [Turkey]
          adjectives: [Turkish]
          un: MEMBER
        - code: GBR
          name: United Kingdom
          aliases: [UK, Britain]
          un: MEMBER
        - code: UKR
          name: Ukraine
          adjectives: [Ukrainian]
          capitals: [Kyiv, Kiev]
          un: MEMBER
      stopPhrases: [Latin American, Washington state]
      """;

  static final String ORGANIZATIONS = """
      organizations:
        - code: NATO
          name: North Atlantic Treaty Organization
          aliases: [NATO, North Atlantic Alliance]
          references: [the alliance]
          admission: UNANIMOUS
          speakers: [secretary general, North Atlantic Council]
          institutions:
            - {name: North Atlantic Council, role: INSTITUTION_HEAD}
          members:
            - {code: USA, joined: 1949-08-24}
            - {code: NLD, joined: 1949-08-24}
            - {code: GBR, joined: 1949-08-24}
            - {code: TUR, joined: 1952-02-18}
            - {code: HUN, joined: 1999-03-12}
            - {code: MKD, joined: 2020-03-27}
        - code: EU
          name: European Union
          aliases: [EU]
          references: [the bloc, the alliance]
          admission: UNANIMOUS
          speakers: [president]
          members:
            - {code: NLD, joined: 1958-01-01}
            - {code: HUN, joined: 2004-05-01}
            - {code: GBR, joined: 1973-01-01, left: 2020-01-31}
      """;

  static final String OFFICIALS = """
      officials:
        - name: Viktor Orban
          aliases: [Viktor Orbán, Orban, Orbán]
          speaksFor: HUN
          role: HEAD_OF_GOVERNMENT
          from: 2010-05-29
          to: null
        - name: Mark Rutte
          aliases: [Rutte]
          roles:
            - {speaksFor: NLD, role: HEAD_OF_GOVERNMENT, from: 2010-10-14, to: 2024-07-02}
            - {speaksFor: NATO, role: SECRETARY_GENERAL, from: 2024-10-01}
      """;

  static final String TITLES = """
      titles:
        - role: HEAD_OF_GOVERNMENT
          phrases: [prime minister, premier, PM]
        - role: HEAD_OF_STATE
          phrases: [president]
        - role: SECRETARY_GENERAL
          phrases: [secretary general, chief]
        - role: OTHER_MINISTER
          phrases: [minister]
      """;

  private GazetteerFixture() {}

  static Gazetteer gazetteer() {
    return load(COUNTRIES, ORGANIZATIONS, OFFICIALS, TITLES);
  }

  static Gazetteer load(String countries, String organizations, String officials, String titles) {
    return Gazetteer.fromYaml(stream(countries), stream(organizations), stream(officials), stream(titles));
  }

  private static InputStream stream(String yaml) {
    return new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8));
  }
}
