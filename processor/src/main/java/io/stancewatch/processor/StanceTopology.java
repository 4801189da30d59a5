package io.stancewatch.processor;

import io.stancewatch.processor.dedupe.FirstSeenFilter;
import io.stancewatch.processor.dedupe.SimHashIndex;
import io.stancewatch.processor.dedupe.TextFingerprint;
import io.stancewatch.processor.dlq.Attempt;
import io.stancewatch.processor.dlq.DeadLetterWriter;
import io.stancewatch.processor.extract.StanceExtractor;
import io.stancewatch.processor.state.StanceStateProcessor;
import io.stancewatch.processor.state.StanceUpdate;
import io.stancewatch.schemas.Article;
import io.stancewatch.schemas.StanceSignal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;

/**
 * The StanceWatch topology, exactly-once (v2):
 *
 * <pre>
 * articles (bytes, keyed by article id)
 *   -&gt; decode + validate ---------------------------------------&gt; articles.dlq (deserialize|validate)
 *   -&gt; dedupe by article id            [store seen-article-ids]
 *   -&gt; re-key by text fingerprint, repartition "articles-by-fingerprint"
 *   -&gt; dedupe by text                  [store seen-text-fingerprints]
 *   (-&gt; near-duplicate texts, optional: one partition "articles-for-near-dedupe" [store seen-text-simhashes])
 *   -&gt; extract signals ------------------------------------------&gt; articles.dlq (extract)
 *   -&gt; sort by statement time, group by stance key ORG:CANDIDATE:DIMENSION:ACTOR
 *   -&gt; repartition "signals-by-stance-key"
 *   -&gt; apply the stance rules          [store stance-states-store]
 *   -&gt; stance-alerts (events) and stance-states (compacted, one per key)
 * </pre>
 *
 * <p>Every node, store and repartition topic has an explicit name, so the changelog and
 * repartition topics stay put when the topology changes. The builder is pure: no broker or registry
 * address, only topic names, the serde config and the extractor.
 */
public final class StanceTopology {

  /** Article ids seen, with the wall-clock time first seen. */
  public static final String SEEN_ARTICLE_IDS_STORE = "seen-article-ids";
  /** Text fingerprints seen, with the wall-clock time first seen. */
  public static final String SEEN_TEXT_FINGERPRINTS_STORE = "seen-text-fingerprints";
  /** Text SimHashes seen, by band, with the wall-clock time first seen (near-duplicate option). */
  public static final String SEEN_TEXT_SIMHASHES_STORE = "seen-text-simhashes";
  /** The state of every stance key. */
  public static final String STANCE_STATES_STORE = "stance-states-store";
  /** Repartition of articles by text fingerprint (the topic is {@code <app id>-<name>-repartition}). */
  public static final String ARTICLES_BY_FINGERPRINT = "articles-by-fingerprint";
  /** Single-partition repartition of articles for near-duplicate detection (when enabled). */
  public static final String ARTICLES_FOR_NEAR_DEDUPE = "articles-for-near-dedupe";
  /** Repartition of signal groups by stance key. */
  public static final String SIGNALS_BY_STANCE_KEY = "signals-by-stance-key";

  private StanceTopology() {}

  /** The topology with {@link TopologyOptions#defaults()}. */
  public static Topology build(
      final Topics topics, final Map<String, ?> serdeConfig, final StanceExtractor extractor) {
    return build(topics, serdeConfig, extractor, TopologyOptions.defaults());
  }

  /**
   * The topology.
   *
   * @param topics the topic names
   * @param serdeConfig the serde (registry) configuration, usually the whole application config;
   *     also passed to {@link StreamsBuilder#build(Properties)} for topology optimization
   * @param extractor reads stance signals from an article; called from every stream thread
   * @param options dedupe retention, size limit and state bounds
   */
  public static Topology build(
      final Topics topics,
      final Map<String, ?> serdeConfig,
      final StanceExtractor extractor,
      final TopologyOptions options) {
    Objects.requireNonNull(topics, "topics");
    Objects.requireNonNull(extractor, "extractor");
    Objects.requireNonNull(options, "options");
    final StanceSerdes serdes = StanceSerdes.fromConfig(serdeConfig);
    final ArticleValidator validator = new ArticleValidator(options.maxBodyBytes());
    final StreamsBuilder builder = new StreamsBuilder();

    // Read bytes, not Articles: a record that does not deserialize must reach the DLQ with its
    // original bytes and the processing must go on, which a source deserializer cannot do.
    final Map<String, KStream<String, Attempt<Article>>> decoded = builder
        .stream(topics.articles(), Consumed.with(serdes.bytes(), serdes.bytes()).withName("articles-source"))
        .process(() -> new ArticleDecoder(serdes.article().deserializer(), validator), Named.as("decode-article"))
        .split(Named.as("article-"))
        .branch((id, attempt) -> attempt.isFailed(), Branched.as("invalid"))
        .defaultBranch(Branched.as("valid"));
    writeDeadLetters(decoded.get("article-invalid"), "undecodable-article", topics, serdes);

    // Articles are keyed by id, so every copy of an id meets in one partition: no repartition.
    final KStream<String, Article> uniqueTexts = decoded.get("article-valid")
        .mapValues(Attempt::value, Named.as("article-of-attempt"))
        .process(FirstSeenFilter.<Article>supplier(SEEN_ARTICLE_IDS_STORE,
            options.dedupeRetention(), options.dedupePurgeInterval()), Named.as("dedupe-by-article-id"))
        // The same text under another id (a syndicated copy) must meet its twin: key by fingerprint.
        .selectKey((id, article) -> TextFingerprint.of(article.getBody()), Named.as("key-by-text-fingerprint"))
        .repartition(Repartitioned.<String, Article>as(ARTICLES_BY_FINGERPRINT)
            .withKeySerde(serdes.key()).withValueSerde(serdes.internalArticle()))
        .process(FirstSeenFilter.<Article>supplier(SEEN_TEXT_FINGERPRINTS_STORE,
            options.dedupeRetention(), options.dedupePurgeInterval()), Named.as("dedupe-by-text"));

    final Map<String, KStream<String, Attempt<List<StanceSignal>>>> extracted =
        withoutNearDuplicates(uniqueTexts, options, serdes)
            .process(() -> new SignalExtraction(extractor, serdes.article().serializer(), topics.articles()),
                Named.as("extract-signals"))
            .split(Named.as("extraction-"))
            .branch((fingerprint, attempt) -> attempt.isFailed(), Branched.as("failed"))
            .defaultBranch(Branched.as("succeeded"));
    writeDeadLetters(extracted.get("extraction-failed"), "unextractable-article", topics, serdes);

    final KStream<String, StanceUpdate> updates = extracted.get("extraction-succeeded")
        // Sorted by statement time so a recalled older statement is applied before the new one.
        .flatMap(new SignalsByStanceKey(), Named.as("group-signals-by-stance-key"))
        .repartition(Repartitioned.<String, List<StanceSignal>>as(SIGNALS_BY_STANCE_KEY)
            .withKeySerde(serdes.key()).withValueSerde(serdes.signals()))
        .process(StanceStateProcessor.supplier(STANCE_STATES_STORE, serdes.storedState(), options.stateMachine()),
            Named.as("apply-stance-rules"));

    updates
        .flatMapValues(StanceUpdate::alerts, Named.as("alerts-of-update"))
        .to(topics.alerts(), Produced.with(serdes.key(), serdes.alert()).withName("stance-alerts-sink"));
    updates
        .mapValues(StanceUpdate::state, Named.as("state-of-update"))
        .to(topics.states(), Produced.with(serdes.key(), serdes.state()).withName("stance-states-sink"));

    final Properties config = new Properties();
    config.putAll(serdeConfig);
    return builder.build(config);
  }

  /**
   * Drops copies whose text is nearly the same as one seen within the retention ({@link
   * SimHashIndex}), when {@link TopologyOptions#nearDuplicateMaxDistance()} is set. Near twins have
   * no common key to partition by, so this step runs on a single partition.
   */
  private static KStream<String, Article> withoutNearDuplicates(
      final KStream<String, Article> articles, final TopologyOptions options, final StanceSerdes serdes) {
    if (options.nearDuplicateMaxDistance().isEmpty()) {
      return articles;
    }
    return articles
        .repartition(Repartitioned.<String, Article>as(ARTICLES_FOR_NEAR_DEDUPE)
            .withKeySerde(serdes.key()).withValueSerde(serdes.internalArticle()).withNumberOfPartitions(1))
        .process(FirstSeenFilter.supplier(SEEN_TEXT_SIMHASHES_STORE,
                new SimHashIndex<>(Article::getBody, options.nearDuplicateMaxDistance().getAsInt()),
                options.dedupeRetention(), options.dedupePurgeInterval()),
            Named.as("dedupe-by-near-text"));
  }

  private static <T> void writeDeadLetters(
      final KStream<String, Attempt<T>> failed,
      final String what,
      final Topics topics,
      final StanceSerdes serdes) {
    failed
        .mapValues(Attempt::deadLetter, Named.as("dead-letter-of-" + what))
        .process(DeadLetterWriter::new, Named.as("write-dead-letter-" + what))
        .to(topics.articlesDlq(),
            Produced.with(serdes.bytes(), serdes.bytes()).withName("articles-dlq-sink-" + what));
  }
}
