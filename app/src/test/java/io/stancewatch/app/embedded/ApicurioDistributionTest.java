package io.stancewatch.app.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApicurioDistributionTest {

    private static final String RUNNER = "apicurio-registry-app-2.6.13.Final-runner.jar";

    @TempDir
    Path temp;

    @Test
    void shouldFindRunnerJarWhenSystemPropertyPointsAtUnpackedDistribution() throws IOException {
        final Path home = unpackedDistribution("configured");

        final ApicurioDistribution distribution = ApicurioDistribution.locate(
                Map.of(ApicurioDistribution.HOME_PROPERTY, home.toString())::get, name -> null, Optional.empty());

        assertThat(distribution.home()).isEqualTo(home);
        assertThat(distribution.runnerJar()).isEqualTo(home.resolve(RUNNER));
    }

    @Test
    void shouldPreferSystemPropertyOverEnvironmentWhenBothAreSet() throws IOException {
        final Path fromProperty = unpackedDistribution("property");
        final Path fromEnvironment = unpackedDistribution("environment");

        final ApicurioDistribution distribution = ApicurioDistribution.locate(
                Map.of(ApicurioDistribution.HOME_PROPERTY, fromProperty.toString())::get,
                Map.of(ApicurioDistribution.HOME_ENVIRONMENT_VARIABLE, fromEnvironment.toString())::get,
                Optional.empty());

        assertThat(distribution.home()).isEqualTo(fromProperty);
    }

    @Test
    void shouldUseEnvironmentThenDefaultWhenPropertyIsMissing() throws IOException {
        final Path fromEnvironment = unpackedDistribution("environment");
        final Path byDefault = unpackedDistribution("default");

        assertThat(ApicurioDistribution.locate(name -> null,
                Map.of(ApicurioDistribution.HOME_ENVIRONMENT_VARIABLE, fromEnvironment.toString())::get,
                Optional.of(byDefault)).home()).isEqualTo(fromEnvironment);
        assertThat(ApicurioDistribution.locate(name -> null, name -> null, Optional.of(byDefault)).home())
                .isEqualTo(byDefault);
    }

    @Test
    void shouldTellUserToBuildTheModuleWhenDefaultDistributionIsMissing() {
        final Path missing = temp.resolve("target/apicurio");

        assertThatThrownBy(() -> ApicurioDistribution.locate(name -> null, name -> null, Optional.of(missing)))
                .isInstanceOf(EmbeddedStackException.class)
                .hasMessageContaining(missing.toString())
                .hasMessageContaining("./mvnw -pl app -am package")
                .hasMessageContaining(ApicurioDistribution.HOME_PROPERTY)
                .hasMessageContaining(ApicurioDistribution.HOME_ENVIRONMENT_VARIABLE);
    }

    @Test
    void shouldNameTheFolderWhenItHoldsNoRunnerJar() throws IOException {
        final Path empty = Files.createDirectories(temp.resolve("empty"));

        assertThatThrownBy(() -> ApicurioDistribution.at(empty, "a test"))
                .isInstanceOf(EmbeddedStackException.class)
                .hasMessageContaining(empty.toString())
                .hasMessageContaining("-runner.jar");
    }

    private Path unpackedDistribution(final String name) throws IOException {
        final Path home = Files.createDirectories(temp.resolve(name));
        Files.createDirectories(home.resolve("lib"));
        Files.writeString(home.resolve(RUNNER), "not a real jar");
        return home.toAbsolutePath().normalize();
    }
}
