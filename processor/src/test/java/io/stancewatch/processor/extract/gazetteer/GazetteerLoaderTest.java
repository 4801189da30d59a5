package io.stancewatch.processor.extract.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.assertj.core.api.AbstractThrowableAssert;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class GazetteerLoaderTest {

  private static Gazetteer withCountries(String countries) {
    return GazetteerFixture.load(countries, GazetteerFixture.ORGANIZATIONS, GazetteerFixture.OFFICIALS, GazetteerFixture.TITLES);
  }

  private static Gazetteer withOrganizations(String organizations) {
    return GazetteerFixture.load(GazetteerFixture.COUNTRIES, organizations, GazetteerFixture.OFFICIALS, GazetteerFixture.TITLES);
  }

  private static Gazetteer withOfficials(String officials) {
    return GazetteerFixture.load(GazetteerFixture.COUNTRIES, GazetteerFixture.ORGANIZATIONS, officials, GazetteerFixture.TITLES);
  }

  private static AbstractThrowableAssert<?, ? extends Throwable> assertRejected(ThrowingCallable load) {
    return assertThatThrownBy(load).isInstanceOf(GazetteerException.class);
  }

  @Test
  void shouldLoadEveryEntryWhenFixtureIsValid() {
    Gazetteer gazetteer = GazetteerFixture.gazetteer();

    assertThat(gazetteer.countries()).hasSize(8);
    assertThat(gazetteer.organizations()).extracting(Organization::code).containsExactly("NATO", "EU");
    assertThat(gazetteer.officials()).hasSize(3);
    assertThat(gazetteer.institutions()).extracting(Institution::owner).containsExactly("HUN", "USA", "NATO");
    assertThat(gazetteer.country("HUN").orElseThrow().aliases()).containsExactly("Hungary");
    assertThat(gazetteer.country("XXX")).isEmpty();
  }

  @Test
  void shouldNameFileEntryAndFieldWhenMemberCodeIsUnknown() {
    String organizations = GazetteerFixture.ORGANIZATIONS.replace("{code: HUN, joined: 1999-03-12}", "{code: HUX, joined: 1999-03-12}");

    assertRejected(() -> withOrganizations(organizations))
        .hasMessage("organizations.yaml: organizations entry 1 (NATO): members entry 5 (HUX): field 'code': "
            + "unknown member code 'HUX' (not in countries.yaml)");
  }

  @Test
  void shouldNameTheCodeWhenAVetoHolderIsUnknown() {
    String organizations = GazetteerFixture.ORGANIZATIONS.replace("admission: UNANIMOUS", "admission: UNANIMOUS\n    vetoHolders: [USX]");

    assertRejected(() -> withOrganizations(organizations))
        .hasMessageContaining("field 'vetoHolders': unknown country code 'USX'");
  }

  @Test
  void shouldGiveTheVetoOnlyToTheListedMembersWhenVetoHoldersAreSet() {
    String organizations = GazetteerFixture.ORGANIZATIONS.replace("admission: UNANIMOUS", "admission: UNANIMOUS\n    vetoHolders: [USA]");

    Organization nato = withOrganizations(organizations).organization("NATO").orElseThrow();

    assertThat(nato.holdsVeto("USA")).isTrue();
    assertThat(nato.holdsVeto("TUR")).isFalse();
  }

  @Test
  void shouldNameDuplicateWhenCountryCodeRepeats() {
    String countries = GazetteerFixture.COUNTRIES.replace("code: TCD", "code: HUN");

    assertRejected(() -> withCountries(countries))
        .hasMessage("countries.yaml: countries entry 3 (HUN): field 'code': duplicate code 'HUN'");
  }

  @Test
  void shouldRejectMemberListedTwiceWhenOrganizationRepeatsIt() {
    String organizations = GazetteerFixture.ORGANIZATIONS.replace("{code: TUR, joined: 1952-02-18}", "{code: USA, joined: 1952-02-18}");

    assertRejected(() -> withOrganizations(organizations))
        .hasMessageContaining("members entry 4 (USA): field 'code': duplicate member code 'USA'");
  }

  @Test
  void shouldNameFieldWhenDateIsMalformed() {
    String officials = GazetteerFixture.OFFICIALS.replace("from: 2010-05-29", "from: 2010-13-29");

    assertRejected(() -> withOfficials(officials))
        .hasMessage("officials.yaml: officials entry 1 (Viktor Orban): field 'from': bad date '2010-13-29' (expected YYYY-MM-DD)");
  }

  @Test
  void shouldListKnownRolesWhenRoleIsUnknown() {
    String officials = GazetteerFixture.OFFICIALS.replace("role: SECRETARY_GENERAL", "role: BOSS");

    assertRejected(() -> withOfficials(officials))
        .hasMessageStartingWith("officials.yaml: officials entry 2 (Mark Rutte): roles entry 2 (BOSS): field 'role': unknown Role 'BOSS'")
        .hasMessageContaining("HEAD_OF_STATE");
  }

  @Test
  void shouldRejectSpeakerWhenOrganizationSpeaksForUnknownCode() {
    String officials = GazetteerFixture.OFFICIALS.replace("speaksFor: HUN", "speaksFor: HUNGARY");

    assertRejected(() -> withOfficials(officials))
        .hasMessageContaining("field 'speaksFor': unknown country or organization code 'HUNGARY'");
  }

  @Test
  void shouldRejectMisspeltFieldWhenEntryHasUnknownKey() {
    String countries = GazetteerFixture.COUNTRIES.replace("adjectives: [Chadian]", "adjektives: [Chadian]");

    assertRejected(() -> withCountries(countries))
        .hasMessageStartingWith("countries.yaml: countries entry 3 (TCD): field 'adjektives': unknown field");
  }

  @Test
  void shouldRejectSpeakerWhenItCannotBeFoundInText() {
    String organizations = GazetteerFixture.ORGANIZATIONS.replace("speakers: [president]", "speakers: [grand vizier]");

    assertRejected(() -> withOrganizations(organizations))
        .hasMessageContaining("(EU): field 'speakers': 'grand vizier' is neither a phrase of titles.yaml");
  }

  @Test
  void shouldRejectRoleEndingBeforeItStarts() {
    String officials = GazetteerFixture.OFFICIALS.replace("to: null", "to: 2009-01-01");

    assertRejected(() -> withOfficials(officials))
        .hasMessage("officials.yaml: officials entry 1 (Viktor Orban): field 'to': before from (2010-05-29)");
  }

  @Test
  void shouldRejectTitlePhraseWhenGivenToTwoRoles() {
    String titles = GazetteerFixture.TITLES.replace("phrases: [minister]", "phrases: [minister, premier]");

    assertRejected(() -> GazetteerFixture.load(GazetteerFixture.COUNTRIES, GazetteerFixture.ORGANIZATIONS, GazetteerFixture.OFFICIALS, titles))
        .hasMessageContaining("titles.yaml: titles entry 4 (OTHER_MINISTER): field 'phrases': duplicate phrase 'premier'");
  }

  @Test
  void shouldReportUnreadableYamlWhenSyntaxIsBroken() {
    assertRejected(() -> withCountries("countries: [ {code: HUN"))
        .hasMessageStartingWith("countries.yaml: not readable YAML");
  }
}
