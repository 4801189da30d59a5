package io.stancewatch.processor.extract;

/** A rules or lexicon file that cannot be used; the message names the file and the entry. */
public final class InvalidRulesException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  InvalidRulesException(String message) {
    super(message);
  }

  InvalidRulesException(String message, Throwable cause) {
    super(message, cause);
  }
}
