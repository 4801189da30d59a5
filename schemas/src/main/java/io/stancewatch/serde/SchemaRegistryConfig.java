package io.stancewatch.serde;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.config.types.Password;

/**
 * The serde and registry-client settings, under the property names of Confluent's serializers so that an
 * existing configuration works unchanged. Unknown properties (the rest of a Streams or producer config)
 * are ignored.
 *
 * <p>A {@code mock://<scope>} URL selects the in-memory {@link MockSchemaRegistryClient} of that scope.
 */
public final class SchemaRegistryConfig extends AbstractConfig {

    /** Comma-separated registry URLs, tried in order; or one {@code mock://<scope>}. Required. */
    public static final String SCHEMA_REGISTRY_URL = "schema.registry.url";
    /** Whether the serializer registers the record's schema under the subject (default true). */
    public static final String AUTO_REGISTER_SCHEMAS = "auto.register.schemas";
    /**
     * With {@code auto.register.schemas=false}: serialize with the subject's latest registered schema
     * instead of looking up the record's own one (default false).
     */
    public static final String USE_LATEST_VERSION = "use.latest.version";
    /** Where basic-auth credentials come from: {@code USER_INFO} or {@code URL} (the URL's user-info). */
    public static final String BASIC_AUTH_CREDENTIALS_SOURCE = "basic.auth.credentials.source";
    /** {@code user:password} for {@code basic.auth.credentials.source=USER_INFO}. */
    public static final String BASIC_AUTH_USER_INFO = "basic.auth.user.info";
    /** Milliseconds to wait for a connection to the registry (default 10000). */
    public static final String HTTP_CONNECT_TIMEOUT_MS = "http.connect.timeout.ms";
    /** Milliseconds to wait for the registry's answer to one request (default 30000). */
    public static final String HTTP_READ_TIMEOUT_MS = "http.read.timeout.ms";
    /** How often a request is retried after a connection failure or a 5xx, 408 or 429 answer (default 3). */
    public static final String MAX_RETRIES = "max.retries";
    /** Milliseconds before the first retry; doubles each retry (default 1000). */
    public static final String RETRIES_WAIT_MS = "retries.wait.ms";
    /** Upper bound of the wait between retries in milliseconds (default 5000). */
    public static final String RETRIES_MAX_WAIT_MS = "retries.max.wait.ms";

    /**
     * The generated class record keys are read into, when a deserializer or serde is created by class name
     * (no constructor argument); a class or a class name.
     */
    public static final String SPECIFIC_AVRO_KEY_TYPE = "specific.avro.key.type";
    /** Like {@link #SPECIFIC_AVRO_KEY_TYPE}, for record values. */
    public static final String SPECIFIC_AVRO_VALUE_TYPE = "specific.avro.value.type";

    /** Credentials from {@link #BASIC_AUTH_USER_INFO}. */
    public static final String SOURCE_USER_INFO = "USER_INFO";
    /** Credentials from the user-info part of each URL. */
    public static final String SOURCE_URL = "URL";

    static final String MOCK_URL_PREFIX = "mock://";

    private static final ConfigDef DEFINITION = new ConfigDef()
            .define(SCHEMA_REGISTRY_URL, Type.LIST, ConfigDef.NO_DEFAULT_VALUE, Importance.HIGH,
                    "Comma-separated schema registry URLs, tried in order, or mock://<scope> for tests.")
            .define(AUTO_REGISTER_SCHEMAS, Type.BOOLEAN, true, Importance.MEDIUM,
                    "Register the record's schema under the subject when serializing.")
            .define(USE_LATEST_VERSION, Type.BOOLEAN, false, Importance.LOW,
                    "Without auto-registration, serialize with the latest schema of the subject.")
            .define(BASIC_AUTH_CREDENTIALS_SOURCE, Type.STRING, SOURCE_URL,
                    ConfigDef.CaseInsensitiveValidString.in(SOURCE_USER_INFO, SOURCE_URL), Importance.MEDIUM,
                    "Where basic-auth credentials come from: USER_INFO or URL.")
            .define(BASIC_AUTH_USER_INFO, Type.PASSWORD, null, Importance.MEDIUM,
                    "user:password, used when basic.auth.credentials.source=USER_INFO.")
            .define(HTTP_CONNECT_TIMEOUT_MS, Type.INT, 10_000, ConfigDef.Range.atLeast(1), Importance.LOW,
                    "Connection timeout to the registry in milliseconds.")
            .define(HTTP_READ_TIMEOUT_MS, Type.INT, 30_000, ConfigDef.Range.atLeast(1), Importance.LOW,
                    "Timeout of one registry request in milliseconds.")
            .define(MAX_RETRIES, Type.INT, 3, ConfigDef.Range.atLeast(0), Importance.LOW,
                    "Retries after a connection failure or a 5xx, 408 or 429 answer.")
            .define(RETRIES_WAIT_MS, Type.INT, 1_000, ConfigDef.Range.atLeast(0), Importance.LOW,
                    "Wait before the first retry in milliseconds; doubles each retry.")
            .define(RETRIES_MAX_WAIT_MS, Type.INT, 5_000, ConfigDef.Range.atLeast(0), Importance.LOW,
                    "Upper bound of the wait between retries in milliseconds.")
            .define(SPECIFIC_AVRO_KEY_TYPE, Type.CLASS, null, Importance.LOW,
                    "Generated Avro class of record keys, for deserializers created by class name.")
            .define(SPECIFIC_AVRO_VALUE_TYPE, Type.CLASS, null, Importance.LOW,
                    "Generated Avro class of record values, for deserializers created by class name.");

    private final List<String> urls;

    /**
     * Reads and checks the settings.
     *
     * @throws ConfigException naming the property that is missing or wrong
     */
    public SchemaRegistryConfig(final Map<String, ?> originals) {
        super(DEFINITION, originals, false);
        this.urls = List.copyOf(getList(SCHEMA_REGISTRY_URL));
        validateUrls();
        validateCredentials();
    }

    /** The definition of every supported property, for documentation and CLI help. */
    public static ConfigDef definition() {
        return new ConfigDef(DEFINITION);
    }

    /** The registry URLs, in the order they are tried. */
    public List<String> urls() {
        return urls;
    }

    /** Whether the URL is a {@code mock://} scope rather than a real registry. */
    public boolean isMock() {
        return urls.get(0).startsWith(MOCK_URL_PREFIX);
    }

    /** The scope name of a {@code mock://<scope>} URL. */
    public String mockScope() {
        return urls.get(0).substring(MOCK_URL_PREFIX.length());
    }

    /** Whether serializers register the record's schema. */
    public boolean autoRegisterSchemas() {
        return getBoolean(AUTO_REGISTER_SCHEMAS);
    }

    /** Whether serializers use the subject's latest schema (only without auto-registration). */
    public boolean useLatestVersion() {
        return getBoolean(USE_LATEST_VERSION);
    }

    /**
     * The generated class to read keys or values into, from {@link #SPECIFIC_AVRO_KEY_TYPE} or
     * {@link #SPECIFIC_AVRO_VALUE_TYPE}.
     *
     * @throws ConfigException if the property is missing or names a class that is not a generated record
     */
    public Class<? extends SpecificRecord> specificRecordType(final boolean isKey) {
        final String name = isKey ? SPECIFIC_AVRO_KEY_TYPE : SPECIFIC_AVRO_VALUE_TYPE;
        final Class<?> type = getClass(name);
        if (type == null) {
            throw new ConfigException(name + " must name the generated Avro class to read into, as in "
                    + name + "=io.stancewatch.schemas.Article, when no class is passed to the constructor");
        }
        if (!SpecificRecord.class.isAssignableFrom(type)) {
            throw new ConfigException(name, type.getName(), "not a generated Avro record (SpecificRecord)");
        }
        return type.asSubclass(SpecificRecord.class);
    }

    /** The configured {@code user:password}, when credentials come from {@link #BASIC_AUTH_USER_INFO}. */
    public Optional<String> userInfoCredentials() {
        return isUserInfoSource() ? Optional.of(getPassword(BASIC_AUTH_USER_INFO).value()) : Optional.empty();
    }

    /** Whether credentials come from the user-info part of each URL. */
    public boolean credentialsFromUrl() {
        return !isUserInfoSource();
    }

    /** Connection timeout to the registry. */
    public Duration connectTimeout() {
        return Duration.ofMillis(getInt(HTTP_CONNECT_TIMEOUT_MS));
    }

    /** Timeout of one request to the registry. */
    public Duration requestTimeout() {
        return Duration.ofMillis(getInt(HTTP_READ_TIMEOUT_MS));
    }

    /** Retries after a connection failure or a 5xx, 408 or 429 answer. */
    public int maxRetries() {
        return getInt(MAX_RETRIES);
    }

    /** Wait before the first retry. */
    public Duration retryWait() {
        return Duration.ofMillis(getInt(RETRIES_WAIT_MS));
    }

    /** Upper bound of the wait between retries. */
    public Duration retryMaxWait() {
        return Duration.ofMillis(getInt(RETRIES_MAX_WAIT_MS));
    }

    /**
     * The settings that determine a registry client; two configs with equal identities can share one
     * client and its caches.
     */
    List<Object> clientIdentity() {
        final Password userInfo = getPassword(BASIC_AUTH_USER_INFO);
        return List.of(urls, isUserInfoSource(), userInfo == null ? "" : userInfo.value(),
                getInt(HTTP_CONNECT_TIMEOUT_MS), getInt(HTTP_READ_TIMEOUT_MS), getInt(MAX_RETRIES),
                getInt(RETRIES_WAIT_MS), getInt(RETRIES_MAX_WAIT_MS));
    }

    private boolean isUserInfoSource() {
        return SOURCE_USER_INFO.equals(getString(BASIC_AUTH_CREDENTIALS_SOURCE).toUpperCase(Locale.ROOT));
    }

    private void validateUrls() {
        if (urls.isEmpty() || urls.stream().anyMatch(String::isBlank)) {
            throw new ConfigException(SCHEMA_REGISTRY_URL, originals().get(SCHEMA_REGISTRY_URL),
                    "needs at least one registry URL");
        }
        for (final String url : urls) {
            if (url.startsWith(MOCK_URL_PREFIX)) {
                if (urls.size() > 1 || url.length() == MOCK_URL_PREFIX.length()) {
                    throw new ConfigException(SCHEMA_REGISTRY_URL, url,
                            "a mock:// URL must be the only one and name a scope, as in mock://my-test");
                }
            } else {
                validateHttpUrl(url);
            }
        }
    }

    private static void validateHttpUrl(final String url) {
        final URI uri;
        try {
            uri = URI.create(url);
        } catch (final IllegalArgumentException e) {
            throw new ConfigException(SCHEMA_REGISTRY_URL, url, "not a URL: " + e.getMessage());
        }
        final String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
            throw new ConfigException(SCHEMA_REGISTRY_URL, url,
                    "expected http://host:port[/path], https://... or mock://<scope>");
        }
    }

    private void validateCredentials() {
        if (!isUserInfoSource()) {
            return;
        }
        final Password userInfo = getPassword(BASIC_AUTH_USER_INFO);
        if (userInfo == null || userInfo.value().indexOf(':') < 0) {
            throw new ConfigException(BASIC_AUTH_USER_INFO + " must be user:password when "
                    + BASIC_AUTH_CREDENTIALS_SOURCE + "=" + SOURCE_USER_INFO);
        }
    }
}
