package io.stancewatch.processor.extract;

import static io.stancewatch.processor.extract.SentenceProbe.consensus;
import static io.stancewatch.processor.extract.SentenceProbe.membership;
import static org.assertj.core.api.Assertions.assertThat;

import io.stancewatch.schemas.Stance;
import io.stancewatch.schemas.StanceSignal;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The phrase families added so the extractor reads storylines beyond the shared dev corpus: conditions,
 * deferrals, a candidate's own refusal, institutions speaking for their organization and consensus worded
 * as unanimity. Every sentence is written for this test (never corpus text); each family is checked once
 * where it must fire and once where it must not.
 */
class GeneralizationCuesTest {

  @ParameterizedTest(name = "{4} <- {0}")
  @CsvSource(delimiter = '|', textBlock = """
      Spain will back Albania's membership of the European Union only after the judicial vetting is finished, the Spanish foreign minister said. | EU | ALB | ESP | CONDITIONAL
      Portugal supports Montenegro's accession to the European Union on the understanding that the border dispute is settled first, Lisbon said. | EU | MNE | PRT | CONDITIONAL
      Italy's foreign minister said Rome would agree to Serbia's membership of the European Union once Belgrade aligns with the bloc's sanctions. | EU | SRB | ITA | CONDITIONAL
      Denmark would back Georgia's candidacy for the European Union provided that the new election law is withdrawn, its prime minister said. | EU | GEO | DNK | CONDITIONAL
      Portugal supports Montenegro's accession to the European Union, the Portuguese foreign minister said on Tuesday. | EU | MNE | PRT | SUPPORT
      Italy's foreign minister said Rome would agree to Serbia's membership of the European Union, a goal he called historic. | EU | SRB | ITA | SUPPORT
      The Swedish prime minister said Serbia's membership of the European Union was not a priority at the moment. | EU | SRB | SWE | DEFERRED
      The Dutch government said North Macedonia's accession was not on the bloc's agenda for now. | EU | MKD | NLD | DEFERRED
      Ireland's foreign minister said Montenegro's accession to the European Union was on hold until the autumn elections. | EU | MNE | IRL | DEFERRED
      Belgium's prime minister said Montenegro was not yet ready to join the European Union. | EU | MNE | BEL | DEFERRED
      France's president said it was too early for Albania to join the European Union. | EU | ALB | FRA | DEFERRED
      The European Central Bank said Romania cannot adopt the euro for now because inflation is too high. | EUROZONE | ROU | EUROZONE | DEFERRED
      Iceland declined the invitation to join the European Union, its foreign minister said. | EU | ISL | ISL | OPPOSE
      Norway withdrew its application to join the European Union after the referendum. | EU | NOR | NOR | OPPOSE
      Austria withheld its consent to Montenegro's accession to the European Union, its chancellor said. | EU | MNE | AUT | OPPOSE
      Greece rejected North Macedonia's bid to join the European Union, the Greek foreign minister said. | EU | MKD | GRC | OPPOSE
      The Czech prime minister said the European Union would open accession negotiations with Albania next month. | EU | ALB | EU | SUPPORT
      Slovenia gave the green light to Montenegro's accession to the European Union on Monday, its prime minister said. | EU | MNE | SVN | SUPPORT
      The Latvian president said Serbia would not join the European Union any time soon. | EU | SRB | LVA | DEFERRED
      The Estonian foreign minister said membership of the European Union for Serbia was not on the cards. | EU | SRB | EST | DEFERRED
      Uzbekistan's president said his country wanted to join the World Trade Organization within two years. | WTO | UZB | UZB | SUPPORT
      Romania's finance minister said Romania would keep working towards adopting the euro. | EUROZONE | ROU | ROU | SUPPORT
      Serbia's prime minister said membership of the European Union was not a priority for Serbia at the moment. | EU | SRB | SRB | DEFERRED
      The European Union named Montenegro a candidate country on Thursday. Austria has backed Montenegro's bid for months, its chancellor said. | EU | MNE | AUT | SUPPORT
      The Danish prime minister said Albania would become a member of the European Union not before 2030. | EU | ALB | DNK | DEFERRED
      The Danish prime minister said Albania would be granted candidate status by the European Union once the reforms were done, not before. | EU | ALB | DNK | CONDITIONAL
      Slovakia lifted its objection to Moldova's accession to the European Union, its prime minister said. | EU | MDA | SVK | SUPPORT
      Slovakia did not lift its objection to Moldova's accession to the European Union, its prime minister said. | EU | MDA | SVK | OPPOSE
      Moldova's president said her country was determined to join the European Union. | EU | MDA | MDA | SUPPORT
      Slovakia's prime minister said Slovakia supports Moldova's path into the European Union. | EU | MDA | SVK | SUPPORT
      """)
  void shouldReadTheStanceWhenThePhraseFamilyIsUsed(
      final String body, final String org, final String candidate, final String actor, final Stance expected) {
    assertThat(membership(body, org, candidate, actor)).contains(expected);
  }

  @ParameterizedTest(name = "nothing for {3} <- {0}")
  @CsvSource(delimiter = '|', textBlock = """
      Iceland's prime minister declined the invitation to attend the summit of the European Union in June. | EU | ISL | ISL
      Iceland has neither accepted nor declined the invitation to join the European Union, officials in Reykjavik said. | EU | ISL | ISL
      The Swedish prime minister asked whether Serbia's membership of the European Union was a priority. | EU | SRB | SWE
      EU accession talks with Montenegro cannot open without the unanimity the treaties require. | EU | MNE | EU
      Montenegro gets the green light from the European Union for its accession. | EU | MNE | MNE
      Slovakia's prime minister said Slovakia supports Moldova's path into the digital age. | EU | MDA | SVK
      The European Union held a summit with Montenegro on Thursday. Austria has backed Montenegro's bid for months, its chancellor said. | EU | MNE | AUT
      Albania wants to join the EU. A Commission spokesman declined to comment on when Albania's membership talks would open. | EU | ALB | EU
      Norway no longer wanted to join the European Union after the fisheries dispute, its prime minister said. | EU | NOR | NOR
      Albania's parliament passed a law on joining the European Union. A Commission spokesperson said that Albania's membership was not on the table at this stage. | EU | ALB | ALB
      """)
  void shouldReadNoStanceWhenThePhraseIsAboutSomethingElse(
      final String body, final String org, final String candidate, final String actor) {
    assertThat(membership(body, org, candidate, actor)).isEmpty();
  }

  @ParameterizedTest(name = "{3} <- {0}")
  @CsvSource(delimiter = '|', textBlock = """
      European Union leaders took a unanimous decision on Thursday to open accession negotiations with Montenegro. | EU | MNE | REACHED
      The OECD Council agreed on Monday to open accession discussions with Peru; the decision was taken by consensus. | OECD | PER | REACHED
      ASEAN leaders agreed on Sunday to admit Papua New Guinea as a member of the bloc. | ASEAN | PNG | REACHED
      All 27 leaders agreed on Thursday that Montenegro should become a candidate for membership of the European Union. | EU | MNE | REACHED
      Not all 27 leaders agreed on Thursday that Montenegro should become a candidate for membership of the European Union. | EU | MNE | LACKING
      EU accession talks with Montenegro cannot open without the unanimity the treaties require, as Hungary is blocking them. | EU | MNE | LACKING
      """)
  void shouldReadTheConsensusWhenUnanimityIsWordedDifferently(
      final String body, final String org, final String candidate, final Stance expected) {
    assertThat(consensus(body, org, candidate)).map(StanceSignal::getStance).contains(expected);
  }

  @ParameterizedTest(name = "no consensus <- {0}")
  @CsvSource(delimiter = '|', textBlock = """
      Opening accession negotiations with Montenegro requires a unanimous decision of the member states. | EU | MNE
      Any new member of the OECD must be approved by the Council, diplomats said of Peru's request to join. | OECD | PER
      """)
  void shouldReadNoConsensusWhenOnlyTheRuleIsDescribed(final String body, final String org, final String candidate) {
    assertThat(consensus(body, org, candidate)).map(StanceSignal::getStance).isNotEqualTo(Optional.of(Stance.REACHED));
  }

  @ParameterizedTest(name = "{3} <- {0}")
  @CsvSource(delimiter = '|', textBlock = """
      The OECD Council said Peru's accession was not on its agenda for now. | OECD | PER | OECD
      ASEAN leaders agreed in principle on Sunday to admit Papua New Guinea once it meets the criteria. | ASEAN | PNG | ASEAN
      European Union leaders agreed on Thursday to grant Montenegro candidate status. | EU | MNE | EU
      Albania wants to join the EU. A Commission spokesman said that Albania's membership was not on the table at this stage. | EU | ALB | EU
      """)
  void shouldGiveTheOrganizationTheStanceWhenItsInstitutionSpeaks(
      final String body, final String org, final String candidate, final String actor) {
    assertThat(membership(body, org, candidate, actor)).isPresent();
  }
}
