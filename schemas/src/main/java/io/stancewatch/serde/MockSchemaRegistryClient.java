package io.stancewatch.serde;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaCompatibility.SchemaCompatibilityType;

/**
 * An in-memory schema registry for unit tests, selected with {@code schema.registry.url=mock://<scope>}.
 *
 * <p>Every serde configured with the same scope in one JVM shares one registry, so a producer-side and a
 * consumer-side serde see the same ids. Tests call {@link #dropScope(String)} afterwards. Like the real
 * registry's default, subjects are BACKWARD compatible: a new version must be able to read data written
 * with the previous one. Ids are global within the scope, assigned from 1 in registration order; the same
 * schema registered under several subjects keeps one id.
 */
public final class MockSchemaRegistryClient implements SchemaRegistryClient {

    private static final Map<String, MockSchemaRegistryClient> SCOPES = new ConcurrentHashMap<>();

    private final String scope;
    private final Map<Schema, Integer> idsBySchema = new HashMap<>();
    private final List<Schema> schemasById = new ArrayList<>();
    private final Map<String, List<Schema>> versionsBySubject = new HashMap<>();

    private MockSchemaRegistryClient(final String scope) {
        this.scope = scope;
    }

    /** The registry of {@code scope}, created empty on first use. */
    public static MockSchemaRegistryClient forScope(final String scope) {
        return SCOPES.computeIfAbsent(scope, MockSchemaRegistryClient::new);
    }

    /** Forgets the registry of {@code scope}; the next use of the scope starts empty. */
    public static void dropScope(final String scope) {
        SCOPES.remove(scope);
    }

    @Override
    public synchronized int register(final String subject, final Schema schema) {
        final List<Schema> versions = versionsBySubject.computeIfAbsent(subject, s -> new ArrayList<>());
        if (versions.contains(schema)) {
            return idsBySchema.get(schema);
        }
        if (!isCompatibleWithLatest(versions, schema)) {
            throw new SchemaRegistryException("schema rejected as incompatible (409) by registry " + location()
                    + " for subject " + subject + ": it cannot read data written with the latest version",
                    SchemaRegistryException.INCOMPATIBLE_SCHEMA, 409);
        }
        versions.add(schema);
        return idsBySchema.computeIfAbsent(schema, s -> {
            schemasById.add(s);
            return schemasById.size();
        });
    }

    @Override
    public synchronized Schema getById(final int id) {
        if (id < 1 || id > schemasById.size()) {
            throw new SchemaRegistryException("schema id " + id + " not found in registry " + location(),
                    SchemaRegistryException.SCHEMA_NOT_FOUND, 404);
        }
        return schemasById.get(id - 1);
    }

    @Override
    public synchronized RegisteredSchema getLatest(final String subject) {
        final List<Schema> versions = versionsOf(subject);
        final Schema latest = versions.get(versions.size() - 1);
        return new RegisteredSchema(idsBySchema.get(latest), versions.size(), latest);
    }

    @Override
    public synchronized int getId(final String subject, final Schema schema) {
        if (!versionsOf(subject).contains(schema)) {
            throw new SchemaRegistryException("schema not registered under subject " + subject + " in registry "
                    + location(), SchemaRegistryException.SCHEMA_NOT_FOUND, 404);
        }
        return idsBySchema.get(schema);
    }

    @Override
    public synchronized boolean isCompatible(final String subject, final Schema schema) {
        return isCompatibleWithLatest(versionsBySubject.getOrDefault(subject, List.of()), schema);
    }

    /** Lists the subjects with at least one version. */
    public synchronized List<String> subjects() {
        return List.copyOf(versionsBySubject.keySet());
    }

    /** Lists the versions of {@code subject}, oldest first. */
    public synchronized List<RegisteredSchema> versions(final String subject) {
        final List<Schema> versions = versionsOf(subject);
        final List<RegisteredSchema> result = new ArrayList<>(versions.size());
        for (int i = 0; i < versions.size(); i++) {
            result.add(new RegisteredSchema(idsBySchema.get(versions.get(i)), i + 1, versions.get(i)));
        }
        return result;
    }

    @Override
    public String location() {
        return SchemaRegistryConfig.MOCK_URL_PREFIX + scope;
    }

    private List<Schema> versionsOf(final String subject) {
        final List<Schema> versions = versionsBySubject.get(subject);
        if (versions == null || versions.isEmpty()) {
            throw new SchemaRegistryException("subject " + subject + " not found in registry " + location(),
                    SchemaRegistryException.SUBJECT_NOT_FOUND, 404);
        }
        return versions;
    }

    private static boolean isCompatibleWithLatest(final List<Schema> versions, final Schema candidate) {
        if (versions.isEmpty()) {
            return true;
        }
        final Schema latest = versions.get(versions.size() - 1);
        return SchemaCompatibility.checkReaderWriterCompatibility(candidate, latest).getType()
                == SchemaCompatibilityType.COMPATIBLE;
    }
}
