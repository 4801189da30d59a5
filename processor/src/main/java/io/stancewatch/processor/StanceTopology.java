package io.stancewatch.processor;

import io.stancewatch.processor.dedupe.FirstSeenFilter;
import io.stancewatch.processor.dedupe.SeenIndex;
import io.stancewatch.processor.dedupe.SimHashIndex;
import io.stancewatch.processor.dlq.Attempt;
import io.stancewatch.processor.dlq.DeadLetterWriter;
import io.stancewatch.processor.extract.StanceExtractor;
import io.stancewatch.processor.state.StanceStateProcessor;
import io.stancewatch.processor.state.StanceUpdate;
import io.stancewatch.schemas.TextSignals;
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
 * The StanceWatch topology, exactly-once (v2), in two sub-topologies joined by one repartition:
 *
 * <pre>
 * articles (bytes, keyed by article id)
 *   -&gt; decode + validate ---------------------------------------&gt; articles.dlq (deserialize|validate)
 *   -&gt; dedupe by article id            [store seen-article-ids]
 *   -&gt; extract signals ------------------------------------------&gt; articles.dlq (extract, original bytes)
 *   -&gt; drop articles without signals
 *   -&gt; fingerprint the text; keep only signals + fingerprint (TextSignals)
 *   (-&gt; near-duplicate texts, optional: one partition "text-signals-for-near-dedupe" [store seen-text-simhashes])
 *   -&gt; sort by statement time, group by stance key ORG:CANDIDATE:DIMENSION:ACTOR
 *   -&gt; repartition "text-signals-by-stance-key"
 *   -&gt; dedupe by text, per stance key  [store seen-texts-per-stance-key]
 *   -&gt; apply the stance rules          [store stance-states-store]
 *   -&gt; stance-alerts (events) and stance-states (compacted, one per key)
 * </pre>
 *
 * <p>Why this shape: an article is read, deduped by id and extracted where it arrives (the articles
 * topic is keyed by id, so copies of an id meet there), and only its small signals cross the broker
 * again. Copies of one text under other ids are dropped at each stance key they speak about: every
 * copy's signals for a key meet in that key's partition, so the text dedupe needs no hop of its own,
 * and an alert waits for two transaction commits, not three (processor/TOPOLOGY.md).
 *
 * <p>Every node, store and repartition topic has an explicit name, so the changelog and
 * repartition topics stay put when the topology changes. The builder is pure: no broker or registry
 * address, only topic names, the serde config and the extractor.
 */
public final class StanceTopology {

  /** Article ids seen, with the wall-clock time first seen. */
  public static final String SEEN_ARTICLE_IDS_STORE = "seen-article-ids";
  /** Pairs of stance key and text fingerprint seen, with the wall-clock time first seen. */
  public static final String SEEN_TEXTS_PER_STANCE_KEY_STORE = "seen-texts-per-stance-key";
  /** Text SimHashes seen, by band, with the wall-clock time first seen (near-duplicate option). */
  public static final String SEEN_TEXT_SIMHASHES_STORE = "seen-text-simhashes";
  /** The state of every stance key. */
  public static final String STANCE_STATES_STORE = "stance-states-store";
  /** Repartition of each text's signals by stance key (the topic is {@code <app id>-<name>-repartition}). */
  public static final String TEXT_SIGNALS_BY_STANCE_KEY = "text-signals-by-stance-key";
  /** Single-partition repartition of each text's signals for near-duplicate detection (when enabled). */
  public static final String TEXT_SIGNALS_FOR_NEAR_DEDUPE = "text-signals-for-near-dedupe";

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
    final Map<String, KStream<String, Attempt<ReceivedArticle>>> decoded = builder
        .stream(topics.articles(), Consumed.with(serdes.bytes(), serdes.bytes()).withName("articles-source"))
        .process(() -> new ArticleDecoder(serdes.article().deserializer(), validator), Named.as("decode-article"))
        .split(Named.as("article-"))
        .branch((id, attempt) -> attempt.isFailed(), Branched.as("invalid"))
        .defaultBranch(Branched.as("valid"));
    writeDeadLetters(decoded.get("article-invalid"), "undecodable-article", topics, serdes);

    // Articles are keyed by id, so every copy of an id meets in one partition: no repartition, and
    // the extraction runs where the article was read.
    final Map<String, KStream<String, Attempt<ExtractedArticle>>> extracted = decoded.get("article-valid")
        .mapValues(Attempt::value, Named.as("article-of-attempt"))
        .process(FirstSeenFilter.<ReceivedArticle>supplier(SEEN_ARTICLE_IDS_STORE,
            options.dedupeRetention(), options.dedupePurgeInterval()), Named.as("dedupe-by-article-id"))
        .process(() -> new SignalExtraction(extractor), Named.as("extract-signals"))
        .split(Named.as("extraction-"))
        .branch((id, attempt) -> attempt.isFailed(), Branched.as("failed"))
        .defaultBranch(Branched.as("succeeded"));
    writeDeadLetters(extracted.get("extraction-failed"), "unextractable-article", topics, serdes);

    final KStream<String, TextSignals> textSignals = extracted.get("extraction-succeeded")
        .mapValues(Attempt::value, Named.as("extracted-article-of-attempt"))
        // An article without signals tells no stance key anything, and neither does a copy of its text.
        .filter((id, article) -> article.hasSignals(), Named.as("drop-articles-without-signals"))
        .mapValues(new TextSignalsOfArticle(options.nearDuplicateMaxDistance().isPresent()),
            Named.as("fingerprint-text"));

    final KStream<String, StanceUpdate> updates = withoutNearDuplicates(textSignals, options, serdes)
        // Sorted by statement time so a recalled older statement is applied before the new one.
        .flatMap(new SignalsByStanceKey(), Named.as("group-signals-by-stance-key"))
        .repartition(Repartitioned.<String, TextSignals>as(TEXT_SIGNALS_BY_STANCE_KEY)
            .withKeySerde(serdes.key()).withValueSerde(serdes.textSignals()))
        // Every copy of a text sends its signals for a key to this key's partition: the first one wins.
        .process(FirstSeenFilter.supplier(SEEN_TEXTS_PER_STANCE_KEY_STORE,
                SeenIndex.byRecordKeyAnd(TextSignals::getTextFingerprint),
                options.dedupeRetention(), options.dedupePurgeInterval()),
            Named.as("dedupe-by-text-per-stance-key"))
        .mapValues(TextSignals::getSignals, Named.as("signals-of-text"))
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
   * Drops texts that are nearly the same as one seen within the retention ({@link SimHashIndex}),
   * when {@link TopologyOptions#nearDuplicateMaxDistance()} is set. Near twins have no common key to
   * partition by, so this step runs on a single partition; only texts with signals pass it, as
   * their signals and fingerprints, not whole articles.
   */
  private static KStream<String, TextSignals> withoutNearDuplicates(
      final KStream<String, TextSignals> texts, final TopologyOptions options, final StanceSerdes serdes) {
    if (options.nearDuplicateMaxDistance().isEmpty()) {
      return texts;
    }
    return texts
        .repartition(Repartitioned.<String, TextSignals>as(TEXT_SIGNALS_FOR_NEAR_DEDUPE)
            .withKeySerde(serdes.key()).withValueSerde(serdes.textSignals()).withNumberOfPartitions(1))
        .process(FirstSeenFilter.supplier(SEEN_TEXT_SIMHASHES_STORE,
                new SimHashIndex<TextSignals>(TextSignals::getTextSimHash,
                    options.nearDuplicateMaxDistance().getAsInt()),
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
