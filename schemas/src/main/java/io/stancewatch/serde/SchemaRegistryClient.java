package io.stancewatch.serde;

import org.apache.avro.Schema;

/**
 * The part of the Confluent Schema Registry API the serdes need: register and look up Avro schemas under a
 * subject, fetch a schema by its global id, and ask whether a schema would be accepted.
 *
 * <p>Implementations are thread-safe: one client (and its caches) is shared by every serde configured with
 * the same registry. Failures of the registry itself are reported as {@link SchemaRegistryException}.
 */
public interface SchemaRegistryClient {

    /**
     * Registers {@code schema} under {@code subject}, or finds it if it is already registered there.
     *
     * @return the global id of the schema; the same schema always gets the same id
     * @throws SchemaRegistryException if the registry rejects the schema (for example as incompatible) or
     *     cannot be reached
     */
    int register(String subject, Schema schema);

    /**
     * Returns the schema with the given global id.
     *
     * @throws SchemaRegistryException with {@link SchemaRegistryException#isNotFound()} if no schema has
     *     that id
     */
    Schema getById(int id);

    /**
     * Returns the newest version registered under {@code subject}.
     *
     * @throws SchemaRegistryException with {@link SchemaRegistryException#isNotFound()} if the subject has
     *     no versions
     */
    RegisteredSchema getLatest(String subject);

    /**
     * Returns the id of {@code schema}, which must already be registered under {@code subject}.
     *
     * @throws SchemaRegistryException with {@link SchemaRegistryException#isNotFound()} if it is not
     */
    int getId(String subject, Schema schema);

    /**
     * Tells whether the registry would accept {@code schema} as the next version of {@code subject} under
     * the subject's compatibility rule; a subject without versions accepts any schema.
     */
    boolean isCompatible(String subject, Schema schema);

    /** Where this client's registry lives, for error messages: the URL(s) or the {@code mock://} scope. */
    String location();
}
