package io.stancewatch.processor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.stancewatch.processor.dlq.DeadLetterHeaders;
import io.stancewatch.schemas.Article;
import io.stancewatch.schemas.ChangeType;
import io.stancewatch.schemas.Evidence;
import io.stancewatch.schemas.Stance;
import io.stancewatch.schemas.StanceAlert;
import io.stancewatch.schemas.StanceState;
import io.stancewatch.serde.SpecificAvroSerde;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class StanceTopologyTest {

  private static final Instant T0 = Instant.parse("2030-05-04T08:00:00Z");
  private static final String MEMBERSHIP_AAA = "ORGX:CND:MEMBERSHIP:AAA";
  private static final String MEMBERSHIP_BBB = "ORGX:CND:MEMBERSHIP:BBB";
  private static final String CONSENSUS = "ORGX:CND:CONSENSUS:ORGX";

  private StanceTestDriver driver;
  private TestInputTopic<String, Article> articles;
  private TestInputTopic<byte[], byte[]> rawArticles;
  private TestOutputTopic<String, StanceAlert> alerts;
  private TestOutputTopic<String, StanceState> states;
  private TestOutputTopic<byte[], byte[]> deadLetters;

  @BeforeEach
  void startDriver() {
    driver = new StanceTestDriver(
        StanceTopologyTest.class.getSimpleName(), new ScriptedStanceExtractor(), Map.of(), T0);
    articles = driver.articles();
    rawArticles = driver.rawArticles();
    alerts = driver.alerts();
    states = driver.states();
    deadLetters = driver.deadLetters();
  }

  @AfterEach
  void closeDriver() {
    driver.close();
  }

  private static Instant day(final int n) {
    return T0.plus(Duration.ofDays(n));
  }

  private static Article article(final String id, final Instant publishedAt, final String... lines) {
    return Article.newBuilder()
        .setId(id)
        .setSource("outlet of " + id)
        .setUrl("https://news.invalid/" + id)
        .setTitle("Title of " + id)
        .setBody("Report " + id + ".\n" + String.join("\n", lines))
        .setPublishedAt(publishedAt)
        .setIngestedAt(publishedAt)
        .build();
  }

  private void send(final Article article) {
    articles.pipeInput(article.getId(), article, article.getPublishedAt());
  }

  private byte[] serialized(final Article article) {
    return SpecificAvroSerde.of(Article.class, driver.config(), false)
        .serializer().serialize(driver.topics().articles(), article);
  }

  private static String header(final TestRecord<byte[], byte[]> record, final String name) {
    final Header header = record.headers().lastHeader(name);
    return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
  }

  // ---- Step 1: stance rules end to end ----

  @Test
  void shouldEmitNewThenChangedAlertAndOneStatePerArticleWhenStanceFlips() {
    send(article("a-1", day(0), "stance: ORGX CND MEMBERSHIP AAA OPPOSE"));
    send(article("a-2", day(1), "stance: ORGX CND MEMBERSHIP AAA SUPPORT"));

    final List<KeyValue<String, StanceAlert>> emitted = alerts.readKeyValuesToList();
    assertThat(emitted).extracting(kv -> kv.key).containsExactly(MEMBERSHIP_AAA, MEMBERSHIP_AAA);
    assertThat(emitted).extracting(kv -> kv.value.getChangeType())
        .containsExactly(ChangeType.NEW, ChangeType.CHANGED);
    final StanceAlert changed = emitted.get(1).value;
    assertThat(changed.getPreviousStance()).isEqualTo(Stance.OPPOSE);
    assertThat(changed.getNewStance()).isEqualTo(Stance.SUPPORT);
    assertThat(changed.getEvidence()).extracting(Evidence::getArticleId).containsExactly("a-2");
    assertThat(changed.getDetectedAt()).isEqualTo(T0);
    assertThat(alerts.isEmpty()).isTrue();
    final List<KeyValue<String, StanceState>> written = states.readKeyValuesToList();
    assertThat(written).hasSize(2);
    assertThat(written.get(1).value.getStance()).isEqualTo(Stance.SUPPORT);
    assertThat(driver.driver().<String, StanceState>getKeyValueStore(StanceTopology.STANCE_STATES_STORE)
        .get(MEMBERSHIP_AAA).getEvidence()).extracting(Evidence::getArticleId).containsExactly("a-2");
  }

  @Test
  void shouldKeepNewerStateWithoutAlertWhenOlderStatementArrivesLater() {
    send(article("a-1", day(5), "stance: ORGX CND MEMBERSHIP AAA SUPPORT"));
    alerts.readValuesToList();

    send(article("a-2", day(6), "stance: ORGX CND MEMBERSHIP AAA OPPOSE " + "NONE - " + day(2)));

    assertThat(alerts.isEmpty()).isTrue();
    assertThat(states.readValuesToList()).last()
        .satisfies(state -> {
          assertThat(state.getStance()).isEqualTo(Stance.SUPPORT);
          assertThat(state.getStatedAt()).isEqualTo(day(5));
        });
  }

  @Test
  void shouldApplyRecalledStatementBeforeNewOneWhenArticleTellsNewOneFirst() {
    send(article("a-1", day(9),
        "stance: ORGX CND MEMBERSHIP AAA SUPPORT",
        "stance: ORGX CND MEMBERSHIP AAA OPPOSE NONE - " + day(1)));

    assertThat(alerts.readValuesToList())
        .extracting(StanceAlert::getChangeType, StanceAlert::getNewStance)
        .containsExactly(
            tuple(ChangeType.NEW, Stance.OPPOSE),
            tuple(ChangeType.CHANGED, Stance.SUPPORT));
  }

  @Test
  void shouldCorroborateWithoutAlertWhenAnotherOutletRepeatsTheStance() {
    send(article("a-1", day(0), "stance: ORGX CND MEMBERSHIP AAA DEFERRED"));
    send(article("a-2", day(1), "In other words:", "stance: ORGX CND MEMBERSHIP AAA DEFERRED"));

    assertThat(alerts.readValuesToList()).extracting(StanceAlert::getChangeType)
        .containsExactly(ChangeType.NEW);
    final StanceState state = states.readKeyValuesToMap().get(MEMBERSHIP_AAA);
    assertThat(state.getEvidenceCount()).isEqualTo(2);
    assertThat(state.getSources()).containsExactly("outlet of a-1", "outlet of a-2");
  }

  @Test
  void shouldTrackHoldoutsUntilConsensusWhenMembersLeaveOneByOne() {
    send(article("c-1", day(0), "stance: ORGX CND CONSENSUS ORGX LACKING ADD HHH,TTT"));
    send(article("c-2", day(1), "stance: ORGX CND CONSENSUS ORGX LACKING REMOVE TTT"));
    send(article("c-3", day(2), "stance: ORGX CND CONSENSUS ORGX LACKING REMOVE HHH"));

    final List<StanceAlert> emitted = alerts.readValuesToList();
    assertThat(emitted).extracting(StanceAlert::getChangeType)
        .containsExactly(ChangeType.NEW, ChangeType.HOLDOUTS_CHANGED, ChangeType.CHANGED);
    assertThat(emitted.get(1).getPreviousHoldouts()).containsExactly("HHH", "TTT");
    assertThat(emitted.get(1).getHoldouts()).containsExactly("HHH");
    assertThat(emitted.get(2).getNewStance()).isEqualTo(Stance.REACHED);
    final StanceState last = states.readKeyValuesToMap().get(CONSENSUS);
    assertThat(last.getStance()).isEqualTo(Stance.REACHED);
    assertThat(last.getHoldouts()).isEmpty();
  }

  // ---- Step 2: dedupe ----

  @Test
  void shouldDropArticleWhenItsIdComesAgainWithinRetention() {
    send(article("a-1", day(0), "stance: ORGX CND MEMBERSHIP AAA OPPOSE"));
    driver.driver().advanceWallClockTime(Duration.ofDays(7).minusMillis(1));

    send(article("a-1", day(1), "Corrected:", "stance: ORGX CND MEMBERSHIP BBB OPPOSE"));

    assertThat(alerts.readKeyValuesToList()).extracting(kv -> kv.key).containsExactly(MEMBERSHIP_AAA);
  }

  @Test
  void shouldProcessArticleAgainWhenItsIdComesBackAfterRetention() {
    send(article("a-1", day(0), "stance: ORGX CND MEMBERSHIP AAA OPPOSE"));
    driver.driver().advanceWallClockTime(Duration.ofDays(7));

    send(article("a-1", day(1), "Corrected:", "stance: ORGX CND MEMBERSHIP BBB OPPOSE"));

    assertThat(alerts.readKeyValuesToList()).extracting(kv -> kv.key).containsExactly(MEMBERSHIP_AAA, MEMBERSHIP_BBB);
  }

  @Test
  void shouldDropCopyUnderOtherIdWhenTextDiffersOnlyInMarkupCaseAndSpacing() {
    final Article original = article("a-1", day(0), "stance: ORGX CND MEMBERSHIP AAA OPPOSE");
    send(original);
    states.readValuesToList();
    driver.driver().advanceWallClockTime(Duration.ofDays(7).minusMillis(1));

    send(Article.newBuilder(original).setId("copy-1")
        .setBody("<p>REPORT  a-1.</p>\n stance: ORGX  CND MEMBERSHIP AAA OPPOSE").build());

    assertThat(states.isEmpty()).isTrue();
    assertThat(driver.driver().<String, Long>getKeyValueStore(StanceTopology.SEEN_ARTICLE_IDS_STORE)
        .get("copy-1")).isNotNull();
  }

  @Test
  void shouldDropCopyAtEveryStanceKeyWhenTextSpeaksAboutSeveralKeys() {
    final Article original = article("a-1", day(0),
        "stance: ORGX CND MEMBERSHIP AAA OPPOSE", "stance: ORGX CND MEMBERSHIP BBB SUPPORT");
    send(original);
    assertThat(states.readKeyValuesToList()).extracting(kv -> kv.key)
        .containsExactlyInAnyOrder(MEMBERSHIP_AAA, MEMBERSHIP_BBB);

    send(Article.newBuilder(original).setId("copy-1").setSource("another outlet").build());

    assertThat(states.isEmpty()).isTrue();
    assertThat(alerts.readKeyValuesToList()).extracting(kv -> kv.key)
        .containsExactlyInAnyOrder(MEMBERSHIP_AAA, MEMBERSHIP_BBB);
  }

  @Test
  void shouldSendOnlyArticlesWithSignalsThroughTheRepartitionWhenSomeHaveNone() {
    final TestOutputTopic<String, byte[]> repartition = driver.driver().createOutputTopic(
        "stancewatch-" + StanceTopology.TEXT_SIGNALS_BY_STANCE_KEY + "-repartition",
        Serdes.String().deserializer(), Serdes.ByteArray().deserializer());

    send(article("a-1", day(0), "Nothing about any accession here."));
    send(article("a-2", day(0), "stance: ORGX CND MEMBERSHIP AAA OPPOSE"));

    assertThat(repartition.readKeyValuesToList()).extracting(kv -> kv.key).containsExactly(MEMBERSHIP_AAA);
  }

  @Test
  void shouldProcessCopyUnderOtherIdWhenTextComesBackAfterRetention() {
    final Article original = article("a-1", day(0), "stance: ORGX CND MEMBERSHIP AAA OPPOSE");
    send(original);
    states.readValuesToList();
    driver.driver().advanceWallClockTime(Duration.ofDays(7));

    send(Article.newBuilder(original).setId("copy-1").build());

    assertThat(states.readValuesToList()).singleElement()
        .satisfies(state -> assertThat(state.getEvidence()).extracting(Evidence::getArticleId)
            .containsExactly("a-1", "copy-1"));
    assertThat(alerts.readValuesToList()).extracting(StanceAlert::getChangeType)
        .containsExactly(ChangeType.NEW);
  }

  // ---- Step 3: dead letters ----

  @Test
  void shouldSendRecordToDeadLettersWhenMagicByteIsWrong() {
    final byte[] value = serialized(article("a-1", day(0), "stance: ORGX CND MEMBERSHIP AAA OPPOSE"));
    value[0] = 7;

    rawArticles.pipeInput("a-1".getBytes(StandardCharsets.UTF_8), value);

    final TestRecord<byte[], byte[]> letter = deadLetters.readRecord();
    assertThat(letter.value()).isEqualTo(value);
    assertThat(letter.key()).isEqualTo("a-1".getBytes(StandardCharsets.UTF_8));
    assertThat(header(letter, DeadLetterHeaders.STAGE)).isEqualTo("deserialize");
    assertThat(header(letter, DeadLetterHeaders.ERROR_CLASS))
        .isEqualTo("org.apache.kafka.common.errors.SerializationException");
    assertThat(header(letter, DeadLetterHeaders.ERROR_MESSAGE)).containsIgnoringCase("magic");
    assertThat(header(letter, DeadLetterHeaders.SOURCE_TOPIC)).isEqualTo("articles");
    assertThat(header(letter, DeadLetterHeaders.SOURCE_PARTITION)).isEqualTo("0");
    assertThat(header(letter, DeadLetterHeaders.SOURCE_OFFSET)).isEqualTo("0");
    assertThat(deadLetters.isEmpty()).isTrue();
    assertThat(alerts.isEmpty()).isTrue();
  }

  @Test
  void shouldSendRecordToDeadLettersWhenSchemaIdIsUnknown() {
    final byte[] value = serialized(article("a-1", day(0), "stance: ORGX CND MEMBERSHIP AAA OPPOSE"));
    value[1] = 0x7f; // the schema id is bytes 1-4

    rawArticles.pipeInput("a-1".getBytes(StandardCharsets.UTF_8), value);

    final TestRecord<byte[], byte[]> letter = deadLetters.readRecord();
    assertThat(letter.value()).isEqualTo(value);
    assertThat(header(letter, DeadLetterHeaders.STAGE)).isEqualTo("deserialize");
    assertThat(header(letter, DeadLetterHeaders.ERROR_MESSAGE)).contains("not found");
  }

  @Test
  void shouldSendRecordToDeadLettersWhenAvroIsTruncated() {
    final byte[] whole = serialized(article("a-1", day(0), "stance: ORGX CND MEMBERSHIP AAA OPPOSE"));
    final byte[] value = Arrays.copyOf(whole, whole.length - 12);

    rawArticles.pipeInput("a-1".getBytes(StandardCharsets.UTF_8), value);

    final TestRecord<byte[], byte[]> letter = deadLetters.readRecord();
    assertThat(letter.value()).isEqualTo(value);
    assertThat(header(letter, DeadLetterHeaders.STAGE)).isEqualTo("deserialize");
    assertThat(header(letter, DeadLetterHeaders.ERROR_CLASS)).endsWith("SerializationException");
  }

  @Test
  void shouldSendArticleToDeadLettersWhenBodyIsEmpty() {
    final byte[] value = serialized(Article.newBuilder(article("a-1", day(0))).setBody(" \n ").build());

    rawArticles.pipeInput("a-1".getBytes(StandardCharsets.UTF_8), value);

    final TestRecord<byte[], byte[]> letter = deadLetters.readRecord();
    assertThat(letter.value()).isEqualTo(value);
    assertThat(header(letter, DeadLetterHeaders.STAGE)).isEqualTo("validate");
    assertThat(header(letter, DeadLetterHeaders.ERROR_CLASS)).isEqualTo(InvalidArticleException.class.getName());
    assertThat(header(letter, DeadLetterHeaders.ERROR_MESSAGE)).isEqualTo("article a-1: body is empty");
  }

  @Test
  void shouldSendArticleToDeadLettersWhenBodyIsOverTheLimit() {
    final byte[] value = serialized(Article.newBuilder(article("a-1", day(0)))
        .setBody("x".repeat(ArticleValidator.DEFAULT_MAX_BODY_BYTES + 1)).build());

    rawArticles.pipeInput("a-1".getBytes(StandardCharsets.UTF_8), value);

    final TestRecord<byte[], byte[]> letter = deadLetters.readRecord();
    assertThat(letter.value()).isEqualTo(value);
    assertThat(header(letter, DeadLetterHeaders.STAGE)).isEqualTo("validate");
    assertThat(header(letter, DeadLetterHeaders.ERROR_MESSAGE)).contains("1000001 bytes, over the limit");
  }

  @Test
  void shouldSendRecordToDeadLettersWhenItHasNoValue() {
    rawArticles.pipeInput("a-1".getBytes(StandardCharsets.UTF_8), (byte[]) null);

    final TestRecord<byte[], byte[]> letter = deadLetters.readRecord();
    assertThat(letter.value()).isNull();
    assertThat(header(letter, DeadLetterHeaders.STAGE)).isEqualTo("validate");
    assertThat(header(letter, DeadLetterHeaders.ERROR_MESSAGE)).isEqualTo("record with key 'a-1' has no value");
  }

  @Test
  void shouldSendArticleToDeadLettersWhenRecordKeyIsNotItsId() {
    send(article("a-1", day(0), "stance: ORGX CND MEMBERSHIP AAA OPPOSE"));
    articles.pipeInput("other", article("a-2", day(0), "stance: ORGX CND MEMBERSHIP BBB OPPOSE"));

    final TestRecord<byte[], byte[]> letter = deadLetters.readRecord();
    assertThat(header(letter, DeadLetterHeaders.STAGE)).isEqualTo("validate");
    assertThat(header(letter, DeadLetterHeaders.ERROR_MESSAGE)).contains("'other'", "a-2");
    assertThat(header(letter, DeadLetterHeaders.SOURCE_OFFSET)).isEqualTo("1");
  }

  @Test
  void shouldSendArticleToDeadLettersWhenExtractorThrows() {
    final Article failing = article("a-1", day(0), "fail: the rule table is broken");

    send(failing);

    final TestRecord<byte[], byte[]> letter = deadLetters.readRecord();
    assertThat(letter.key()).isEqualTo("a-1".getBytes(StandardCharsets.UTF_8));
    assertThat(letter.value()).isEqualTo(serialized(failing));
    assertThat(header(letter, DeadLetterHeaders.STAGE)).isEqualTo("extract");
    assertThat(header(letter, DeadLetterHeaders.ERROR_CLASS)).isEqualTo(IllegalStateException.class.getName());
    assertThat(header(letter, DeadLetterHeaders.ERROR_MESSAGE)).isEqualTo("the rule table is broken");
    assertThat(header(letter, DeadLetterHeaders.SOURCE_TOPIC)).isEqualTo("articles");
    assertThat(header(letter, DeadLetterHeaders.SOURCE_OFFSET)).isEqualTo("0");
  }

  @Test
  void shouldProcessValidArticlesAroundEachKindOfBadRecord() {
    final byte[] good = serialized(article("a-0", day(0), "stance: ORGX CND MEMBERSHIP AAA OPPOSE"));
    final byte[] wrongMagic = good.clone();
    wrongMagic[0] = 9;
    final byte[] truncated = Arrays.copyOf(good, good.length / 2);

    send(article("a-1", day(0), "stance: ORGX CND MEMBERSHIP AAA OPPOSE"));
    rawArticles.pipeInput("x-1".getBytes(StandardCharsets.UTF_8), wrongMagic);
    send(article("a-2", day(1), "stance: ORGX CND MEMBERSHIP AAA SUPPORT"));
    rawArticles.pipeInput("x-2".getBytes(StandardCharsets.UTF_8), truncated);
    send(article("x-3", day(2), "fail: boom"));
    send(article("a-3", day(3), "stance: ORGX CND MEMBERSHIP AAA CONDITIONAL"));

    assertThat(deadLetters.readRecordsToList())
        .extracting(r -> header(r, DeadLetterHeaders.STAGE), r -> header(r, DeadLetterHeaders.SOURCE_OFFSET))
        .containsExactly(
            tuple("deserialize", "1"),
            tuple("deserialize", "3"),
            tuple("extract", "4"));
    assertThat(alerts.readValuesToList()).extracting(StanceAlert::getNewStance)
        .containsExactly(Stance.OPPOSE, Stance.SUPPORT, Stance.CONDITIONAL);
  }

  /**
   * The handler's dead-letter record itself is asserted in DeadLetterExceptionHandlerTest: the test
   * driver (4.3) drops records a handler returns, so here only the "processing goes on" half shows.
   */
  @Test
  void shouldKeepProcessingWhenSafetyNetHandlerCatchesCorruptInternalRecord() {
    final TestInputTopic<byte[], byte[]> repartition = driver.driver().createInputTopic(
        "stancewatch-" + StanceTopology.TEXT_SIGNALS_BY_STANCE_KEY + "-repartition",
        Serdes.ByteArray().serializer(), Serdes.ByteArray().serializer());

    repartition.pipeInput("fp".getBytes(StandardCharsets.UTF_8), new byte[] {0, 0, 0, 0, 1, (byte) 0xff});
    send(article("a-1", day(0), "stance: ORGX CND MEMBERSHIP AAA OPPOSE"));

    assertThat(alerts.readValuesToList()).extracting(StanceAlert::getNewStance).containsExactly(Stance.OPPOSE);
  }

  // ---- Step 4: replays and naming ----

  @Test
  void shouldGiveSameAlertIdsWhenSameArticlesAreReplayedByAFreshTopology() {
    final List<Article> story = List.of(
        article("a-1", day(0), "stance: ORGX CND MEMBERSHIP AAA OPPOSE"),
        article("a-2", day(1), "stance: ORGX CND CONSENSUS ORGX LACKING ADD HHH"),
        article("a-3", day(2), "stance: ORGX CND MEMBERSHIP AAA SUPPORT"));
    story.forEach(this::send);
    final List<String> firstRun = alerts.readValuesToList().stream().map(StanceAlert::getAlertId).toList();

    final List<String> secondRun;
    try (StanceTestDriver replay = new StanceTestDriver(
        "StanceTopologyTest-replay", new ScriptedStanceExtractor(), Map.of(), T0.plusSeconds(3600))) {
      final TestInputTopic<String, Article> input = replay.articles();
      story.forEach(a -> input.pipeInput(a.getId(), a, a.getPublishedAt()));
      secondRun = replay.alerts().readValuesToList().stream().map(StanceAlert::getAlertId).toList();
    }

    assertThat(firstRun).hasSize(3).doesNotHaveDuplicates();
    assertThat(secondRun).isEqualTo(firstRun);
  }

  @Test
  void shouldNameEveryNodeStoreAndInternalTopicWhenBuilt() {
    send(article("a-1", day(0), "stance: ORGX CND MEMBERSHIP AAA OPPOSE"));

    final String description = StanceTopology.build(Topics.defaults(), driver.config(),
        new ScriptedStanceExtractor()).describe().toString();

    assertThat(description).doesNotContain("KSTREAM-", "KTABLE-");
    assertThat(driver.driver().producedTopicNames()).contains(
        "stancewatch-text-signals-by-stance-key-repartition",
        "stancewatch-seen-article-ids-changelog",
        "stancewatch-seen-texts-per-stance-key-changelog",
        "stancewatch-stance-states-store-changelog");
  }
}
