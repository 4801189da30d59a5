package io.stancewatch.processor.dlq;

import java.util.Objects;

/**
 * The result of a step that may fail on bad input: a value, or the dead letter that says why
 * there is none. The topology splits a stream of attempts into its values and its dead letters
 * (never serialized: attempts only pass between processors of one sub-topology).
 *
 * @param <T> the value type
 */
public final class Attempt<T> {

  private final T value;
  private final DeadLetter deadLetter;

  private Attempt(final T value, final DeadLetter deadLetter) {
    this.value = value;
    this.deadLetter = deadLetter;
  }

  /** A successful attempt. */
  public static <T> Attempt<T> succeeded(final T value) {
    return new Attempt<>(Objects.requireNonNull(value, "value"), null);
  }

  /** A failed attempt. */
  public static <T> Attempt<T> failed(final DeadLetter deadLetter) {
    return new Attempt<>(null, Objects.requireNonNull(deadLetter, "deadLetter"));
  }

  /** Whether this attempt failed. */
  public boolean isFailed() {
    return deadLetter != null;
  }

  /** The value of a successful attempt. */
  public T value() {
    if (isFailed()) {
      throw new IllegalStateException("failed attempt has no value: " + deadLetter.errorMessage());
    }
    return value;
  }

  /** The dead letter of a failed attempt. */
  public DeadLetter deadLetter() {
    if (!isFailed()) {
      throw new IllegalStateException("successful attempt has no dead letter");
    }
    return deadLetter;
  }
}
