package io.stancewatch.app.embedded;

/**
 * The embedded broker or registry could not be started, configured or stopped. The message says which
 * part failed and what the user can do about it.
 */
public class EmbeddedStackException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public EmbeddedStackException(final String message) {
        super(message);
    }

    public EmbeddedStackException(final String message, final Throwable cause) {
        super(message, cause);
    }
}
