package io.stancewatch.processor;

import io.stancewatch.processor.dedupe.FirstSeenFilter;
import io.stancewatch.processor.dedupe.SimHashIndex;
import io.stancewatch.processor.state.StanceStateMachine;
import java.time.Duration;
import java.util.Map;
import java.util.OptionalInt;

/**
 * The topology's tunables, with defaults, each overridable from configuration.
 *
 * @param dedupeRetention how long article ids and text fingerprints are remembered
 * @param dedupePurgeInterval how often forgotten ids and fingerprints are purged
 * @param maxBodyBytes the largest article body accepted, in UTF-8 bytes
 * @param maxEvidence evidence kept per state
 * @param maxSources sources kept per state
 * @param nearDuplicateMaxDistance when present, articles whose texts' SimHashes are at most this
 *     many bits apart are dropped as copies; empty (the default) turns near-duplicate detection off
 */
public record TopologyOptions(
    Duration dedupeRetention,
    Duration dedupePurgeInterval,
    int maxBodyBytes,
    int maxEvidence,
    int maxSources,
    OptionalInt nearDuplicateMaxDistance) {

  /** Config key for {@link #dedupeRetention()}, in milliseconds. */
  public static final String DEDUPE_RETENTION_MS_CONFIG = "stancewatch.dedupe.retention.ms";
  /** Config key for {@link #dedupePurgeInterval()}, in milliseconds. */
  public static final String DEDUPE_PURGE_INTERVAL_MS_CONFIG = "stancewatch.dedupe.purge.interval.ms";
  /** Config key for {@link #maxBodyBytes()}. */
  public static final String MAX_BODY_BYTES_CONFIG = "stancewatch.article.max.body.bytes";
  /** Config key for {@link #maxEvidence()}. */
  public static final String MAX_EVIDENCE_CONFIG = "stancewatch.state.max.evidence";
  /** Config key for {@link #maxSources()}. */
  public static final String MAX_SOURCES_CONFIG = "stancewatch.state.max.sources";

  /**
   * Config key for {@link #nearDuplicateMaxDistance()}, 0 to {@value SimHashIndex#MAX_DISTANCE_LIMIT};
   * unset, near-duplicate detection is off. On, every article passes one partition (near twins must
   * meet in one task), which caps the throughput of that step at one thread.
   */
  public static final String NEAR_DUPLICATE_MAX_DISTANCE_CONFIG = "stancewatch.dedupe.near.max.distance";

  /** 7 days, hourly purge, 1 MB bodies, and the state machine's default bounds. */
  public static TopologyOptions defaults() {
    return fromConfig(Map.of());
  }

  /**
   * The defaults with each value the config sets replaced.
   *
   * @throws IllegalArgumentException naming the key whose value is not a positive number
   */
  public static TopologyOptions fromConfig(final Map<?, ?> config) {
    return new TopologyOptions(
        Duration.ofMillis(positive(config, DEDUPE_RETENTION_MS_CONFIG,
            FirstSeenFilter.DEFAULT_RETENTION.toMillis())),
        Duration.ofMillis(positive(config, DEDUPE_PURGE_INTERVAL_MS_CONFIG,
            FirstSeenFilter.DEFAULT_PURGE_INTERVAL.toMillis())),
        (int) positive(config, MAX_BODY_BYTES_CONFIG, ArticleValidator.DEFAULT_MAX_BODY_BYTES),
        (int) positive(config, MAX_EVIDENCE_CONFIG, StanceStateMachine.DEFAULT_MAX_EVIDENCE),
        (int) positive(config, MAX_SOURCES_CONFIG, StanceStateMachine.DEFAULT_MAX_SOURCES),
        nearDuplicateDistance(config));
  }

  private static OptionalInt nearDuplicateDistance(final Map<?, ?> config) {
    final Object value = config.get(NEAR_DUPLICATE_MAX_DISTANCE_CONFIG);
    if (value == null || value.toString().isBlank()) {
      return OptionalInt.empty();
    }
    try {
      final int distance = Integer.parseInt(value.toString().strip());
      if (distance >= 0 && distance <= SimHashIndex.MAX_DISTANCE_LIMIT) {
        return OptionalInt.of(distance);
      }
    } catch (final NumberFormatException e) {
      // reported below, with the accepted range
    }
    throw new IllegalArgumentException(NEAR_DUPLICATE_MAX_DISTANCE_CONFIG + " must be 0 to "
        + SimHashIndex.MAX_DISTANCE_LIMIT + ", was '" + value + "'");
  }

  /** The state machine these bounds describe. */
  public StanceStateMachine stateMachine() {
    return new StanceStateMachine(maxEvidence, maxSources);
  }

  private static long positive(final Map<?, ?> config, final String key, final long fallback) {
    final Object value = config.get(key);
    if (value == null) {
      return fallback;
    }
    final long parsed;
    try {
      parsed = Long.parseLong(value.toString().strip());
    } catch (final NumberFormatException e) {
      throw new IllegalArgumentException(key + " '" + value + "' is not a number", e);
    }
    if (parsed <= 0 || parsed > Integer.MAX_VALUE && !key.endsWith(".ms")) {
      throw new IllegalArgumentException(key + " must be a positive number, was " + value);
    }
    return parsed;
  }
}
