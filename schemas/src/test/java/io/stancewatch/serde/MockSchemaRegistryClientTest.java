package io.stancewatch.serde;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stancewatch.schemas.Article;
import io.stancewatch.schemas.StanceState;
import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class MockSchemaRegistryClientTest {

    private static final String SCOPE = MockSchemaRegistryClientTest.class.getSimpleName();

    @AfterEach
    void dropRegistry() {
        MockSchemaRegistryClient.dropScope(SCOPE);
    }

    @Test
    void shouldAssignSequentialIdsWhenDistinctSchemasAreRegistered() {
        final MockSchemaRegistryClient registry = MockSchemaRegistryClient.forScope(SCOPE);

        assertThat(registry.register("articles-value", Article.getClassSchema())).isEqualTo(1);
        assertThat(registry.register("stance-states-value", StanceState.getClassSchema())).isEqualTo(2);
        assertThat(registry.register("copy-value", Article.getClassSchema())).isEqualTo(1);
        assertThat(registry.getById(2)).isEqualTo(StanceState.getClassSchema());
    }

    @Test
    void shouldShareRegistryWhenSameScopeIsUsedTwice() {
        MockSchemaRegistryClient.forScope(SCOPE).register("articles-value", Article.getClassSchema());

        assertThat(MockSchemaRegistryClient.forScope(SCOPE).getLatest("articles-value"))
                .isEqualTo(new RegisteredSchema(1, 1, Article.getClassSchema()));
        assertThat(MockSchemaRegistryClient.forScope(SCOPE + "-other").subjects()).isEmpty();
        MockSchemaRegistryClient.dropScope(SCOPE + "-other");
    }

    @Test
    void shouldStartEmptyWhenScopeWasDropped() {
        MockSchemaRegistryClient.forScope(SCOPE).register("articles-value", Article.getClassSchema());
        MockSchemaRegistryClient.dropScope(SCOPE);

        assertThatThrownBy(() -> MockSchemaRegistryClient.forScope(SCOPE).getLatest("articles-value"))
                .isInstanceOf(SchemaRegistryException.class)
                .satisfies(e -> assertThat(((SchemaRegistryException) e).isNotFound()).isTrue())
                .hasMessageContaining("articles-value");
    }

    @Test
    void shouldRejectSchemaWhenItCannotReadLatestVersion() {
        final MockSchemaRegistryClient registry = MockSchemaRegistryClient.forScope(SCOPE);
        final Schema first = SchemaBuilder.record("Thing").fields().requiredString("name").endRecord();
        final Schema withoutDefault = SchemaBuilder.record("Thing").fields()
                .requiredString("name").requiredInt("size").endRecord();
        registry.register("things-value", first);

        assertThat(registry.isCompatible("things-value", withoutDefault)).isFalse();
        assertThatThrownBy(() -> registry.register("things-value", withoutDefault))
                .isInstanceOf(SchemaRegistryException.class)
                .hasMessageContaining("incompatible (409)")
                .hasMessageContaining("things-value");
    }

    @Test
    void shouldAcceptNewVersionWhenAddedFieldHasDefault() {
        final MockSchemaRegistryClient registry = MockSchemaRegistryClient.forScope(SCOPE);
        final Schema first = SchemaBuilder.record("Thing").fields().requiredString("name").endRecord();
        final Schema second = SchemaBuilder.record("Thing").fields()
                .requiredString("name").name("size").type().intType().intDefault(0).endRecord();
        registry.register("things-value", first);

        assertThat(registry.isCompatible("things-value", second)).isTrue();
        assertThat(registry.register("things-value", second)).isEqualTo(2);
        assertThat(registry.getLatest("things-value")).isEqualTo(new RegisteredSchema(2, 2, second));
        assertThat(registry.getId("things-value", first)).isEqualTo(1);
    }
}
