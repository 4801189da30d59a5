package io.stancewatch.processor.extract.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class GazetteerMentionTest {

  private final Gazetteer gazetteer = GazetteerFixture.gazetteer();

  @Test
  void shouldReturnExactSpansInTextOrderWhenSentenceNamesSeveralEntities() {
    String text = "Hungary's prime minister Viktor Orbán told the Washington summit that NATO must wait.";

    List<Mention> mentions = gazetteer.findMentions(text);

    assertThat(mentions)
        .extracting(Mention::start, Mention::end, Mention::surface, Mention::kind, Mention::code, Mention::titleRole)
        .containsExactly(
            tuple(0, 7, "Hungary", MentionKind.COUNTRY_NAME, "HUN", null),
            tuple(10, 24, "prime minister", MentionKind.TITLE, null, Role.HEAD_OF_GOVERNMENT),
            tuple(25, 37, "Viktor Orbán", MentionKind.OFFICIAL, "HUN", Role.HEAD_OF_GOVERNMENT),
            tuple(47, 57, "Washington", MentionKind.CAPITAL, "USA", null),
            tuple(70, 74, "NATO", MentionKind.ORGANIZATION, "NATO", null));
    assertThat(mentions.get(2).official().name()).isEqualTo("Viktor Orban");
    for (Mention mention : mentions) {
      assertThat(text.substring(mention.start(), mention.end())).isEqualTo(mention.surface());
    }
  }

  @Test
  void shouldMatchAcronymOnlyInCapitalsWhenLowerCaseWordIsCommon() {
    assertThat(gazetteer.findMentions("Let us see what the US and the U.S. said."))
        .extracting(Mention::surface, Mention::code)
        .containsExactly(tuple("US", "USA"), tuple("U.S.", "USA"));
  }

  @Test
  void shouldKeepProperNameCaseWhenSameWordIsCommonNoun() {
    assertThat(gazetteer.findMentions("A hanging chad in Chad; turkey for Turkey."))
        .extracting(Mention::surface, Mention::code)
        .containsExactly(tuple("Chad", "TCD"), tuple("Turkey", "TUR"));
  }

  @Test
  void shouldMatchWithoutDiacriticsWhenTextOrAliasHasThem() {
    assertThat(gazetteer.findMentions("Orban met officials from Turkiye and Türkiye; ORBAN did not."))
        .extracting(Mention::surface, Mention::code)
        .containsExactly(tuple("Orban", "HUN"), tuple("Turkiye", "TUR"), tuple("Türkiye", "TUR"));
  }

  @Test
  void shouldMatchNameWhenPossessiveUsesCurlyOrStraightApostrophe() {
    assertThat(gazetteer.findMentions("Ukraine’s bid, Hungary's veto and the Hungarians' mood"))
        .extracting(Mention::start, Mention::end, Mention::code)
        .containsExactly(tuple(0, 7, "UKR"), tuple(15, 22, "HUN"), tuple(38, 48, "HUN"));
  }

  @Test
  void shouldRejectMatchWhenGluedToLetters() {
    assertThat(gazetteer.findMentions("EUrope, NATOs, Hungaryan, USB")).isEmpty();
  }

  @Test
  void shouldPreferLongestWhenNamesOverlap() {
    assertThat(gazetteer.findMentions("North Macedonia, not Macedonia; North Macedonian troops"))
        .extracting(Mention::surface, Mention::kind)
        .containsExactly(
            tuple("North Macedonia", MentionKind.COUNTRY_NAME),
            tuple("Macedonia", MentionKind.COUNTRY_NAME),
            tuple("North Macedonian", MentionKind.COUNTRY_ADJECTIVE));
  }

  @Test
  void shouldSwallowStopPhraseWhenItContainsAName() {
    assertThat(gazetteer.findMentions("Latin American leaders met in Washington state and in Washington."))
        .extracting(Mention::surface)
        .containsExactly("Washington");
  }

  @Test
  void shouldMatchTitleInAnyCaseAndNameWithCapitalisedFirstWord() {
    assertThat(gazetteer.findMentions("The alliance heard the Prime Minister, the PRIME MINISTER and the PM."))
        .extracting(Mention::surface, Mention::kind)
        .containsExactly(
            tuple("The alliance", MentionKind.ORGANIZATION_REFERENCE),
            tuple("Prime Minister", MentionKind.TITLE),
            tuple("PRIME MINISTER", MentionKind.TITLE),
            tuple("PM", MentionKind.TITLE));
  }

  @Test
  void shouldMatchNamesWrittenInCapitalsWhenTheWholeHeadlineIsInCapitals() {
    assertThat(gazetteer.findMentions("HUNGARY'S ORBAN BLOCKS TURKEY'S PLAN"))
        .extracting(Mention::surface, Mention::kind, Mention::code)
        .containsExactly(
            tuple("HUNGARY", MentionKind.COUNTRY_NAME, "HUN"),
            tuple("ORBAN", MentionKind.OFFICIAL, "HUN"),
            tuple("TURKEY", MentionKind.COUNTRY_NAME, "TUR"));
  }

  @Test
  void shouldKeepCaseWhenOnlyOneWordIsInCapitals() {
    assertThat(gazetteer.findMentions("Talks on TURKEY stalled, Orban said.")).extracting(Mention::surface).containsExactly("Orban");
  }

  @Test
  void shouldNotMatchAcronymTitleWhenLowerCase() {
    assertThat(gazetteer.findMentions("The talks ended at 5 pm.")).isEmpty();
  }

  @Test
  void shouldFindInstitutionWithItsOwnerAndRole() {
    assertThat(gazetteer.findMentions("The White House and the North Atlantic Council agreed."))
        .extracting(Mention::surface, Mention::kind, Mention::code, Mention::titleRole)
        .containsExactly(
            tuple("White House", MentionKind.INSTITUTION, "USA", Role.HEAD_OF_STATE),
            tuple("North Atlantic Council", MentionKind.INSTITUTION, "NATO", Role.INSTITUTION_HEAD));
  }

  @Test
  void shouldResolveSharedOfficialAliasByTimeWhenInstantIsGiven() {
    Mention in2019 = gazetteer.findMentions("Rutte said", Instant.parse("2019-06-01T00:00:00Z")).get(0);
    Mention in2025 = gazetteer.findMentions("Rutte said", Instant.parse("2025-06-01T00:00:00Z")).get(0);
    Mention undated = gazetteer.findMentions("Rutte said").get(0);

    assertThat(in2019.code()).isEqualTo("NLD");
    assertThat(in2019.official().role()).isEqualTo(Role.HEAD_OF_GOVERNMENT);
    assertThat(in2025.code()).isEqualTo("NATO");
    assertThat(undated.code()).isEqualTo("NATO");
  }

  @Test
  void shouldFallBackToLastRoleBeforeInstantWhenNoRoleIsHeldThen() {
    Mention between = gazetteer.findMentions("Rutte said", Instant.parse("2024-08-15T00:00:00Z")).get(0);

    assertThat(between.code()).isEqualTo("NLD");
  }

  @Test
  void shouldListOfficialsInOfficeWhenAskedByAliasAndInstant() {
    assertThat(gazetteer.officialsAt("Rutte’s", Instant.parse("2025-01-01T12:00:00Z")))
        .extracting(Official::speaksFor).containsExactly("NATO");
    assertThat(gazetteer.officialsAt("RUTTE", Instant.parse("2024-08-15T00:00:00Z"))).isEmpty();
    assertThat(gazetteer.officialsAt("orbán", Instant.parse("2024-08-15T00:00:00Z")))
        .extracting(Official::name).containsExactly("Viktor Orban");
  }

  @Test
  void shouldNameTheMissingArgumentWhenTextOrInstantIsNull() {
    assertThatThrownBy(() -> gazetteer.findMentions(null)).hasMessageContaining("text to search for mentions is null");
    assertThatThrownBy(() -> gazetteer.findMentions("NATO", null)).hasMessageContaining("instant to resolve officials at is null");
    assertThat(gazetteer.findMentions("")).isEmpty();
  }

  @Test
  void shouldListEveryOrganizationUsingReferenceWhenShared() {
    assertThat(gazetteer.organizationsReferredToAs("The alliance")).containsExactly("NATO", "EU");
    assertThat(gazetteer.organizationsReferredToAs("the bloc")).containsExactly("EU");
    assertThat(gazetteer.organizationsReferredToAs("the club")).isEmpty();
  }
}
