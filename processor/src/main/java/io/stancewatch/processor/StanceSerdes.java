package io.stancewatch.processor;

import io.stancewatch.schemas.Article;
import io.stancewatch.schemas.StanceAlert;
import io.stancewatch.schemas.StanceSignal;
import io.stancewatch.schemas.StanceState;
import io.stancewatch.serde.SpecificAvroSerde;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;

/**
 * Every serde the topology uses, built in one place from the serde config ({@code
 * schema.registry.url} and friends; {@code mock://<scope>} in tests). Record values are Avro in
 * the registry's wire format; record keys are Strings.
 */
public final class StanceSerdes {

  private final Serde<Article> article;
  private final Serde<List<StanceSignal>> signals;
  private final Serde<StanceState> state;
  private final Serde<StanceAlert> alert;

  private StanceSerdes(final Map<String, ?> serdeConfig) {
    this.article = SpecificAvroSerde.of(Article.class, serdeConfig, false);
    this.signals = Serdes.ListSerde(
        ArrayList.class, SpecificAvroSerde.of(StanceSignal.class, serdeConfig, false));
    this.state = SpecificAvroSerde.of(StanceState.class, serdeConfig, false);
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

  /** Articles. */
  public Serde<Article> article() {
    return article;
  }

  /** The signals one article carries for one stance key (a list of Avro records). */
  public Serde<List<StanceSignal>> signals() {
    return signals;
  }

  /** The state of a stance key. */
  public Serde<StanceState> state() {
    return state;
  }

  /** Alerts. */
  public Serde<StanceAlert> alert() {
    return alert;
  }
}
