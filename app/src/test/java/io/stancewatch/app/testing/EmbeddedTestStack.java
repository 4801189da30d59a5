package io.stancewatch.app.testing;

import java.util.Optional;

import io.stancewatch.app.embedded.EmbeddedStack;

/** The {@link TestBackend#EMBEDDED embedded} backend: an {@link EmbeddedStack} on temporary directories. */
final class EmbeddedTestStack implements TestStack {

    private final EmbeddedStack stack;

    private EmbeddedTestStack(final EmbeddedStack stack) {
        this.stack = stack;
    }

    static EmbeddedTestStack start() {
        return new EmbeddedTestStack(EmbeddedStack.start(Optional.empty()));
    }

    @Override
    public String bootstrapServers() {
        return stack.bootstrapServers();
    }

    @Override
    public String schemaRegistryUrl() {
        return stack.schemaRegistryUrl();
    }

    @Override
    public TestBackend backend() {
        return TestBackend.EMBEDDED;
    }

    @Override
    public void close() {
        stack.close();
    }
}
