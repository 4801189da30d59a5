package io.stancewatch.processor.extract.gazetteer;

/** Gazetteer data that cannot be used; the message names the file, the entry and the field. */
public final class GazetteerException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public GazetteerException(String message) {
    super(message);
  }

  public GazetteerException(String message, Throwable cause) {
    super(message, cause);
  }
}
