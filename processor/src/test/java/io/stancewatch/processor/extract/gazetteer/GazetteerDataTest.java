package io.stancewatch.processor.extract.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/** Checks of the shipped gazetteer data: coverage, consistency and a few facts that are easy to get wrong. */
class GazetteerDataTest {

  private static final Gazetteer GAZETTEER = Gazetteer.loadDefault();
  private static final Instant LATE_2026 = Instant.parse("2026-11-01T00:00:00Z");

  private static Organization organization(String code) {
    return GAZETTEER.organization(code).orElseThrow();
  }

  @Test
  void shouldCoverEveryUnMemberObserverAndKosovoAndTaiwanWhenLoaded() {
    Map<UnStatus, Long> byStatus = GAZETTEER.countries().stream()
        .collect(Collectors.groupingBy(Country::un, Collectors.counting()));

    assertThat(byStatus).containsEntry(UnStatus.MEMBER, 193L).containsEntry(UnStatus.OBSERVER, 2L).containsEntry(UnStatus.NONE, 2L);
    assertThat(GAZETTEER.country("XKX")).isPresent();
    assertThat(GAZETTEER.country("TWN")).isPresent();
    assertThat(GAZETTEER.country("PSE").orElseThrow().un()).isEqualTo(UnStatus.OBSERVER);
    assertThat(GAZETTEER.country("VAT").orElseThrow().un()).isEqualTo(UnStatus.OBSERVER);
  }

  @Test
  void shouldListEveryOrganizationOfTheStanceModelWhenLoaded() {
    assertThat(GAZETTEER.organizations()).extracting(Organization::code).contains(
        "NATO", "EU", "UN", "SCHENGEN", "COE", "BRICS", "OECD", "WTO", "ASEAN", "AU", "OPEC", "EUROZONE",
        "G7", "G20", "CSTO", "SCO", "EAEU", "MERCOSUR", "COMMONWEALTH", "OSCE");
  }

  @Test
  void shouldMatchUnMemberFlagsWithUnMemberList() {
    Set<String> flaggedMembers = GAZETTEER.countries().stream()
        .filter(country -> country.un() == UnStatus.MEMBER).map(Country::code).collect(Collectors.toSet());

    assertThat(organization("UN").membersAt(LATE_2026)).isEqualTo(flaggedMembers);
  }

  @Test
  void shouldTrackNatoEnlargementWhenAskedAtDifferentDates() {
    Organization nato = organization("NATO");

    assertThat(nato.membersAt(LATE_2026)).hasSize(32);
    assertThat(nato.membersAt(Instant.parse("2023-04-03T12:00:00Z"))).hasSize(30).doesNotContain("FIN", "SWE");
    assertThat(nato.membersAt(Instant.parse("2023-04-04T12:00:00Z"))).hasSize(31).contains("FIN");
    assertThat(nato.isMember("SWE", Instant.parse("2024-03-07T10:00:00Z"))).isTrue();
    assertThat(nato.isMember("UKR", LATE_2026)).isFalse();
  }

  @Test
  void shouldModelBrexitWhenAskedBeforeAndAfter() {
    Organization eu = organization("EU");

    assertThat(eu.membersAt(LATE_2026)).hasSize(27).doesNotContain("GBR");
    assertThat(eu.membersAt(Instant.parse("2019-01-01T00:00:00Z"))).hasSize(28).contains("GBR");
    assertThat(eu.isMember("HRV", Instant.parse("2013-06-30T12:00:00Z"))).isFalse();
  }

  @Test
  void shouldHoldCurrentMemberCountsOfSmallerOrganizations() {
    Map<String, Integer> expected = new TreeMap<>(Map.ofEntries(
        Map.entry("SCHENGEN", 29), Map.entry("EUROZONE", 21), Map.entry("COE", 46), Map.entry("OSCE", 57),
        Map.entry("BRICS", 10), Map.entry("OECD", 38), Map.entry("ASEAN", 11), Map.entry("AU", 54),
        Map.entry("OPEC", 12), Map.entry("G7", 7), Map.entry("G20", 19), Map.entry("CSTO", 6), Map.entry("SCO", 10),
        Map.entry("EAEU", 5), Map.entry("MERCOSUR", 5), Map.entry("COMMONWEALTH", 56), Map.entry("WTO", 164)));
    Map<String, Integer> actual = new TreeMap<>();
    expected.keySet().forEach(code -> actual.put(code, organization(code).membersAt(LATE_2026).size()));

    assertThat(actual).isEqualTo(expected);
  }

  @Test
  void shouldDateRecentAccessionsWhenTheyAreOftenCited() {
    assertThat(organization("SCHENGEN").isMember("BGR", Instant.parse("2024-12-31T12:00:00Z"))).isFalse();
    assertThat(organization("SCHENGEN").isMember("ROU", Instant.parse("2025-01-01T12:00:00Z"))).isTrue();
    assertThat(organization("EUROZONE").isMember("BGR", Instant.parse("2026-01-01T12:00:00Z"))).isTrue();
    assertThat(organization("BRICS").membersAt(Instant.parse("2024-06-01T00:00:00Z"))).contains("EGY", "ETH", "IRN", "ARE").doesNotContain("IDN");
    assertThat(organization("COE").isMember("RUS", LATE_2026)).isFalse();
  }

  @Test
  void shouldUseUnanimityWhereOneMemberCanBlock() {
    assertThat(List.of("NATO", "EU", "SCHENGEN", "OECD", "ASEAN", "CSTO", "SCO", "EAEU", "MERCOSUR", "OSCE"))
        .allSatisfy(code -> assertThat(organization(code).admission()).as(code).isEqualTo(Admission.UNANIMOUS));
    assertThat(organization("UN").admission()).isEqualTo(Admission.SECURITY_COUNCIL_AND_ASSEMBLY);
  }

  @Test
  void shouldNotGiveOneAliasToTwoCountriesOrOrganizations() {
    assertThat(sharedAliases(GAZETTEER.countries(), Country::code, this::countryWords)).isEmpty();
    assertThat(sharedAliases(GAZETTEER.organizations(), Organization::code, Organization::aliases)).isEmpty();
  }

  private List<String> countryWords(Country country) {
    List<String> words = new ArrayList<>(country.aliases());
    words.addAll(country.adjectives());
    words.addAll(country.demonyms());
    words.addAll(country.capitals());
    return words;
  }

  private static <T> Map<String, Set<String>> sharedAliases(
      Iterable<T> entities, Function<T, String> code, Function<T, List<String>> aliases) {
    Map<String, Set<String>> owners = new HashMap<>();
    for (T entity : entities) {
      for (String alias : aliases.apply(entity)) {
        owners.computeIfAbsent(FoldedText.foldAlias(alias), k -> new HashSet<>()).add(code.apply(entity));
      }
    }
    owners.values().removeIf(codes -> codes.size() < 2);
    return owners;
  }

  @Test
  void shouldNotShareAliasBetweenPeopleInOfficeAtTheSameTime() {
    List<String> clashes = new ArrayList<>();
    List<Official> officials = GAZETTEER.officials();
    for (int i = 0; i < officials.size(); i++) {
      for (int j = i + 1; j < officials.size(); j++) {
        Official a = officials.get(i);
        Official b = officials.get(j);
        if (!a.name().equals(b.name()) && overlap(a, b)) {
          Set<String> shared = folded(a.aliases());
          shared.retainAll(folded(b.aliases()));
          if (!shared.isEmpty()) {
            clashes.add(a.name() + " / " + b.name() + ": " + shared);
          }
        }
      }
    }
    assertThat(clashes).isEmpty();
  }

  private static boolean overlap(Official a, Official b) {
    boolean aEndsBeforeB = a.to() != null && a.to().isBefore(b.from());
    boolean bEndsBeforeA = b.to() != null && b.to().isBefore(a.from());
    return !aEndsBeforeB && !bEndsBeforeA;
  }

  private static Set<String> folded(List<String> aliases) {
    return aliases.stream().map(MentionFinder::lookupKey).collect(Collectors.toSet());
  }

  @Test
  void shouldHaveHeadAndForeignMinisterInOfficeForEveryWatchedCountry() {
    Set<String> watched = new HashSet<>();
    List.of("NATO", "EU", "G20").forEach(code -> watched.addAll(organization(code).membersAt(LATE_2026)));
    watched.addAll(List.of("UKR", "GEO", "MDA", "MKD", "ALB", "SRB", "MNE", "BIH", "XKX", "TUR", "ARM", "AZE", "BLR", "PSE", "ISR"));
    Map<String, Set<Role>> rolesHeld = new HashMap<>();
    GAZETTEER.officials().stream().filter(official -> official.heldAt(LATE_2026))
        .forEach(official -> rolesHeld.computeIfAbsent(official.speaksFor(), k -> new HashSet<>()).add(official.role()));

    List<String> gaps = new ArrayList<>();
    for (String code : new TreeSet<>(watched)) {
      Set<Role> roles = rolesHeld.getOrDefault(code, Set.of());
      if (!roles.contains(Role.HEAD_OF_STATE) && !roles.contains(Role.HEAD_OF_GOVERNMENT)) {
        gaps.add(code + " has no head of state or government");
      }
      if (!roles.contains(Role.FOREIGN_MINISTER)) {
        gaps.add(code + " has no foreign minister");
      }
    }
    assertThat(gaps).isEmpty();
  }

  @Test
  void shouldResolveWellKnownOfficeHoldersByDate() {
    assertThat(holder("Stoltenberg", "2020-01-01")).containsExactly(tuple("NATO", Role.SECRETARY_GENERAL));
    assertThat(holder("Rutte", "2025-06-01")).containsExactly(tuple("NATO", Role.SECRETARY_GENERAL));
    assertThat(holder("Blinken", "2024-01-01")).containsExactly(tuple("USA", Role.FOREIGN_MINISTER));
    assertThat(holder("Blinken", "2025-02-01")).isEmpty();
    assertThat(holder("Rubio", "2025-02-01")).containsExactly(tuple("USA", Role.FOREIGN_MINISTER));
    assertThat(holder("Erdogan", "2010-01-01")).containsExactly(tuple("TUR", Role.HEAD_OF_GOVERNMENT));
    assertThat(holder("Erdoğan", "2023-01-01")).containsExactly(tuple("TUR", Role.HEAD_OF_STATE));
    assertThat(holder("Fico", "2015-01-01")).containsExactly(tuple("SVK", Role.HEAD_OF_GOVERNMENT));
    assertThat(holder("Fico", "2021-01-01")).isEmpty();
    assertThat(holder("Trump", "2023-01-01")).isEmpty();
    assertThat(holder("Trump", "2026-01-01")).containsExactly(tuple("USA", Role.HEAD_OF_STATE));
  }

  private static List<Tuple> holder(String alias, String day) {
    return GAZETTEER.officialsAt(alias, Instant.parse(day + "T12:00:00Z")).stream()
        .map(official -> tuple(official.speaksFor(), official.role())).toList();
  }

  @Test
  void shouldFindExactSpansInNewsSentenceWhenUsingShippedData() {
    String text = "Hungary’s prime minister Viktor Orbán told the Washington summit that NATO allies, "
        + "the US and Türkiye's parliament, the Grand National Assembly, would back Sweden.";

    List<Mention> mentions = GAZETTEER.findMentions(text, Instant.parse("2024-07-10T00:00:00Z"));

    assertThat(mentions)
        .extracting(Mention::surface, Mention::kind, Mention::code)
        .containsExactly(
            tuple("Hungary", MentionKind.COUNTRY_NAME, "HUN"),
            tuple("prime minister", MentionKind.TITLE, null),
            tuple("Viktor Orbán", MentionKind.OFFICIAL, "HUN"),
            tuple("Washington", MentionKind.CAPITAL, "USA"),
            tuple("NATO", MentionKind.ORGANIZATION, "NATO"),
            tuple("US", MentionKind.COUNTRY_NAME, "USA"),
            tuple("Türkiye", MentionKind.COUNTRY_NAME, "TUR"),
            tuple("parliament", MentionKind.TITLE, null),
            tuple("Grand National Assembly", MentionKind.INSTITUTION, "TUR"),
            tuple("Sweden", MentionKind.COUNTRY_NAME, "SWE"));
    assertThat(mentions.get(0).start()).isZero();
    assertThat(mentions.get(2).start()).isEqualTo(text.indexOf("Viktor"));
  }

  @Test
  void shouldNotReadMilitaryOrPartyChiefsAsSpeakersWhenStopPhrasesApply() {
    assertThat(GAZETTEER.findMentions("The Hungarian army chief and the opposition leader met the NATO chief in Xi'an."))
        .extracting(Mention::surface, Mention::kind)
        .containsExactly(
            tuple("Hungarian", MentionKind.COUNTRY_ADJECTIVE),
            tuple("NATO", MentionKind.ORGANIZATION),
            tuple("chief", MentionKind.TITLE));
  }

  /**
   * Leftmost-longest matching lets "the group" (a reference) win over "Group of Seven" in "the Group
   * of Seven"; every such name therefore needs its own "the ..." alias.
   */
  @Test
  void shouldNotLetReferenceSwallowTheStartOfAName() {
    Set<String> names = new HashSet<>();
    GAZETTEER.organizations().forEach(organization -> organization.aliases().forEach(alias -> names.add(MentionFinder.lookupKey(alias))));
    GAZETTEER.countries().forEach(country -> country.aliases().forEach(alias -> names.add(MentionFinder.lookupKey(alias))));
    Set<String> swallowed = new TreeSet<>();
    for (Organization organization : GAZETTEER.organizations()) {
      for (String reference : organization.references()) {
        String key = MentionFinder.lookupKey(reference);
        for (String name : names) {
          String withArticle = "the " + name;
          if (key.startsWith("the ") && withArticle.startsWith(key + " ") && !names.contains(withArticle)) {
            swallowed.add("'" + reference + "' swallows '" + withArticle + "'");
          }
        }
      }
    }
    assertThat(swallowed).isEmpty();
  }

  @Test
  void shouldFindOrganizationWhenNameIsWrittenInEitherCase() {
    assertThat(GAZETTEER.findMentions("Joining the eurozone, the Eurozone, the euro area, the Schengen Area and the Schengen zone"))
        .extracting(Mention::surface, Mention::code)
        .containsExactly(
            tuple("eurozone", "EUROZONE"), tuple("Eurozone", "EUROZONE"), tuple("the euro area", "EUROZONE"),
            tuple("Schengen Area", "SCHENGEN"), tuple("Schengen zone", "SCHENGEN"));
  }

  @Test
  void shouldFindAcronymsWrittenInBritishHouseStyle() {
    assertThat(GAZETTEER.findMentions("Nato, Opec and Brics, unlike nato."))
        .extracting(Mention::code)
        .containsExactly("NATO", "OPEC", "BRICS");
  }

  @Test
  void shouldReadPentagonChiefAsTheUsDefenceMinister() {
    assertThat(GAZETTEER.findMentions("The Pentagon chief spoke."))
        .extracting(Mention::surface, Mention::kind, Mention::code, Mention::titleRole)
        .containsExactly(tuple("Pentagon chief", MentionKind.INSTITUTION, "USA", Role.DEFENCE_MINISTER));
  }

  @Test
  void shouldKeepTitlesAndCountryNamesApartWhenShippedDataIsUsed() {
    assertThat(GAZETTEER.findMentions("Let us ask the secretary-general of NATO and the EU's top diplomat about Chad."))
        .extracting(Mention::surface, Mention::titleRole)
        .containsExactly(
            tuple("secretary-general", Role.SECRETARY_GENERAL),
            tuple("NATO", null),
            tuple("EU", null),
            tuple("top diplomat", Role.FOREIGN_MINISTER),
            tuple("Chad", null));
  }
}
