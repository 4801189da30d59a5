package io.stancewatch.processor;

import io.stancewatch.schemas.Article;
import io.stancewatch.schemas.StanceAlert;
import io.stancewatch.schemas.StanceState;
import io.stancewatch.schemas.TextSignals;
import io.stancewatch.serde.SchemaRegistryConfig;
import io.stancewatch.serde.SpecificAvroSerde;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;

/**
 * Every serde the topology uses, built in one place from the serde config ({@code
 * schema.registry.url} and friends; {@code mock://<scope>} in tests). Record values are Avro in
 * the registry's wire format; record keys are Strings.
 *
 * <p>Serdes of the topology's own repartition and changelog topics always register their schemas:
 * those subjects belong to the application and exist nowhere else, so an operator who turns
 * {@code auto.register.schemas} off to govern the public topics must not stop the internal ones.
 */
public final class StanceSerdes {

  private final Serde<Article> article;
  private final Serde<TextSignals> textSignals;
  private final Serde<StanceState> state;
  private final Serde<StanceState> storedState;
  private final Serde<StanceAlert> alert;

  private StanceSerdes(final Map<String, ?> serdeConfig) {
    final Map<String, Object> internalConfig = new HashMap<>(serdeConfig);
    internalConfig.put(SchemaRegistryConfig.AUTO_REGISTER_SCHEMAS, true);
    this.article = SpecificAvroSerde.of(Article.class, serdeConfig, false);
    this.textSignals = SpecificAvroSerde.of(TextSignals.class, internalConfig, false);
    this.state = SpecificAvroSerde.of(StanceState.class, serdeConfig, false);
    this.storedState = SpecificAvroSerde.of(StanceState.class, internalConfig, false);
    this.alert = SpecificAvroSerde.of(StanceAlert.class, serdeConfig, false);
  }

  /** Serdes configured from {@code serdeConfig}. */
  public static StanceSerdes fromConfig(final Map<String, ?> serdeConfig) {
    return new StanceSerdes(serdeConfig);
  }

  /** Record keys: article ids, text fingerprints and stance keys. */
  public Serde<String> key() {
    return Serdes.String();
  }

  /** Raw bytes: the articles topic as read, and the dead-letter topic. */
  public Serde<byte[]> bytes() {
    return Serdes.ByteArray();
  }

  /** Articles on the articles topic. */
  public Serde<Article> article() {
    return article;
  }

  /** Signals of one text with its fingerprints, on the topology's repartition topics (internal). */
  public Serde<TextSignals> textSignals() {
    return textSignals;
  }

  /** The state of a stance key on the states topic. */
  public Serde<StanceState> state() {
    return state;
  }

  /** The state of a stance key in the state store and its changelog. */
  public Serde<StanceState> storedState() {
    return storedState;
  }

  /** Alerts. */
  public Serde<StanceAlert> alert() {
    return alert;
  }
}
