package io.stancewatch.app.embedded;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Everything StanceWatch needs to run on one machine with nothing installed: an in-process Kafka broker
 * ({@link EmbeddedKafkaBroker}) and an Apicurio schema registry child process ({@link ApicurioRegistry}).
 *
 * <p>With a data directory both keep their data there ({@code kafka/} and {@code registry/}) and a later
 * start on it finds the same topics, records and schema ids; without one both use temporary directories
 * that {@link #close()} deletes. The registry starts on its own thread while the broker starts, since it
 * takes the longer of the two. A shutdown hook closes the stack when the JVM exits without closing it.
 */
public final class EmbeddedStack implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedStack.class);

    private final EmbeddedKafkaBroker broker;
    private final ApicurioRegistry registry;
    private final Thread shutdownHook;

    private EmbeddedStack(final EmbeddedKafkaBroker broker, final ApicurioRegistry registry) {
        this.broker = broker;
        this.registry = registry;
        this.shutdownHook = new Thread(this::closeBoth, "stancewatch-embedded-stack-shutdown");
    }

    /** Starts broker and registry with default settings, keeping their data in {@code dataDirectory} if given. */
    public static EmbeddedStack start(final Optional<Path> dataDirectory) {
        return start(EmbeddedKafkaBroker.Settings.defaults().withDataDirectory(dataDirectory),
                ApicurioRegistry.Settings.defaults().withDataDirectory(dataDirectory));
    }

    /**
     * Starts broker and registry and returns once both serve clients.
     *
     * @throws EmbeddedStackException when either fails; the other one is stopped again
     */
    public static EmbeddedStack start(final EmbeddedKafkaBroker.Settings brokerSettings,
                                      final ApicurioRegistry.Settings registrySettings) {
        Objects.requireNonNull(brokerSettings, "brokerSettings");
        Objects.requireNonNull(registrySettings, "registrySettings");
        final long startNanos = System.nanoTime();
        final CompletableFuture<ApicurioRegistry> registryStart = new CompletableFuture<>();
        final Thread registryStarter = new Thread(() -> completeWithRegistry(registryStart, registrySettings),
                "stancewatch-registry-start");
        registryStarter.start();
        final EmbeddedKafkaBroker broker;
        try {
            broker = EmbeddedKafkaBroker.start(brokerSettings);
        } catch (RuntimeException e) {
            registryStart.thenAccept(ApicurioRegistry::close);
            throw e;
        }
        final ApicurioRegistry registry;
        try {
            registry = registryStart.join();
        } catch (CompletionException e) {
            broker.close();
            throw e.getCause() instanceof RuntimeException ? (RuntimeException) e.getCause() : e;
        }
        final EmbeddedStack stack = new EmbeddedStack(broker, registry);
        Runtime.getRuntime().addShutdownHook(stack.shutdownHook);
        LOG.info("Embedded stack ready in {} ms: Kafka at {}, schema registry at {}",
                Duration.ofNanos(System.nanoTime() - startNanos).toMillis(), broker.bootstrapServers(), registry.url());
        return stack;
    }

    /** {@code bootstrap.servers} of the broker: {@code 127.0.0.1:<port>}. */
    public String bootstrapServers() {
        return broker.bootstrapServers();
    }

    /** {@code schema.registry.url} of the registry's Confluent API. */
    public String schemaRegistryUrl() {
        return registry.url();
    }

    /** The broker, e.g. to restart it alone. */
    public EmbeddedKafkaBroker broker() {
        return broker;
    }

    /** The registry, e.g. to restart it alone. */
    public ApicurioRegistry registry() {
        return registry;
    }

    /** Stops both, keeping data and ports, so {@link #restart()} can bring them back. */
    public void stop() {
        try {
            registry.stop();
        } finally {
            broker.stop();
        }
    }

    /** Stops both if running and starts them again on the same data and ports. */
    public void restart() {
        stop();
        broker.restart();
        registry.restart();
    }

    /** Stops both and deletes their data if it was temporary. */
    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException alreadyShuttingDown) {
            LOG.debug("JVM is shutting down; the hook closes the stack");
        }
        closeBoth();
    }

    private void closeBoth() {
        try {
            registry.close();
        } finally {
            broker.close();
        }
    }

    private static void completeWithRegistry(final CompletableFuture<ApicurioRegistry> result,
                                             final ApicurioRegistry.Settings settings) {
        try {
            result.complete(ApicurioRegistry.start(settings));
        } catch (RuntimeException e) {
            result.completeExceptionally(e);
        }
    }
}
