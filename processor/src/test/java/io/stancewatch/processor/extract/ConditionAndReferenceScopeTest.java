package io.stancewatch.processor.extract;

import static io.stancewatch.processor.extract.SentenceProbe.consensus;
import static io.stancewatch.processor.extract.SentenceProbe.membership;
import static org.assertj.core.api.Assertions.assertThat;

import io.stancewatch.schemas.HoldoutsUpdate;
import io.stancewatch.schemas.Stance;
import io.stancewatch.schemas.StanceSignal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * How far a condition, a capital, a reference noun and a named holder reach: a condition opening the
 * sentence or a quote, a candidate tying its own bid to a later event, a cue inside the condition
 * itself, a future "will ... when", "Madrid supported" (also of "its neighbour's place in the bloc"), "the objection of Hungary", "the Union" after
 * another organization was named. Every sentence is written for this test; each rule is checked where
 * it applies and where it must not.
 */
class ConditionAndReferenceScopeTest {

  @ParameterizedTest(name = "{4} <- {0}")
  @CsvSource(delimiter = '|', textBlock = """
      "Once Albania has finished its judicial vetting, Denmark will support its membership of the European Union," the Danish prime minister said. | EU | ALB | DNK | CONDITIONAL
      Denmark will support Albania's membership of the European Union, the Danish prime minister said. | EU | ALB | DNK | SUPPORT
      Denmark once again backed Albania's membership of the European Union, the Danish prime minister said. | EU | ALB | DNK | SUPPORT
      Kosovo will apply to join NATO only once its constitution has been amended, its prime minister said. | NATO | XKX | XKX | CONDITIONAL
      Kosovo will apply to join NATO this year, its prime minister said. | NATO | XKX | XKX | SUPPORT
      The Moldovan president said Moldova will apply to join NATO when the referendum is held. | NATO | MDA | MDA | CONDITIONAL
      The Moldovan president said Moldova applied to join NATO when the war began. | NATO | MDA | MDA | SUPPORT
      Madrid fully supported Montenegro's accession to the European Union. | EU | MNE | ESP | SUPPORT
      Moldova applied to join the European Union. Relations were warm, Romania's president said, and Bucharest fully supported its neighbour's place in the bloc, he added. | EU | MDA | ROU | SUPPORT
      Lithuania is not blocking Moldova's accession to the European Union and will support it once the transit dispute is settled, its foreign minister said. | EU | MDA | LTU | CONDITIONAL
      Lithuania is not blocking Moldova's accession to the European Union, its foreign minister said. | EU | MDA | LTU | SUPPORT
      Poland advocates Ukraine's accession to the European Union, its foreign minister said. | EU | UKR | POL | SUPPORT
      Fiji's prime minister said Fiji wanted to become a member of ASEAN. Tan Wei, the secretary-general, said admitting another member was not on the agenda for now. | ASEAN | FJI | ASEAN | DEFERRED
      Fiji's prime minister said Fiji wanted to become a member of ASEAN. Tan Wei, the secretary-general, said admitting another member was not on the agenda for now. | ASEAN | FJI | FJI | SUPPORT
      Moldova will apply to join NATO only after the referendum, its president said. Belarus opposed Moldova's bid to join NATO, Minsk said. | NATO | MDA | MDA | CONDITIONAL
      Belarus opposed Moldova's bid to join NATO, Minsk said. | NATO | MDA | MDA | SUPPORT
      Armenia's ministers skip the meetings of the Collective Security Treaty Organization. Italy backed Armenia's path "up to and including membership of the Union", its prime minister said. | EU | ARM | ITA | SUPPORT
      """)
  void shouldReadTheStanceWhenAConditionOrReferenceReachesTheCue(
      final String body, final String org, final String candidate, final String actor, final Stance expected) {
    assertThat(membership(body, org, candidate, actor)).contains(expected);
  }

  @ParameterizedTest(name = "nothing for {1}/{2}/{3} <- {0}")
  @CsvSource(delimiter = '|', textBlock = """
      Georgia will submit its application to join the European Union once its trade deal with Turkey has been ratified, its prime minister said. | EU | TUR | GEO
      Until Ankara gives its consent, Finland cannot be admitted to the organization, NATO diplomats said of the Swedish-Finnish bids. | NATO | FIN | TUR
      Officials in Madrid said Montenegro's accession to the European Union was welcome. | EU | MNE | ESP
      Moldova applied to join the European Union. Relations were warm, Romania's president said, and Bucharest fully supported its neighbour's energy plans, he added. | EU | MDA | ROU
      Poland, long Ukraine's staunchest advocate on accession, has asked the European Union for more time. | EU | UKR | POL
      Armenia's ministers skip the meetings of the Collective Security Treaty Organization. Italy backed Armenia's path "up to and including membership of the Union", its prime minister said. | CSTO | ITA | ARM
      Q: Critics say Greece will veto Albania's accession to the European Union. Will it? | EU | ALB | GRC
      Reports in Tirana suggested that Greece would soon block Albania's accession to the European Union. | EU | ALB | GRC
      """)
  void shouldReadNoStanceWhenTheCueIsAConditionOrDescription(
      final String body, final String org, final String candidate, final String actor) {
    assertThat(membership(body, org, candidate, actor)).isEmpty();
  }

  @ParameterizedTest(name = "{4} <- {0}")
  @CsvSource(delimiter = '|', textBlock = """
      Q: Critics say Greece will veto Albania's accession to the European Union. Will it? A: Greece supports Albania's accession to the European Union, the Greek envoy said. | EU | ALB | GRC | SUPPORT
      Greece would soon block Albania's accession to the European Union, its foreign minister said. | EU | ALB | GRC | OPPOSE
      """)
  void shouldReadTheAnswerButNotTheQuestionWhenAnInterviewAlternates(
      final String body, final String org, final String candidate, final String actor, final Stance expected) {
    assertThat(membership(body, org, candidate, actor)).contains(expected);
  }

  @ParameterizedTest(name = "{3} <- {0}")
  @CsvSource(delimiter = '|', textBlock = """
      The OECD Council, in which every member sits, decided by consensus on 3 May to open accession talks with Peru. | OECD | PER | REACHED
      The OECD Council decided by consensus to open accession negotiations with Peru. | OECD | PER | REACHED
      "Accession decisions are taken by consensus, and consensus is not there today," the OECD secretary-general said of Peru's accession. | OECD | PER | LACKING
      """)
  void shouldReadTheConsensusWhenADecisionIsReportedRatherThanARule(
      final String body, final String org, final String candidate, final Stance expected) {
    assertThat(consensus(body, org, candidate)).map(StanceSignal::getStance).contains(expected);
  }

  @ParameterizedTest(name = "{3} {4} <- {0}")
  @CsvSource(delimiter = '|', textBlock = """
      Every member of the Shanghai Cooperation Organisation must consent to Turkey's application. According to the envoys, Russia was the only one of them to withhold it. | SCO | TUR | RUS | SET
      With the objection of Hungary, consensus on Ukraine's accession to NATO is absent, a diplomat said. | NATO | UKR | HUN | ADD
      Austria no longer opposes the European Union's negotiating framework for Montenegro, its chancellor said. The Austrian shift leaves Slovakia as the only member state still withholding its consent. | EU | MNE | SVK | SET
      """)
  void shouldNameTheHoldoutWhenTheSentenceNamesItsHolder(
      final String body, final String org, final String candidate, final String holdout, final HoldoutsUpdate update) {
    assertThat(consensus(body, org, candidate)).hasValueSatisfying(signal -> {
      assertThat(signal.getStance()).isEqualTo(Stance.LACKING);
      assertThat(signal.getHoldouts()).containsExactly(holdout);
      assertThat(signal.getHoldoutsUpdate()).isEqualTo(update);
    });
  }

  @ParameterizedTest(name = "no holdout <- {0}")
  @CsvSource(delimiter = '|', textBlock = """
      Consensus on Ukraine's accession to NATO is absent, a diplomat in Hungary said. | NATO | UKR
      """)
  void shouldNameNoHoldoutWhenTheMemberIsOnlyAPlace(final String body, final String org, final String candidate) {
    assertThat(consensus(body, org, candidate)).map(StanceSignal::getHoldouts).hasValueSatisfying(
        holdouts -> assertThat(holdouts).isEmpty());
  }
}
