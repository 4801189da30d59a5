package io.stancewatch.processor;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** SHA-256 of text, for ids that must come out the same on every run and every machine. */
public final class Sha256 {

  private Sha256() {}

  /** The SHA-256 digest of the UTF-8 bytes of {@code text}. */
  public static byte[] of(final String text) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (final NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
