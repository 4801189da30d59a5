package io.stancewatch.processor;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The topic names the topology reads and writes: an immutable value with the team's defaults,
 * each overridable from configuration ({@code stancewatch.topic.articles} and so on).
 *
 * @param articles Avro articles keyed by article id (input)
 * @param articlesDlq records that could not be processed, original bytes plus error headers
 * @param alerts stance changes keyed {@code ORG:CANDIDATE:DIMENSION:ACTOR}
 * @param states the current state per key; compacted
 */
public record Topics(String articles, String articlesDlq, String alerts, String states) {

  /** Config key overriding {@link #articles()}. */
  public static final String ARTICLES_CONFIG = "stancewatch.topic.articles";
  /** Config key overriding {@link #articlesDlq()}. */
  public static final String ARTICLES_DLQ_CONFIG = "stancewatch.topic.articles.dlq";
  /** Config key overriding {@link #alerts()}. */
  public static final String ALERTS_CONFIG = "stancewatch.topic.alerts";
  /** Config key overriding {@link #states()}. */
  public static final String STATES_CONFIG = "stancewatch.topic.states";

  private static final Pattern LEGAL_TOPIC = Pattern.compile("[a-zA-Z0-9._-]{1,249}");
  private static final Topics DEFAULTS =
      new Topics("articles", "articles.dlq", "stance-alerts", "stance-states");

  /** Checks that every name is a legal Kafka topic name and that the four differ. */
  public Topics {
    requireLegal(ARTICLES_CONFIG, articles);
    requireLegal(ARTICLES_DLQ_CONFIG, articlesDlq);
    requireLegal(ALERTS_CONFIG, alerts);
    requireLegal(STATES_CONFIG, states);
    if (new HashSet<>(List.of(articles, articlesDlq, alerts, states)).size() != 4) {
      throw new IllegalArgumentException("topic names must differ, got articles=" + articles
          + ", articles.dlq=" + articlesDlq + ", alerts=" + alerts + ", states=" + states);
    }
  }

  /** {@code articles}, {@code articles.dlq}, {@code stance-alerts}, {@code stance-states}. */
  public static Topics defaults() {
    return DEFAULTS;
  }

  /** The defaults, with each name the config sets replaced. */
  public static Topics fromConfig(final Map<?, ?> config) {
    return new Topics(
        value(config, ARTICLES_CONFIG, DEFAULTS.articles),
        value(config, ARTICLES_DLQ_CONFIG, DEFAULTS.articlesDlq),
        value(config, ALERTS_CONFIG, DEFAULTS.alerts),
        value(config, STATES_CONFIG, DEFAULTS.states));
  }

  private static String value(final Map<?, ?> config, final String key, final String fallback) {
    final Object value = config.get(key);
    return value == null ? fallback : value.toString().strip();
  }

  private static void requireLegal(final String key, final String name) {
    if (name == null || !LEGAL_TOPIC.matcher(name).matches() || name.equals(".") || name.equals("..")) {
      throw new IllegalArgumentException(key + " '" + name
          + "' is not a legal topic name (1-249 of a-z A-Z 0-9 . _ -)");
    }
  }
}
