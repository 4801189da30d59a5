package io.stancewatch.processor.dlq;

import java.util.Locale;

/** Where a record failed; written to the {@code dlq.stage} header in lower case. */
public enum DeadLetterStage {
  /** The bytes are not an Article in the registry's wire format. */
  DESERIALIZE,
  /** The Article is readable but unusable (no id, empty or oversized body, control characters). */
  VALIDATE,
  /** The extractor threw or returned a signal that cannot be applied. */
  EXTRACT,
  /** An unexpected error anywhere else, caught by the exception-handler safety net. */
  PROCESS;

  /** The header value, e.g. {@code deserialize}. */
  public String headerValue() {
    return name().toLowerCase(Locale.ROOT);
  }
}
