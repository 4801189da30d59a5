package io.stancewatch.processor.state;

import io.stancewatch.processor.Sha256;
import io.stancewatch.schemas.Stance;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Collection;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Deterministic alert ids: a name-based UUID (RFC 9562 version 8, built from SHA-256) of the key
 * and the new state (stance, sorted holdouts, statement time). Replaying the same articles yields
 * the same ids, so consumers can drop alerts they have already seen.
 */
public final class AlertIds {

  private AlertIds() {}

  /** The id of the alert that moves {@code key} to the given state. */
  public static String of(
      final StanceKey key,
      final Stance stance,
      final Collection<String> holdouts,
      final Instant statedAt) {
    final String name =
        key + "|" + stance + "|" + String.join(",", new TreeSet<>(holdouts)) + "|"
            + statedAt.toEpochMilli();
    final ByteBuffer hash = ByteBuffer.wrap(Sha256.of(name));
    long high = hash.getLong();
    long low = hash.getLong();
    high = (high & ~0xF000L) | 0x8000L; // version 8: custom, name-based
    low = (low & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L; // IETF variant
    return new UUID(high, low).toString();
  }
}
