package io.stancewatch.processor.dedupe;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.ProcessorSupplier;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Passes a record on only the first time it is seen within the retention: the dedupe step, by
 * article id, by text fingerprint, or by near-identical text, as its {@link SeenIndex} says.
 *
 * <p>The store maps each index key to the wall-clock time it was first seen. Time is wall-clock, not
 * stream time, on purpose: duplicates come from re-delivery and re-ingestion, which happen in
 * operating time, while record timestamps may be publication times of any age (a backfill of last
 * year's news); and stream time stands still on an idle partition, so a stream-time purge would
 * never run there. An entry counts as expired from exactly {@code retention} after it was first
 * seen, whether or not the purge (every {@code purgeInterval}) has removed it yet, so both edges of
 * the window are exact.
 *
 * @param <V> the record value, passed through unchanged
 */
public final class FirstSeenFilter<V> implements Processor<String, V, String, V> {

  /** How long a key is remembered unless configured otherwise. */
  public static final Duration DEFAULT_RETENTION = Duration.ofDays(7);
  /** How often expired keys are purged unless configured otherwise. */
  public static final Duration DEFAULT_PURGE_INTERVAL = Duration.ofHours(1);

  private static final Logger LOG = LoggerFactory.getLogger(FirstSeenFilter.class);

  private final String storeName;
  private final SeenIndex<V> index;
  private final Duration retention;
  private final Duration purgeInterval;
  private ProcessorContext<String, V> context;
  private KeyValueStore<String, Long> firstSeen;

  private FirstSeenFilter(
      final String storeName, final SeenIndex<V> index, final Duration retention, final Duration purgeInterval) {
    this.storeName = storeName;
    this.index = index;
    this.retention = retention;
    this.purgeInterval = purgeInterval;
  }

  /**
   * A supplier of filters that remember keys in the persistent store {@code storeName} (created and
   * connected by the supplier, changelogged, not cached: each key is written once).
   */
  public static <V> ProcessorSupplier<String, V, String, V> supplier(
      final String storeName, final Duration retention, final Duration purgeInterval) {
    return supplier(storeName, SeenIndex.byRecordKey(), retention, purgeInterval);
  }

  /** A supplier like {@link #supplier(String, Duration, Duration)} that recognises records by {@code index}. */
  public static <V> ProcessorSupplier<String, V, String, V> supplier(
      final String storeName, final SeenIndex<V> index, final Duration retention, final Duration purgeInterval) {
    Objects.requireNonNull(storeName, "storeName");
    Objects.requireNonNull(index, "index");
    requirePositive("retention", retention);
    requirePositive("purgeInterval", purgeInterval);
    return new ProcessorSupplier<>() {
      @Override
      public Processor<String, V, String, V> get() {
        return new FirstSeenFilter<>(storeName, index, retention, purgeInterval);
      }

      @Override
      public Set<StoreBuilder<?>> stores() {
        return Set.of(Stores.keyValueStoreBuilder(
                Stores.persistentKeyValueStore(storeName), Serdes.String(), Serdes.Long())
            .withCachingDisabled());
      }
    };
  }

  @Override
  public void init(final ProcessorContext<String, V> context) {
    this.context = context;
    this.firstSeen = context.getStateStore(storeName);
    context.schedule(purgeInterval, PunctuationType.WALL_CLOCK_TIME, this::purgeExpired);
  }

  @Override
  public void process(final Record<String, V> record) {
    final long now = context.currentSystemTimeMs();
    if (index.contains(firstSeen, record, seenAt -> !isExpired(seenAt, now))) {
      LOG.debug("Dropping {}: seen within {} in {}", record.key(), retention, storeName);
      return;
    }
    index.remember(firstSeen, record, now);
    context.forward(record);
  }

  private boolean isExpired(final long seenAt, final long now) {
    return now - seenAt >= retention.toMillis();
  }

  private void purgeExpired(final long now) {
    final List<String> expired = new ArrayList<>();
    try (KeyValueIterator<String, Long> all = firstSeen.all()) {
      while (all.hasNext()) {
        final KeyValue<String, Long> entry = all.next();
        if (isExpired(entry.value, now)) {
          expired.add(entry.key);
        }
      }
    }
    expired.forEach(firstSeen::delete);
    LOG.debug("Purged {} keys older than {} from {}", expired.size(), retention, storeName);
  }

  private static void requirePositive(final String name, final Duration value) {
    if (value == null || value.isNegative() || value.isZero()) {
      throw new IllegalArgumentException(name + " must be positive, was " + value);
    }
  }
}
