package io.stancewatch.serde;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Hands out one registry client per distinct registry configuration, so every serde of an application
 * shares a client and its caches instead of asking the registry again per serde.
 */
public final class SchemaRegistryClients {

    private static final Map<List<Object>, SchemaRegistryClient> SHARED = new ConcurrentHashMap<>();

    private SchemaRegistryClients() {
    }

    /**
     * The client for {@code config}: the in-memory registry of a {@code mock://} scope, otherwise a caching
     * HTTP client shared by all equal configurations.
     */
    public static SchemaRegistryClient forConfig(final SchemaRegistryConfig config) {
        if (config.isMock()) {
            return MockSchemaRegistryClient.forScope(config.mockScope());
        }
        return SHARED.computeIfAbsent(config.clientIdentity(),
                identity -> new CachingSchemaRegistryClient(new HttpSchemaRegistryClient(config)));
    }
}
