package io.stancewatch.app.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;

class TestBackendTest {

    @Test
    void shouldPickContainersWhenDockerIsAvailableAndNothingIsForced() {
        assertThat(TestBackend.choose(null, () -> true)).isEqualTo(TestBackend.CONTAINERS);
    }

    @Test
    void shouldPickEmbeddedWhenDockerIsMissingAndNothingIsForced() {
        assertThat(TestBackend.choose("  ", () -> false)).isEqualTo(TestBackend.EMBEDDED);
    }

    @Test
    void shouldUseForcedBackendWithoutAskingDockerWhenPropertyIsSet() {
        final AtomicBoolean dockerAsked = new AtomicBoolean();

        final TestBackend chosen = TestBackend.choose(" Embedded ", () -> {
            dockerAsked.set(true);
            return true;
        });

        assertThat(chosen).isEqualTo(TestBackend.EMBEDDED);
        assertThat(dockerAsked).isFalse();
        assertThat(TestBackend.choose("containers", () -> false)).isEqualTo(TestBackend.CONTAINERS);
    }

    @Test
    void shouldNameThePropertyAndTheChoicesWhenForcedBackendIsUnknown() {
        assertThatThrownBy(() -> TestBackend.choose("docker", () -> true))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(TestBackend.PROPERTY + "=docker")
                .hasMessageContaining("embedded or containers");
    }
}
