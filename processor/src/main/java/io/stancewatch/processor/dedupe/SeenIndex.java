package io.stancewatch.processor.dedupe;

import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.LongPredicate;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * How a dedupe step remembers a record and recognises it, or something close enough to it, later.
 * Entries map a store key to the wall-clock time it was first seen.
 *
 * @param <V> the record value
 */
public interface SeenIndex<V> {

  /** Whether the store holds a fresh entry for this record (or, for a near index, a near twin). */
  boolean contains(KeyValueStore<String, Long> store, Record<String, V> record, LongPredicate isFresh);

  /** Remembers the record as first seen at {@code now}. */
  void remember(KeyValueStore<String, Long> store, Record<String, V> record, long now);

  /** An index of exact record keys: an article id. */
  static <V> SeenIndex<V> byRecordKey() {
    return exact((key, value) -> key);
  }

  /**
   * An index of exact pairs of the record key and a part of the value, stored as {@code
   * key|part}: a text fingerprint per stance key.
   */
  static <V> SeenIndex<V> byRecordKeyAnd(final Function<V, String> part) {
    return exact((key, value) -> key + '|' + part.apply(value));
  }

  /** An index of the exact store keys {@code storeKey} makes of a record's key and value. */
  private static <V> SeenIndex<V> exact(final BiFunction<String, V, String> storeKey) {
    return new SeenIndex<>() {
      @Override
      public boolean contains(
          final KeyValueStore<String, Long> store, final Record<String, V> record, final LongPredicate isFresh) {
        final Long seenAt = store.get(storeKey.apply(record.key(), record.value()));
        return seenAt != null && isFresh.test(seenAt);
      }

      @Override
      public void remember(final KeyValueStore<String, Long> store, final Record<String, V> record, final long now) {
        store.put(storeKey.apply(record.key(), record.value()), now);
      }
    };
  }
}
