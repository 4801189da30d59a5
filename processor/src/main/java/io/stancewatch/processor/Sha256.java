package io.stancewatch.processor;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** SHA-256 of text, for ids that must come out the same on every run and every machine. */
public final class Sha256 {

  private Sha256() {}

  /** The SHA-256 digest of the UTF-8 bytes of {@code text}. */
  public static byte[] of(final String text) {
    final byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
    return of(utf8, utf8.length);
  }

  /** The SHA-256 digest of the first {@code length} bytes of {@code bytes}. */
  public static byte[] of(final byte[] bytes, final int length) {
    try {
      final MessageDigest digest = MessageDigest.getInstance("SHA-256");
      digest.update(bytes, 0, length);
      return digest.digest();
    } catch (final NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
