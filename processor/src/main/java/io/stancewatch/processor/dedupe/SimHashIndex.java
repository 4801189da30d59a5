package io.stancewatch.processor.dedupe;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToLongFunction;
import java.util.function.LongPredicate;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Recognises near-duplicate texts: a text is seen when a remembered text's {@link SimHash} is at
 * most {@code maxDistance} bits away.
 *
 * <p>Finding every SimHash within {@code k} bits without scanning them all: the 64 bits are cut into
 * {@code k + 1} bands, and two SimHashes at most {@code k} bits apart agree on at least one whole
 * band (pigeonhole). Each text is stored once per band under {@code band:bandBits:simHash}; a lookup
 * prefix-scans its own band values and measures the distance of the candidates found.
 *
 * @param <V> the record value
 */
public final class SimHashIndex<V> implements SeenIndex<V> {

  /** The largest distance accepted: 7 bits makes 8 bands of 8 bits, beyond which bands match by chance. */
  public static final int MAX_DISTANCE_LIMIT = 7;

  private static final StringSerializer KEYS = new StringSerializer();

  private final ToLongFunction<V> simHash;
  private final int maxDistance;
  private final int[] bandStarts;

  /**
   * An index of the SimHashes {@code simHash} takes from record values ({@link SimHash#of} of
   * their text, computed where the text is at hand).
   *
   * @param maxDistance the largest Hamming distance that still counts as the same text, 0 to {@value #MAX_DISTANCE_LIMIT}
   */
  public SimHashIndex(final ToLongFunction<V> simHash, final int maxDistance) {
    if (maxDistance < 0 || maxDistance > MAX_DISTANCE_LIMIT) {
      throw new IllegalArgumentException(
          "maxDistance must be 0 to " + MAX_DISTANCE_LIMIT + ", was " + maxDistance);
    }
    this.simHash = simHash;
    this.maxDistance = maxDistance;
    final int bands = maxDistance + 1;
    this.bandStarts = new int[bands + 1];
    for (int band = 0; band <= bands; band++) {
      bandStarts[band] = band * Long.SIZE / bands;
    }
  }

  @Override
  public boolean contains(
      final KeyValueStore<String, Long> store, final Record<String, V> record, final LongPredicate isFresh) {
    final long recordHash = simHash.applyAsLong(record.value());
    for (final String prefix : bandPrefixes(recordHash)) {
      try (KeyValueIterator<String, Long> candidates = store.prefixScan(prefix, KEYS)) {
        while (candidates.hasNext()) {
          final KeyValue<String, Long> candidate = candidates.next();
          final long other = Long.parseUnsignedLong(candidate.key.substring(prefix.length()), 16);
          if (SimHash.distance(recordHash, other) <= maxDistance && isFresh.test(candidate.value)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  @Override
  public void remember(final KeyValueStore<String, Long> store, final Record<String, V> record, final long now) {
    final long recordHash = simHash.applyAsLong(record.value());
    for (final String prefix : bandPrefixes(recordHash)) {
      store.put(prefix + hex(recordHash), now);
    }
  }

  private List<String> bandPrefixes(final long simHash) {
    final List<String> prefixes = new ArrayList<>(bandStarts.length - 1);
    for (int band = 0; band + 1 < bandStarts.length; band++) {
      final int width = bandStarts[band + 1] - bandStarts[band];
      final long bits = simHash >>> bandStarts[band] & (width == Long.SIZE ? -1L : (1L << width) - 1);
      prefixes.add(band + ":" + hex(bits) + ":");
    }
    return prefixes;
  }

  private static String hex(final long value) {
    return String.format(Locale.ROOT, "%016x", value);
  }
}
