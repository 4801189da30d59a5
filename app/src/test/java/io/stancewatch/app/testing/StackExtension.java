package io.stancewatch.app.testing;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;

/**
 * Gives integration tests a running broker and registry: {@code @ExtendWith(StackExtension.class)}, then a
 * {@link TestStack} parameter in a constructor, a {@code @BeforeAll} or a test method.
 *
 * <p>The first test class that asks starts the stack on the {@link TestBackend} chosen for this JVM; it is
 * kept in the root store, so every later class shares it, and JUnit closes it once all tests have run.
 * Tests therefore must not rely on an empty broker: each uses its own topics, subjects and group ids.
 */
public final class StackExtension implements BeforeAllCallback, ParameterResolver {

    private static final Logger LOG = LoggerFactory.getLogger(StackExtension.class);
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(StackExtension.class);

    @Override
    public void beforeAll(final ExtensionContext context) {
        stack(context);
    }

    @Override
    public boolean supportsParameter(final ParameterContext parameterContext, final ExtensionContext extensionContext) {
        return parameterContext.getParameter().getType() == TestStack.class;
    }

    @Override
    public Object resolveParameter(final ParameterContext parameterContext, final ExtensionContext extensionContext) {
        return stack(extensionContext);
    }

    /** The JVM-wide stack, started on first use. */
    public static TestStack stack(final ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent(TestStack.class, key -> startStack(), TestStack.class);
    }

    private static TestStack startStack() {
        final TestBackend backend = TestBackend.choose(System.getProperty(TestBackend.PROPERTY),
                () -> DockerClientFactory.instance().isDockerAvailable());
        final long startNanos = System.nanoTime();
        final TestStack stack = backend == TestBackend.CONTAINERS ? ContainerTestStack.start() : EmbeddedTestStack.start();
        LOG.info("Test stack on {} started in {} ms: Kafka at {}, schema registry at {}", backend,
                (System.nanoTime() - startNanos) / 1_000_000, stack.bootstrapServers(), stack.schemaRegistryUrl());
        return stack;
    }
}
