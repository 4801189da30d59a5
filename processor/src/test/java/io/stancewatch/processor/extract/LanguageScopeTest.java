package io.stancewatch.processor.extract;

import static io.stancewatch.processor.extract.SentenceProbe.PUBLISHED;
import static io.stancewatch.processor.extract.SentenceProbe.consensus;
import static io.stancewatch.processor.extract.SentenceProbe.membership;
import static io.stancewatch.processor.extract.SentenceProbe.read;
import static org.assertj.core.api.Assertions.assertThat;

import io.stancewatch.schemas.Article;
import io.stancewatch.schemas.Dimension;
import io.stancewatch.schemas.HoldoutsUpdate;
import io.stancewatch.schemas.Stance;
import io.stancewatch.schemas.StanceSignal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * How far the words around a cue reach, and who a sentence's stance belongs to, in the ways news
 * writing puts them: a "now" that gives a reason, a negation that belongs to another verb, a denied
 * agreement, an outstanding step, a permanent Council member's refusal, a chair speaking for the
 * bloc, a relative clause between the subject and its verb, a speaker closing the sentence, the
 * speaker's own bid, several candidates at once and a candidate's own refusal. Every sentence is
 * written for this test, about storylines the corpora do not hold; each rule is checked once where
 * it must fire and once where it must not.
 */
class LanguageScopeTest {

  @ParameterizedTest(name = "{4} <- {0}")
  @CsvSource(delimiter = '|', textBlock = """
      For now, Slovakia is blocking Montenegro's accession to the European Union. | EU | MNE | SVK | DEFERRED
      Austria blocked Serbia's membership of the European Union for the foreseeable future, its chancellor said. | EU | SRB | AUT | DEFERRED
      The talks stalled now that Slovakia is blocking Montenegro's accession to the European Union. | EU | MNE | SVK | OPPOSE
      Slovakia is blocking Montenegro's accession to the European Union, and the customs talks are on hold for now. | EU | MNE | SVK | OPPOSE
      """)
  void shouldDeferOnlyWhenTheTimeQualifiesTheCuesOwnClause(
      final String body, final String org, final String candidate, final String actor, final Stance expected) {
    assertThat(membership(body, org, candidate, actor)).contains(expected);
  }

  @Test
  void shouldMakeTheBlockerAHoldoutWhenNowGivesAReason() {
    StanceSignal signal = consensus(
        "The talks stalled now that Slovakia is blocking Montenegro's accession to the European Union.", "EU", "MNE")
        .orElseThrow();

    assertThat(signal.getHoldoutsUpdate()).isEqualTo(HoldoutsUpdate.ADD);
    assertThat(signal.getHoldouts()).containsExactly("SVK");
  }

  @ParameterizedTest(name = "{4} <- {0}")
  @CsvSource(delimiter = '|', textBlock = """
      "Kosovo is not a state and cannot be admitted to the Council of Europe," the Serbian foreign minister said. | COE | XKX | SRB | OPPOSE
      Greece did not send a minister to the meeting but backs Albania's membership of the European Union. | EU | ALB | GRC | SUPPORT
      Greece does not back Albania's membership of the European Union, its prime minister said. | EU | ALB | GRC | OPPOSE
      """)
  void shouldNegateOnlyTheVerbTheNegationBelongsTo(
      final String body, final String org, final String candidate, final String actor, final Stance expected) {
    assertThat(membership(body, org, candidate, actor)).contains(expected);
  }

  @Test
  void shouldReadNoStanceWhenTheActorStopsShortOfBacking() {
    assertThat(membership("Austria stopped short of backing Montenegro's accession to the European Union.", "EU", "MNE", "AUT"))
        .isEmpty();
  }

  @ParameterizedTest(name = "{3} <- {0}")
  @CsvSource(delimiter = '|', textBlock = """
      European Union leaders failed to reach unanimity on opening accession talks with Montenegro. | EU | MNE | LACKING
      NATO allies failed to agree on inviting Georgia to join the alliance. | NATO | GEO | LACKING
      Not every member state agreed, and the decision was not taken by all the leaders on Montenegro's accession to the European Union. | EU | MNE | LACKING
      European Union leaders reached unanimity on opening accession talks with Montenegro. | EU | MNE | REACHED
      """)
  void shouldReadADeniedAgreementAsLackingConsensus(
      final String body, final String org, final String candidate, final Stance expected) {
    assertThat(consensus(body, org, candidate)).map(StanceSignal::getStance).contains(expected);
  }

  @Test
  void shouldKeepTheStatedConditionWhenAnOutstandingStepFollows() {
    String body = "Austria's chancellor said Vienna would agree to Montenegro's accession to the European Union once the "
        + "border deal is in force. Austria has not yet lifted its veto.";

    assertThat(membership(body, "EU", "MNE", "AUT")).contains(Stance.CONDITIONAL);
    assertThat(consensus(body, "EU", "MNE")).map(StanceSignal::getHoldouts).contains(List.of("AUT"));
  }

  @Test
  void shouldReadAnOutstandingStepAsOppositionWhenNothingElseIsSaid() {
    assertThat(membership("Austria has not yet lifted its veto on Montenegro's accession to the European Union.", "EU", "MNE", "AUT"))
        .contains(Stance.OPPOSE);
  }

  @Test
  void shouldMakeAPermanentCouncilMemberAHoldoutWhenItWouldBlockAdmission() {
    StanceSignal signal = consensus(
        "Russia would block any bid by Kosovo to join the United Nations in the Security Council, its envoy said.", "UN", "XKX")
        .orElseThrow();

    assertThat(signal.getStance()).isEqualTo(Stance.LACKING);
    assertThat(signal.getHoldouts()).containsExactly("RUS");
  }

  @ParameterizedTest(name = "no holdout <- {0}")
  @CsvSource(delimiter = '|', textBlock = """
      Brazil would oppose Kosovo's admission to the United Nations, its foreign minister said.
      France voted against the General Assembly resolution on Palestine's admission to the United Nations.
      """)
  void shouldMakeNoUnHoldoutWhenTheRefusalHoldsNoVeto(final String body) {
    assertThat(read(body)).noneMatch(s -> s.getDimension() == Dimension.CONSENSUS);
  }

  @ParameterizedTest(name = "{3} <- {0}")
  @CsvSource(delimiter = '|', textBlock = """
      The Indonesian president, who chairs the Southeast Asian bloc this year, said Papua New Guinea would be admitted as a member of ASEAN. | ASEAN | PNG | ASEAN
      The Indonesian president, who met the Thai prime minister on Monday, said Papua New Guinea would be admitted as a member of ASEAN. | ASEAN | PNG | IDN
      The Hungarian foreign minister, who met his Ukrainian counterpart in Uzhhorod, said Budapest would block the talks on Ukraine's membership of the European Union. | EU | UKR | HUN
      The Slovak prime minister, flanked by ministers, repeated that Moldova's EU accession would be blocked. | EU | MDA | SVK
      """)
  void shouldFindTheSpeakerBeyondARelativeClause(
      final String body, final String org, final String candidate, final String actor) {
    assertThat(membership(body, org, candidate, actor)).isPresent();
  }

  @Test
  void shouldNotGiveTheStanceToTheCountryInsideARelativeClause() {
    String body = "The Indonesian president, who met the Thai prime minister on Monday, said Papua New Guinea would be "
        + "admitted as a member of ASEAN.";

    assertThat(membership(body, "ASEAN", "PNG", "THA")).isEmpty();
  }

  @ParameterizedTest(name = "{4} <- {0}")
  @CsvSource(delimiter = '|', textBlock = """
      Accession talks with the European Union are not on the agenda until 2028, the Georgian prime minister said. | EU | GEO | GEO | DEFERRED
      The Georgian prime minister said accession talks with the European Union were not on the agenda. | EU | GEO | GEO | DEFERRED
      Armenia's foreign minister said that membership of the European Union was not a priority at the moment. | EU | ARM | ARM | DEFERRED
      Georgia will not put accession talks with the European Union on its agenda until 2028, its prime minister said. | EU | GEO | GEO | DEFERRED
      """)
  void shouldReadTheSpeakersOwnBidWhenNoOtherCandidateIsNamed(
      final String body, final String org, final String candidate, final String actor, final Stance expected) {
    assertThat(membership(body, org, candidate, actor)).contains(expected);
  }

  @ParameterizedTest(name = "nothing <- {0}")
  @CsvSource(delimiter = '|', textBlock = """
      The Georgian prime minister said the new stadium in Tbilisi was not on the agenda.
      The Russian foreign minister said NATO enlargement was not possible.
      The French prime minister said accession talks with the European Union were not on the agenda.
      """)
  void shouldReadNoOwnBidWhenTheSpeakerIsAMemberOrJoiningIsNotDiscussed(final String body) {
    assertThat(read(body)).noneMatch(s -> s.getDimension() == Dimension.MEMBERSHIP && s.getActor().equals(s.getCandidate()));
  }

  @Test
  void shouldGiveEachCandidateASignalWhenSeveralAreBacked() {
    String body = "Romania backs Moldova and Ukraine joining the European Union.";

    assertThat(membership(body, "EU", "MDA", "ROU")).contains(Stance.SUPPORT);
    assertThat(membership(body, "EU", "UKR", "ROU")).contains(Stance.SUPPORT);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Argentina will not join BRICS, its president said.
      Mexico has no intention of joining BRICS, its foreign minister said on Monday.
      """)
  void shouldReadTheCandidatesOwnRefusalWhenItSpeaksForItself(final String body) {
    assertThat(read(body)).anyMatch(s -> s.getDimension() == Dimension.MEMBERSHIP
        && s.getActor().equals(s.getCandidate()) && s.getStance() == Stance.OPPOSE);
  }

  @Test
  void shouldReadNoRefusalWhenAnotherCountryForecastsIt() {
    assertThat(membership("Argentina will not join BRICS, the Brazilian president said.", "BRICS", "ARG", "ARG")).isEmpty();
  }

  @Test
  void shouldReadTheOrganizationNamedLaterWhenTheLeadNamesNone() {
    String body = "Croatia lifted its objection to Bosnia's negotiating clusters on Monday, leaving Slovakia as the only member "
        + "state still blocking the talks. Croatian officials said Bosnia's future lay in the European Union.";

    StanceSignal signal = consensus(body, "EU", "BIH").orElseThrow();

    assertThat(signal.getHoldoutsUpdate()).isEqualTo(HoldoutsUpdate.SET);
    assertThat(signal.getHoldouts()).containsExactly("SVK");
  }

  @Test
  void shouldReadNothingWhenTheArticleNamesNoOrganization() {
    assertThat(read("Croatia lifted its objection to Bosnia's negotiating clusters on Monday, leaving Slovakia as the only "
        + "member state still blocking the talks.")).isEmpty();
  }

  @Test
  void shouldGiveAnAgentlessGrantToTheOrganizationAndLeaveTheAsideAlone() {
    String body = "European Union leaders agreed to open accession talks with Moldova. Armenia, which applied in the same week as Moldova, "
        + "was told it would be granted candidate status once it had passed the reforms.";

    assertThat(membership(body, "EU", "ARM", "EU")).contains(Stance.CONDITIONAL);
    assertThat(membership(body, "EU", "MDA", "EU")).contains(Stance.SUPPORT);
  }

  @Test
  void shouldGiveTheGrantToTheNamedAgentWhenTheCandidateWasToldByIt() {
    String body = "Armenia was told by France that it would be granted candidate status by the European Union once it had "
        + "passed the reforms.";

    assertThat(membership(body, "EU", "ARM", "FRA")).contains(Stance.CONDITIONAL);
    assertThat(membership(body, "EU", "ARM", "EU")).isEmpty();
  }

  @ParameterizedTest(name = "{4} <- {0}")
  @CsvSource(delimiter = '|', textBlock = """
      Southeast Asian leaders said ASEAN would admit Papua New Guinea as a full member once it meets the criteria. | ASEAN | PNG | ASEAN | CONDITIONAL
      Armenia's prime minister said Armenia's place was in the European Union. | EU | ARM | ARM | SUPPORT
      """)
  void shouldReadAdmittingAndBelongingWhenWordedAsAPlaceOrAPromise(
      final String body, final String org, final String candidate, final String actor, final Stance expected) {
    assertThat(membership(body, org, candidate, actor)).contains(expected);
  }

  @Test
  void shouldGiveEachCueTheCandidatesItTakesAsItsObject() {
    String body = "NATO foreign ministers backed Bosnia's membership, but Turkey vetoed the admission of Georgia and Moldova and "
        + "Hungary also blocked Moldova's bid to join the alliance.";

    assertThat(membership(body, "NATO", "GEO", "TUR")).contains(Stance.OPPOSE);
    assertThat(membership(body, "NATO", "MDA", "HUN")).contains(Stance.OPPOSE);
    assertThat(membership(body, "NATO", "GEO", "HUN")).isEmpty();
    assertThat(consensus(body, "NATO", "GEO").orElseThrow().getHoldouts()).containsExactly("TUR");
  }

  @Test
  void shouldKeepACandidateNamedAlongsideTheObject() {
    String body = "European Union leaders unanimously decided to grant Armenia candidate status, alongside Azerbaijan.";

    assertThat(consensus(body, "EU", "ARM")).map(StanceSignal::getStance).contains(Stance.REACHED);
    assertThat(consensus(body, "EU", "AZE")).map(StanceSignal::getStance).contains(Stance.REACHED);
  }

  @Test
  void shouldLetEachListedCandidateSpeakOnlyForItsOwnBid() {
    String body = "Albania and North Macedonia will become members of the European Union.";

    assertThat(membership(body, "EU", "ALB", "ALB")).contains(Stance.SUPPORT);
    assertThat(membership(body, "EU", "ALB", "MKD")).isEmpty();
    assertThat(membership(body, "EU", "MKD", "ALB")).isEmpty();
  }

  @Test
  void shouldDateAFutureStepAtPublicationNotAtTheDayItHappens() {
    List<StanceSignal> signals = read("Montenegro will become a full member of the European Union on January 1, its prime minister said.");

    assertThat(signals).filteredOn(s -> s.getCandidate().equals("MNE"))
        .isNotEmpty()
        .allMatch(s -> s.getStatedAt().equals(PUBLISHED));
  }

  @Test
  void shouldPreferTheOrganizationJoinedToOneNamedNearby() {
    String body = "EU interior ministers on Monday unanimously approved Cyprus's entry into the Schengen area.";

    assertThat(consensus(body, "SCHENGEN", "CYP")).map(StanceSignal::getStance).contains(Stance.REACHED);
    assertThat(consensus(body, "EU", "CYP")).isEmpty();
  }

  @Test
  void shouldGiveTheLastStanceToAnActorWhoTakesTheSamePosition() {
    String body = "Italy's foreign minister said Rome would back Kosovo's admission to the Council of Europe once Pristina "
        + "had set up the association. Spain's foreign minister took the same position.";

    assertThat(membership(body, "COE", "XKX", "ESP")).contains(Stance.CONDITIONAL);
  }

  @Test
  void shouldTakeNoPositionWhenNoStanceWasStatedBefore() {
    assertThat(read("Kosovo applied to join the Council of Europe last year. Spain's foreign minister took the same position."))
        .noneMatch(s -> s.getActor().equals("ESP"));
  }

  @Test
  void shouldReadNoStanceFromAHeadlineRepeatedInTheBody() {
    Article article = Article.newBuilder()
        .setId("l-2")
        .setSource("Test Wire")
        .setUrl("https://example.org/l-2")
        .setTitle("Peru puts its OECD bid on hold")
        .setBody("Peru puts its OECD bid on hold\n\nThe government in Lima said on Monday that OECD membership was not a priority.")
        .setPublishedAt(PUBLISHED)
        .setIngestedAt(PUBLISHED)
        .build();

    assertThat(SentenceProbe.extract(article)).noneMatch(s -> s.getStance() == Stance.SUPPORT);
  }

  @Test
  void shouldReadNoNewStanceFromABareReferenceToTheApplication() {
    String body = "Peru's foreign minister said on Monday that OECD membership was not a priority for Peru at the moment. "
        + "Officials insist the application has not been withdrawn.";

    assertThat(read(body)).filteredOn(s -> s.getActor().equals("PER")).extracting(StanceSignal::getStance)
        .containsOnly(Stance.DEFERRED);
  }

  @Test
  void shouldNotTakeTheObjectOfAnotherVerbForTheSpeaker() {
    String body = "Albania's prime minister thanked the member states and said Albania's place was in the European Union.";

    assertThat(membership(body, "EU", "ALB", "ALB")).contains(Stance.SUPPORT);
    assertThat(membership(body, "EU", "ALB", "EU")).isEmpty();
  }

  @Test
  void shouldNotReferBackToAGroupOfLeadersAsOnePerson() {
    String body = "Hungarian Prime Minister Viktor Orban said on Friday that Ukraine was not ready. EU leaders meet next week. "
        + "The prime minister said negotiations with Ukraine on joining the European Union were not on the agenda now.";

    assertThat(membership(body, "EU", "UKR", "HUN")).contains(Stance.DEFERRED);
    assertThat(membership(body, "EU", "UKR", "EU")).isEmpty();
  }

  @Test
  void shouldLetTheNonMemberSpeakerApplyForItselfWhenItSaysHerCountry() {
    String body = "Ukraine's president said Ukraine was determined to join the European Union. Armenian President Vahagn "
        + "Khachaturyan said his country was determined to join.";

    assertThat(membership(body, "EU", "ARM", "ARM")).contains(Stance.SUPPORT);
    assertThat(membership(body, "EU", "UKR", "UKR")).contains(Stance.SUPPORT);
    assertThat(read(body)).filteredOn(s -> s.getCandidate().equals("UKR")).hasSize(1);
  }

  @Test
  void shouldNotDateAStepBySpanMeasuredFromAnotherEvent() {
    List<StanceSignal> signals = read("European Union leaders on Thursday granted Armenia the status of candidate country, "
        + "a unanimous decision taken four months after the border war.");

    assertThat(signals).isNotEmpty().allMatch(s -> s.getStatedAt().equals(Instant.parse("2025-06-12T10:00:00Z"))
        || s.getStatedAt().isAfter(Instant.parse("2025-06-01T00:00:00Z")));
  }

  @Test
  void shouldDateACueBySpanWhenTheSpanLeadsUpToIt() {
    List<StanceSignal> signals = read("The European Union opened accession negotiations with Albania on Tuesday, 20 months "
        + "after Greece first blocked the talks.");

    assertThat(signals).filteredOn(s -> s.getActor().equals("GRC")).isNotEmpty()
        .allMatch(s -> s.getStatedAt().isBefore(Instant.parse("2024-01-01T00:00:00Z")));
  }

  @ParameterizedTest(name = "{4} <- {0}")
  @CsvSource(delimiter = '|', textBlock = """
      The United States does not back Georgia joining NATO at this time, the State Department said. | NATO | GEO | USA | DEFERRED
      The United States does not back Georgia joining NATO, the State Department said. | NATO | GEO | USA | OPPOSE
      Canada opposes Russia's readmission to the G7, the Canadian prime minister told reporters. | G7 | RUS | CAN | OPPOSE
      Estonia's president said Moldova deserved an invitation to join the European Union. | EU | MDA | EST | SUPPORT
      Austria sees no place for Turkey in the European Union, its chancellor said. | EU | TUR | AUT | OPPOSE
      Uzbekistan hopes to complete its WTO accession by 2026, its trade minister said. | WTO | UZB | UZB | SUPPORT
      Azerbaijan hopes to join the World Trade Organization, its president said. | WTO | AZE | AZE | SUPPORT
      Vietnam, which sent its own letter of intent to the OECD in February, hopes for a decision soon. | OECD | VNM | VNM | SUPPORT
      Vietnam's prime minister has said that joining the OECD would help Vietnam attract investment. | OECD | VNM | VNM | SUPPORT
      """)
  void shouldReadHedgedNegatedAndIdiomaticStances(
      final String body, final String org, final String candidate, final String actor, final Stance expected) {
    assertThat(membership(body, org, candidate, actor)).contains(expected);
  }

  @ParameterizedTest(name = "{3} <- {0}")
  @CsvSource(delimiter = '|', textBlock = """
      Laos's bid to join the SCO was backed unanimously by the member states. | SCO | LAO | REACHED
      Laos's bid to join the SCO was approved unanimously on Friday. | SCO | LAO | REACHED
      """)
  void shouldReadUnanimityWhenTheAdverbFollowsTheVerb(
      final String body, final String org, final String candidate, final Stance expected) {
    assertThat(consensus(body, org, candidate)).map(StanceSignal::getStance).contains(expected);
  }

  @Test
  void shouldLeaveTheMemberOutOfTheHoldoutsWhenItsBlockIsRecalledBeforeItsConsent() {
    StanceSignal signal = consensus("Bosnia's NATO accession, which Croatia blocked for 20 months, was finally approved by "
        + "Zagreb.", "NATO", "BIH").orElseThrow();

    assertThat(signal.getHoldoutsUpdate()).isEqualTo(HoldoutsUpdate.REMOVE);
    assertThat(signal.getHoldouts()).containsExactly("HRV");
  }

  @Test
  void shouldReadNotBeingTheLastToRatifyAsRatifying() {
    String body = "Slovakia's prime minister said Slovakia would not be the last to ratify Bosnia's NATO accession.";

    assertThat(membership(body, "NATO", "BIH", "SVK")).contains(Stance.SUPPORT);
    assertThat(consensus(body, "NATO", "BIH")).isEmpty();
  }

  @ParameterizedTest(name = "{4} <- {0}")
  @CsvSource(delimiter = '|', textBlock = """
      Greece has dropped its opposition to Albania joining the European Union, according to a government statement. | EU | ALB | GRC | SUPPORT
      Greece's opposition to Albania joining the European Union hardened after the election. | EU | ALB | GRC | OPPOSE
      Croatia gave its blessing to Montenegro's EU membership bid, the Croatian president said. | EU | MNE | HRV | SUPPORT
      Italy has been one of the strongest advocates of Albania's EU membership. | EU | ALB | ITA | SUPPORT
      Ireland said it was open to Serbia's EU membership provided the reforms continued. | EU | SRB | IRL | CONDITIONAL
      Ireland said it was open to Serbia's EU membership. | EU | SRB | IRL | SUPPORT
      The European Union said it would not open accession talks with Armenia until the law was repealed. | EU | ARM | EU | OPPOSE
      """)
  void shouldReadTheWaysReportersWordBackingAndItsEnd(
      final String body, final String org, final String candidate, final String actor, final Stance expected) {
    assertThat(membership(body, org, candidate, actor)).contains(expected);
  }

  @Test
  void shouldNameTheOnlyOpponentsAsTheHoldouts() {
    StanceSignal signal = consensus("Hungary and Slovakia are the only EU members that oppose opening accession talks with "
        + "Moldova.", "EU", "MDA").orElseThrow();

    assertThat(signal.getHoldoutsUpdate()).isEqualTo(HoldoutsUpdate.SET);
    assertThat(signal.getHoldouts()).containsExactly("HUN", "SVK");
  }

  @Test
  void shouldMoveNoHoldoutWhenOpennessIsAboutSomethingElse() {
    assertThat(read("Ireland said it was open to talks on the fisheries dispute with Norway.")).isEmpty();
  }

  @Test
  void shouldReadNoBidFromALetterOfIntentAboutSomethingElse() {
    assertThat(read("Vietnam signed a letter of intent with a Korean carmaker to build a plant near Hanoi.")).isEmpty();
  }
}
