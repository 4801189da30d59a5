package io.stancewatch.processor.extract.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class OrganizationTest {

  private final Gazetteer gazetteer = GazetteerFixture.gazetteer();

  @Test
  void shouldCountMemberFromJoiningDayWhenAskedAtThatDay() {
    Organization nato = gazetteer.organization("NATO").orElseThrow();

    assertThat(nato.isMember("MKD", Instant.parse("2020-03-26T23:59:59Z"))).isFalse();
    assertThat(nato.isMember("MKD", Instant.parse("2020-03-27T00:00:00Z"))).isTrue();
    assertThat(nato.isMember("UKR", Instant.parse("2026-01-01T00:00:00Z"))).isFalse();
  }

  @Test
  void shouldDropMemberFromLeavingDayWhenCountryLeft() {
    Organization eu = gazetteer.organization("EU").orElseThrow();

    assertThat(eu.membersAt(Instant.parse("2019-01-01T00:00:00Z"))).containsExactlyInAnyOrder("NLD", "HUN", "GBR");
    assertThat(eu.membersAt(Instant.parse("2020-01-31T00:00:00Z"))).containsExactlyInAnyOrder("NLD", "HUN");
    assertThat(eu.membersAt(Instant.parse("2003-01-01T00:00:00Z"))).containsExactlyInAnyOrder("NLD", "GBR");
  }

  @Test
  void shouldHoldRoleThroughLastDayWhenPeriodIsClosed() {
    Official rutteAsPrimeMinister = gazetteer.officials().stream()
        .filter(official -> official.speaksFor().equals("NLD")).findFirst().orElseThrow();

    assertThat(rutteAsPrimeMinister.heldAt(Instant.parse("2024-07-02T22:00:00Z"))).isTrue();
    assertThat(rutteAsPrimeMinister.heldAt(Instant.parse("2024-07-03T00:00:00Z"))).isFalse();
    assertThat(rutteAsPrimeMinister.heldAt(Instant.parse("2010-10-13T23:00:00Z"))).isFalse();
  }
}
