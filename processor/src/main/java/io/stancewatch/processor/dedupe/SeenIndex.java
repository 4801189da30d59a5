package io.stancewatch.processor.dedupe;

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

  /** An index of exact record keys: an article id, a text fingerprint. */
  static <V> SeenIndex<V> byRecordKey() {
    return new SeenIndex<>() {
      @Override
      public boolean contains(
          final KeyValueStore<String, Long> store, final Record<String, V> record, final LongPredicate isFresh) {
        final Long seenAt = store.get(record.key());
        return seenAt != null && isFresh.test(seenAt);
      }

      @Override
      public void remember(final KeyValueStore<String, Long> store, final Record<String, V> record, final long now) {
        store.put(record.key(), now);
      }
    };
  }
}
