package io.stancewatch.processor.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.stancewatch.schemas.Article;
import io.stancewatch.schemas.Dimension;
import io.stancewatch.schemas.HoldoutsUpdate;
import io.stancewatch.schemas.Stance;
import io.stancewatch.schemas.StanceSignal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What the default extractor reads from short articles written for these tests (never corpus
 * text): each rule once where it must fire and once where it must not.
 */
class RuleBasedStanceExtractorTest {

  private static final Instant PUBLISHED = Instant.parse("2025-06-12T10:00:00Z");
  private static final RuleBasedStanceExtractor EXTRACTOR = RuleBasedStanceExtractor.loadDefault();

  private static List<StanceSignal> read(String body) {
    return EXTRACTOR.extract(Article.newBuilder()
        .setId("t-1")
        .setSource("Test Wire")
        .setUrl("https://example.org/t-1")
        .setTitle("")
        .setBody(body)
        .setPublishedAt(PUBLISHED)
        .setIngestedAt(PUBLISHED)
        .build());
  }

  private static Optional<StanceSignal> membership(List<StanceSignal> signals, String org, String candidate, String actor) {
    return signals.stream()
        .filter(s -> s.getDimension() == Dimension.MEMBERSHIP && s.getOrganization().equals(org)
            && s.getCandidate().equals(candidate) && s.getActor().equals(actor))
        .reduce((first, second) -> second);
  }

  private static Optional<StanceSignal> consensus(List<StanceSignal> signals, String org, String candidate) {
    return signals.stream()
        .filter(s -> s.getDimension() == Dimension.CONSENSUS && s.getOrganization().equals(org)
            && s.getCandidate().equals(candidate))
        .reduce((first, second) -> second);
  }

  private static Stance stanceOf(List<StanceSignal> signals, String org, String candidate, String actor) {
    return membership(signals, org, candidate, actor).map(StanceSignal::getStance).orElse(null);
  }

  @Test
  void shouldReadTheSubjectOfReportedSpeechWhenAChancellorSpeaksForHisCountry() {
    List<StanceSignal> signals = read(
        "Austrian Chancellor Karl Nehammer said on Monday that Austria backs Moldova's bid to join the European Union.");

    StanceSignal signal = membership(signals, "EU", "MDA", "AUT").orElseThrow();
    assertThat(signal.getStance()).isEqualTo(Stance.SUPPORT);
    assertThat(signal.getStatedAt()).isEqualTo(Instant.parse("2025-06-09T12:00:00Z"));
    assertThat(signal.getRuleId()).isEqualTo("back-verb");
    assertThat(signal.getEvidence().getArticleId()).isEqualTo("t-1");
    assertThat(signal.getEvidence().getSentence()).startsWith("Austrian Chancellor Karl Nehammer said");
    assertThat(signal.getConfidence()).isBetween(0.0, 1.0);
  }

  @Test
  void shouldGiveTheCandidateItsOwnSupportWhenItApplies() {
    List<StanceSignal> signals = read("Moldova applied to join the European Union in March 2022.");

    StanceSignal signal = membership(signals, "EU", "MDA", "MDA").orElseThrow();
    assertThat(signal.getStance()).isEqualTo(Stance.SUPPORT);
    assertThat(signal.getStatedAt()).isEqualTo(Instant.parse("2022-03-01T00:00:00Z"));
  }

  @Test
  void shouldTurnAnObjectionIntoSupportWhenItIsNoLongerHeld() {
    List<StanceSignal> signals = read("Austria no longer objects to Moldova joining the European Union, its foreign minister said.");

    assertThat(stanceOf(signals, "EU", "MDA", "AUT")).isEqualTo(Stance.SUPPORT);
  }

  @Test
  void shouldReadNothingWhenTheVetoIsOnlyHypothetical() {
    List<StanceSignal> signals = read("If Austria dropped its veto, Moldova could join the European Union within a year.");

    assertThat(membership(signals, "EU", "MDA", "AUT")).isEmpty();
  }

  @Test
  void shouldReadNothingFromAnalystsSpeculating() {
    List<StanceSignal> signals = read("Analysts said Austria might block Moldova's bid to join the European Union.");

    assertThat(membership(signals, "EU", "MDA", "AUT")).isEmpty();
  }

  @Test
  void shouldReadNothingFromADenial() {
    List<StanceSignal> signals = read(
        "The Austrian government did not say it opposes Moldova's membership of the European Union.");

    assertThat(membership(signals, "EU", "MDA", "AUT")).isEmpty();
  }

  @Test
  void shouldReadNothingFromAQuestion() {
    List<StanceSignal> signals = read("Will Austria block Moldova's accession to the European Union?");

    assertThat(signals).isEmpty();
  }

  @Test
  void shouldReadConditionalSupportWhenBackingWaitsForReforms() {
    List<StanceSignal> signals = read("The Austrian foreign minister said Austria supports Moldova's membership of the "
        + "European Union once the judicial reforms are complete.");

    assertThat(stanceOf(signals, "EU", "MDA", "AUT")).isEqualTo(Stance.CONDITIONAL);
  }

  @Test
  void shouldReadOppositionAndAHoldoutWhenRatificationWaitsUntilSomething() {
    List<StanceSignal> signals = read("The Austrian foreign minister said Austria will not ratify Moldova's accession to "
        + "the European Union until the reforms are complete.");

    assertThat(stanceOf(signals, "EU", "MDA", "AUT")).isEqualTo(Stance.OPPOSE);
    StanceSignal holdout = consensus(signals, "EU", "MDA").orElseThrow();
    assertThat(holdout.getStance()).isEqualTo(Stance.LACKING);
    assertThat(holdout.getHoldoutsUpdate()).isEqualTo(HoldoutsUpdate.ADD);
    assertThat(holdout.getHoldouts()).containsExactly("AUT");
  }

  @Test
  void shouldReadADeferralWhenTheSecretaryGeneralSaysNotNow() {
    List<StanceSignal> signals = read(
        "NATO Secretary General Mark Rutte said Georgia's membership was not possible at the moment.");

    assertThat(stanceOf(signals, "NATO", "GEO", "NATO")).isEqualTo(Stance.DEFERRED);
  }

  @Test
  void shouldSetTheHoldoutsWhenMembersAreNamedAsTheOnlyOnesLeft() {
    List<StanceSignal> signals = read("Austria and Hungary are the only two members that have not ratified Moldova's "
        + "accession to the European Union.");

    StanceSignal signal = consensus(signals, "EU", "MDA").orElseThrow();
    assertThat(signal.getHoldoutsUpdate()).isEqualTo(HoldoutsUpdate.SET);
    assertThat(signal.getHoldouts()).containsExactly("AUT", "HUN");
  }

  @Test
  void shouldKeepTheKnownHoldoutsWhenConsensusIsLackingWithoutNames() {
    List<StanceSignal> signals = read(
        "There is no consensus among the members of the European Union on Moldova's accession, diplomats said.");

    StanceSignal signal = consensus(signals, "EU", "MDA").orElseThrow();
    assertThat(signal.getStance()).isEqualTo(Stance.LACKING);
    assertThat(signal.getHoldoutsUpdate()).isEqualTo(HoldoutsUpdate.NONE);
    assertThat(signal.getHoldouts()).isEmpty();
  }

  @Test
  void shouldRemoveAHoldoutWhenItLiftsItsVeto() {
    List<StanceSignal> signals = read(
        "Hungary lifted its veto on the opening of European Union accession talks with Moldova on Tuesday.");

    assertThat(stanceOf(signals, "EU", "MDA", "HUN")).isEqualTo(Stance.SUPPORT);
    StanceSignal signal = consensus(signals, "EU", "MDA").orElseThrow();
    assertThat(signal.getHoldoutsUpdate()).isEqualTo(HoldoutsUpdate.REMOVE);
    assertThat(signal.getHoldouts()).containsExactly("HUN");
  }

  @Test
  void shouldAddAHoldoutWhenAMemberVetoes() {
    List<StanceSignal> signals = read(
        "Hungary vetoed the opening of European Union accession talks with Moldova on Tuesday.");

    assertThat(stanceOf(signals, "EU", "MDA", "HUN")).isEqualTo(Stance.OPPOSE);
    assertThat(consensus(signals, "EU", "MDA").orElseThrow().getHoldouts()).containsExactly("HUN");
  }

  @Test
  void shouldMakeNoHoldoutOfAVoteAgainstInAMajorityAssembly() {
    List<StanceSignal> signals = read(
        "Russia voted against Kosovo's admission to the United Nations in the General Assembly.");

    assertThat(stanceOf(signals, "UN", "XKX", "RUS")).isEqualTo(Stance.OPPOSE);
    assertThat(consensus(signals, "UN", "XKX")).isEmpty();
  }

  @Test
  void shouldMakeAHoldoutOfASecurityCouncilVeto() {
    List<StanceSignal> signals = read(
        "Russia vetoed a Security Council resolution recommending Kosovo's admission to the United Nations.");

    assertThat(consensus(signals, "UN", "XKX").orElseThrow().getHoldouts()).containsExactly("RUS");
  }

  @Test
  void shouldDateARecalledSummitDeclarationToTheSummit() {
    List<StanceSignal> signals = read(
        "At the Bucharest summit in 2008, NATO leaders declared that Georgia would become a member of the alliance.");

    StanceSignal signal = membership(signals, "NATO", "GEO", "NATO").orElseThrow();
    assertThat(signal.getStance()).isEqualTo(Stance.SUPPORT);
    assertThat(signal.getStatedAt()).isEqualTo(Instant.parse("2008-04-03T12:00:00Z"));
  }

  @Test
  void shouldReadACapitalAsItsGovernmentWhenItSpeaks() {
    List<StanceSignal> signals = read("Budapest said it would veto Moldova's accession to the European Union.");

    assertThat(stanceOf(signals, "EU", "MDA", "HUN")).isEqualTo(Stance.OPPOSE);
  }

  @Test
  void shouldNotReadACapitalAsItsGovernmentWhenItIsAPlace() {
    List<StanceSignal> signals = read("At a meeting in Budapest, ministers discussed Moldova's bid to join the European Union.");

    assertThat(membership(signals, "EU", "MDA", "HUN")).isEmpty();
  }

  @Test
  void shouldResolveAPronounToThePersonNamedBefore() {
    List<StanceSignal> signals = read("Hungarian Prime Minister Viktor Orban met his Moldovan counterpart on Friday to "
        + "discuss Moldova's bid to join the European Union. He said the government would block it.");

    assertThat(stanceOf(signals, "EU", "MDA", "HUN")).isEqualTo(Stance.OPPOSE);
  }

  @Test
  void shouldIgnoreACountryThatIsAlreadyAMember() {
    List<StanceSignal> signals = read("Austria backs Germany's membership of the European Union.");

    assertThat(signals).isEmpty();
  }

  @Test
  void shouldIgnoreMembershipOfAnythingButAListedOrganization() {
    List<StanceSignal> signals = read("Thousands of people renewed their gym membership after the club said members "
        + "could join for free. The club's owner said he backs the plan and would block any price rise.");

    assertThat(signals).isEmpty();
  }

  @Test
  void shouldNotLetAnOppositionPartySpeakForItsCountry() {
    List<StanceSignal> signals = read(
        "Austria's opposition Freedom Party said it opposes Moldova's bid to join the European Union.");

    assertThat(membership(signals, "EU", "MDA", "AUT")).isEmpty();
  }

  @Test
  void shouldKeepRecalledHistoryApartFromTheNewStatement() {
    List<StanceSignal> signals = read("Hungary blocked Moldova's accession to the European Union in 2023. Hungary now "
        + "supports Moldova's accession to the European Union, the foreign minister said.");

    List<StanceSignal> hungary = signals.stream()
        .filter(s -> s.getDimension() == Dimension.MEMBERSHIP && s.getActor().equals("HUN")).toList();
    assertThat(hungary).extracting(StanceSignal::getStance).containsExactly(Stance.OPPOSE, Stance.SUPPORT);
    assertThat(hungary.get(0).getStatedAt()).isEqualTo(Instant.parse("2023-01-01T00:00:00Z"));
    assertThat(hungary.get(1).getStatedAt()).isEqualTo(PUBLISHED);
  }

  @Test
  void shouldMergeRepeatedStatementsIntoOneSignalPerKeyAndTime() {
    List<StanceSignal> signals = read("Hungary says it will never agree to Moldova joining the European Union. "
        + "Hungary has said that it will never agree to Moldova's membership of the European Union.");

    assertThat(signals.stream().filter(s -> s.getDimension() == Dimension.MEMBERSHIP && s.getActor().equals("HUN")))
        .hasSize(1);
  }

  @Test
  void shouldIgnoreBoilerplateAndMarkupAroundTheArticle() {
    List<StanceSignal> signals = read("<p>Hungary vetoed the opening of European Union accession talks with Moldova "
        + "on Tuesday.</p><p>Join our Telegram channel for breaking news: Hungary backs everyone.</p>"
        + "<p>Comments are moderated and do not represent the views of this site.</p>");

    assertThat(signals).extracting(s -> s.getEvidence().getSentence())
        .allMatch(sentence -> sentence.startsWith("Hungary vetoed"));
  }

  @Test
  void shouldReadTheAgentOfAPassiveAsTheActor() {
    List<StanceSignal> signals = read("Moldova's bid to join the European Union was blocked for months by Hungary.");

    assertThat(stanceOf(signals, "EU", "MDA", "HUN")).isEqualTo(Stance.OPPOSE);
  }

  @Test
  void shouldNotReadTheAuthorsOfARequestAsItsAgent() {
    List<StanceSignal> signals = read(
        "\"We welcome the request by Moldova to join the European Union,\" the Austrian chancellor said.");

    assertThat(signals).filteredOn(s -> s.getRuleId().equals("welcome"))
        .extracting(StanceSignal::getActor).containsExactly("AUT");
  }

  @Test
  void shouldReadAWordEndingWildcardInsideAPhrase() {
    List<StanceSignal> signals = read(
        "The Polish prime minister said Poland would not stand in the way of Moldova's membership of the European Union.");

    assertThat(stanceOf(signals, "EU", "MDA", "POL")).isEqualTo(Stance.SUPPORT);
  }

  @Test
  void shouldReadAUnanimousDecisionToOpenTalksAsConsensusReached() {
    List<StanceSignal> signals = read(
        "European Union leaders agreed on Thursday to open accession negotiations with Moldova.");

    assertThat(consensus(signals, "EU", "MDA").orElseThrow().getStance()).isEqualTo(Stance.REACHED);
  }

  @Test
  void shouldNotReadTwoLeadersAgreeingOnPeaceTalksAsConsensus() {
    List<StanceSignal> signals = read("Moldova wants to join the European Union. The two presidents said they had "
        + "agreed to start negotiations on a gas contract.");

    assertThat(consensus(signals, "EU", "MDA")).isEmpty();
  }

  @Test
  void shouldReadAnOrganizationAfterAPrepositionAsTheTopicNotTheSpeaker() {
    List<StanceSignal> signals = read(
        "The French president said Moldova's accession to the European Union would take decades.");

    assertThat(stanceOf(signals, "EU", "MDA", "FRA")).isEqualTo(Stance.DEFERRED);
    assertThat(membership(signals, "EU", "MDA", "EU")).isEmpty();
  }

  @Test
  void shouldTakeTheOnlyNonMemberAsCandidateWhenItIsReferredToByAPronoun() {
    List<StanceSignal> signals = read("The German foreign minister said Chisinau had made progress and that Berlin "
        + "would support its membership of the European Union.");

    StanceSignal signal = membership(signals, "EU", "MDA", "DEU").orElseThrow();
    assertThat(signal.getStance()).isEqualTo(Stance.SUPPORT);
    assertThat(signal.getStatedAt()).isEqualTo(PUBLISHED);
  }

  @Test
  void shouldDateAPluperfectStatementJustBeforePublication() {
    List<StanceSignal> signals = read("Hungary had backed Moldova's bid to join the European Union.");

    assertThat(membership(signals, "EU", "MDA", "HUN").orElseThrow().getStatedAt())
        .isEqualTo(PUBLISHED.minus(SentenceReader.PAST_PERFECT_OFFSET));
  }

  @Test
  void shouldReadTheSpeakersThemselvesWhenTheySayTheyBackABid() {
    List<StanceSignal> signals = read("Poland, Hungary and Slovakia want faster enlargement. Croatia and Slovenia have "
        + "said they back Moldova's bid to join the European Union.");

    assertThat(stanceOf(signals, "EU", "MDA", "HRV")).isEqualTo(Stance.SUPPORT);
    assertThat(stanceOf(signals, "EU", "MDA", "SVN")).isEqualTo(Stance.SUPPORT);
    assertThat(membership(signals, "EU", "MDA", "POL")).isEmpty();
  }

  @Test
  void shouldNotJoinTheTwoPartsOfACueAcrossAClause() {
    List<StanceSignal> signals = read("Croatia backs Moldova's bid to join the European Union, and Austria wants the "
        + "new rail link finished as soon as possible.");

    assertThat(membership(signals, "EU", "MDA", "AUT")).isEmpty();
    assertThat(stanceOf(signals, "EU", "MDA", "HRV")).isEqualTo(Stance.SUPPORT);
  }

  @Test
  void shouldReadARefusalToAcceptAsOpposition() {
    List<StanceSignal> signals = read("The Greek prime minister said Athens would not accept Moldova's accession to the "
        + "European Union while the dispute lasted.");

    assertThat(stanceOf(signals, "EU", "MDA", "GRC")).isEqualTo(Stance.OPPOSE);
  }

  @Test
  void shouldReadNotGivingUpAGoalAsTheCandidatesOwnSupport() {
    List<StanceSignal> signals = read(
        "The Moldovan president insisted Chisinau would never give up its goal of joining the European Union.");

    assertThat(stanceOf(signals, "EU", "MDA", "MDA")).isEqualTo(Stance.SUPPORT);
  }

  @Test
  void shouldReadCannotJoinAsADeferralByTheSpeaker() {
    List<StanceSignal> signals = read(
        "The German chancellor said Moldova could not join the European Union while the dispute continues.");

    assertThat(stanceOf(signals, "EU", "MDA", "DEU")).isEqualTo(Stance.DEFERRED);
  }

  @Test
  void shouldPreferTheDayNamedOverASummitRecalledByPlace() {
    List<StanceSignal> signals = read(
        "Spain backed Georgia's bid to join NATO at a meeting on the sidelines of the Vilnius summit on Monday.");

    assertThat(membership(signals, "NATO", "GEO", "ESP").orElseThrow().getStatedAt())
        .isEqualTo(Instant.parse("2025-06-09T12:00:00Z"));
  }

  @Test
  void shouldReadAnOfficialInTheRoleHeldWhenTheStatementWasMade() {
    List<StanceSignal> recalled = read("Rutte said in 2016 that he backed Montenegro's bid to join NATO.");
    List<StanceSignal> recent = read("Rutte said on Monday that he backed Georgia's bid to join NATO.");

    assertThat(stanceOf(recalled, "NATO", "MNE", "NLD")).isEqualTo(Stance.SUPPORT);
    assertThat(membership(recalled, "NATO", "MNE", "NATO")).isEmpty();
    assertThat(stanceOf(recent, "NATO", "GEO", "NATO")).isEqualTo(Stance.SUPPORT);
  }

  @Test
  void shouldReturnNothingForAnEmptyBody() {
    assertThat(read("")).isEmpty();
  }
}
