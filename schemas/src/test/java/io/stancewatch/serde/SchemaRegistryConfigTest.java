package io.stancewatch.serde;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.apache.kafka.common.config.ConfigException;
import org.junit.jupiter.api.Test;

class SchemaRegistryConfigTest {

    @Test
    void shouldNameUrlPropertyWhenUrlIsMissing() {
        assertThatThrownBy(() -> new SchemaRegistryConfig(Map.of("bootstrap.servers", "localhost:9092")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("schema.registry.url");
    }

    @Test
    void shouldApplyConfluentDefaultsWhenOnlyUrlIsGiven() {
        final SchemaRegistryConfig config = new SchemaRegistryConfig(Map.of("schema.registry.url", "mock://defaults"));

        assertThat(config.autoRegisterSchemas()).isTrue();
        assertThat(config.useLatestVersion()).isFalse();
        assertThat(config.credentialsFromUrl()).isTrue();
        assertThat(config.userInfoCredentials()).isEmpty();
        assertThat(config.isMock()).isTrue();
        assertThat(config.mockScope()).isEqualTo("defaults");
    }

    @Test
    void shouldKeepUrlOrderWhenSeveralUrlsAreGiven() {
        final SchemaRegistryConfig config = new SchemaRegistryConfig(
                Map.of("schema.registry.url", "http://one:8081, https://two:8443/apis/ccompat/v7"));

        assertThat(config.urls()).containsExactly("http://one:8081", "https://two:8443/apis/ccompat/v7");
        assertThat(config.isMock()).isFalse();
    }

    @Test
    void shouldNameUrlWhenSchemeIsNotHttp() {
        assertThatThrownBy(() -> new SchemaRegistryConfig(Map.of("schema.registry.url", "ftp://registry:21")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("schema.registry.url")
                .hasMessageContaining("ftp://registry:21");
    }

    @Test
    void shouldRejectMockUrlWhenMixedWithOtherUrls() {
        assertThatThrownBy(() -> new SchemaRegistryConfig(
                Map.of("schema.registry.url", "mock://scope,http://registry:8081")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("mock://");
    }

    @Test
    void shouldRequireUserInfoWhenCredentialsSourceIsUserInfo() {
        assertThatThrownBy(() -> new SchemaRegistryConfig(Map.of("schema.registry.url", "http://registry:8081",
                "basic.auth.credentials.source", "USER_INFO")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("basic.auth.user.info");
    }

    @Test
    void shouldExposeUserInfoWhenCredentialsSourceIsUserInfo() {
        final SchemaRegistryConfig config = new SchemaRegistryConfig(Map.of("schema.registry.url",
                "http://registry:8081", "basic.auth.credentials.source", "USER_INFO",
                "basic.auth.user.info", "alice:s3cret"));

        assertThat(config.userInfoCredentials()).contains("alice:s3cret");
        assertThat(config.credentialsFromUrl()).isFalse();
    }

    @Test
    void shouldNamePropertyWhenBooleanIsMalformed() {
        assertThatThrownBy(() -> new SchemaRegistryConfig(Map.of("schema.registry.url", "mock://x",
                "auto.register.schemas", "perhaps")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("auto.register.schemas");
    }
}
