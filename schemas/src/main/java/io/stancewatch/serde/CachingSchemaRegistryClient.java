package io.stancewatch.serde;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.Schema;

/**
 * Remembers what never changes in a registry: the id of a schema under a subject and the schema of an id.
 * Latest versions and compatibility are always asked afresh, as they change when others register.
 */
final class CachingSchemaRegistryClient implements SchemaRegistryClient {

    private final SchemaRegistryClient delegate;
    private final Map<String, Map<Schema, Integer>> idsBySubject = new ConcurrentHashMap<>();
    private final Map<Integer, Schema> schemasById = new ConcurrentHashMap<>();

    CachingSchemaRegistryClient(final SchemaRegistryClient delegate) {
        this.delegate = delegate;
    }

    @Override
    public int register(final String subject, final Schema schema) {
        return idsOf(subject).computeIfAbsent(schema, s -> remember(delegate.register(subject, s), s));
    }

    @Override
    public Schema getById(final int id) {
        return schemasById.computeIfAbsent(id, delegate::getById);
    }

    @Override
    public RegisteredSchema getLatest(final String subject) {
        final RegisteredSchema latest = delegate.getLatest(subject);
        schemasById.putIfAbsent(latest.id(), latest.schema());
        return latest;
    }

    @Override
    public int getId(final String subject, final Schema schema) {
        return idsOf(subject).computeIfAbsent(schema, s -> remember(delegate.getId(subject, s), s));
    }

    @Override
    public boolean isCompatible(final String subject, final Schema schema) {
        return delegate.isCompatible(subject, schema);
    }

    @Override
    public String location() {
        return delegate.location();
    }

    private Map<Schema, Integer> idsOf(final String subject) {
        return idsBySubject.computeIfAbsent(subject, s -> new ConcurrentHashMap<>());
    }

    private int remember(final int id, final Schema schema) {
        schemasById.putIfAbsent(id, schema);
        return id;
    }
}
