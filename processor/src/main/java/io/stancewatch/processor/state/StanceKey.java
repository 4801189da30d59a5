package io.stancewatch.processor.state;

import io.stancewatch.schemas.Dimension;
import io.stancewatch.schemas.StanceAlert;
import io.stancewatch.schemas.StanceSignal;
import io.stancewatch.schemas.StanceState;
import java.util.Objects;

/**
 * The key a stance is tracked under: who ({@code actor}) says what about {@code candidate} joining
 * {@code organization}, on one {@code dimension}.
 *
 * <p>On the wire (record keys of the repartition, alert and state topics) it is the String {@code
 * ORG:CANDIDATE:DIMENSION:ACTOR}, e.g. {@code NATO:UKR:MEMBERSHIP:HUN}: string keys keep
 * compaction stable across schema evolution.
 */
public record StanceKey(String organization, String candidate, Dimension dimension, String actor) {

  private static final String SEPARATOR = ":";

  /** Checks that every part is present and cannot be confused with the separator. */
  public StanceKey {
    requirePart("organization", organization);
    requirePart("candidate", candidate);
    Objects.requireNonNull(dimension, "dimension");
    requirePart("actor", actor);
  }

  /** The key a signal applies to. */
  public static StanceKey of(final StanceSignal signal) {
    return new StanceKey(
        signal.getOrganization(), signal.getCandidate(), signal.getDimension(), signal.getActor());
  }

  /** The key a state belongs to. */
  public static StanceKey of(final StanceState state) {
    return new StanceKey(
        state.getOrganization(), state.getCandidate(), state.getDimension(), state.getActor());
  }

  /** The key an alert is about. */
  public static StanceKey of(final StanceAlert alert) {
    return new StanceKey(
        alert.getOrganization(), alert.getCandidate(), alert.getDimension(), alert.getActor());
  }

  /**
   * Parses the wire form {@code ORG:CANDIDATE:DIMENSION:ACTOR}.
   *
   * @throws IllegalArgumentException naming the text when it has not four parts or an unknown
   *     dimension
   */
  public static StanceKey parse(final String text) {
    final String[] parts = Objects.requireNonNull(text, "text").split(SEPARATOR, -1);
    if (parts.length != 4) {
      throw new IllegalArgumentException(
          "stance key '" + text + "' is not ORG:CANDIDATE:DIMENSION:ACTOR");
    }
    try {
      return new StanceKey(parts[0], parts[1], Dimension.valueOf(parts[2]), parts[3]);
    } catch (final IllegalArgumentException e) {
      throw new IllegalArgumentException("stance key '" + text + "': " + e.getMessage(), e);
    }
  }

  /** The wire form {@code ORG:CANDIDATE:DIMENSION:ACTOR}. */
  @Override
  public String toString() {
    return String.join(SEPARATOR, organization, candidate, dimension.name(), actor);
  }

  private static void requirePart(final String name, final String value) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("stance key " + name + " is missing");
    }
    if (value.contains(SEPARATOR)) {
      throw new IllegalArgumentException(
          "stance key " + name + " '" + value + "' contains '" + SEPARATOR + "'");
    }
  }
}
