package io.stancewatch.app.testing;

import java.util.Locale;
import java.util.function.BooleanSupplier;

/**
 * What runs the integration tests' broker and registry: Docker containers of the released images when
 * Docker is there, otherwise the same embedded stack as {@code ./stancewatch stack}. The system property
 * {@value #PROPERTY} ({@code embedded} or {@code containers}) forces one.
 */
public enum TestBackend {

    /** {@code io.stancewatch.app.embedded.EmbeddedStack}: in-process broker, Apicurio child JVM. */
    EMBEDDED,
    /** Testcontainers: {@code apache/kafka} and {@code apicurio/apicurio-registry-mem} images. */
    CONTAINERS;

    /** System property that forces a backend. */
    public static final String PROPERTY = "stancewatch.test.backend";

    /**
     * The forced backend if {@code forced} names one, else containers when Docker answers, else embedded.
     *
     * @param forced          the value of {@value #PROPERTY}, or {@code null}/blank when not set
     * @param dockerAvailable asked only when nothing is forced
     * @throws IllegalArgumentException when {@code forced} names no backend
     */
    public static TestBackend choose(final String forced, final BooleanSupplier dockerAvailable) {
        if (forced != null && !forced.isBlank()) {
            try {
                return valueOf(forced.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("-D" + PROPERTY + "=" + forced
                        + " names no test backend: use embedded or containers", e);
            }
        }
        return dockerAvailable.getAsBoolean() ? CONTAINERS : EMBEDDED;
    }
}
