package io.stancewatch.processor.state;

import io.stancewatch.schemas.Stance;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
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
    final ByteBuffer hash = ByteBuffer.wrap(sha256(name.getBytes(StandardCharsets.UTF_8)));
    long high = hash.getLong();
    long low = hash.getLong();
    high = (high & ~0xF000L) | 0x8000L; // version 8: custom, name-based
    low = (low & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L; // IETF variant
    return new UUID(high, low).toString();
  }

  private static byte[] sha256(final byte[] bytes) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (final NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
