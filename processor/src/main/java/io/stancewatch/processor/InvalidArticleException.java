package io.stancewatch.processor;

/** An article that can be read but not used; the message names the article and what is wrong. */
public final class InvalidArticleException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** An exception whose message names what is wrong. */
  public InvalidArticleException(final String message) {
    super(message);
  }
}
