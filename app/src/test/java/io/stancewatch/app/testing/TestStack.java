package io.stancewatch.app.testing;

/**
 * A Kafka broker and a Confluent-API schema registry that integration tests talk to, whichever
 * {@link TestBackend} runs them. One per test JVM, shared by all test classes; {@link StackExtension}
 * closes it when the JVM's tests are done.
 */
public interface TestStack extends AutoCloseable {

    /** {@code bootstrap.servers} for clients. */
    String bootstrapServers();

    /** {@code schema.registry.url}: the registry's Confluent API root, compatibility {@code BACKWARD}. */
    String schemaRegistryUrl();

    /** Which backend runs the stack, for test reports. */
    TestBackend backend();

    /** Stops broker and registry; never throws a checked exception. */
    @Override
    void close();
}
