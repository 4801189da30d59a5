package io.stancewatch.app.embedded;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** How the registry reports a child that fails to start; the real registry runs in the integration tests. */
@EnabledOnOs({OS.LINUX, OS.MAC})
class ApicurioRegistryTest {

    @TempDir
    Path temp;

    @Test
    void shouldQuoteTheRegistryLogWhenRegistryExitsDuringStartup() throws Exception {
        final ApicurioRegistry.Settings settings = settingsFor(FakeRegistryMains.Exiting.class);

        assertThatThrownBy(() -> ApicurioRegistry.start(settings))
                .isInstanceOf(EmbeddedStackException.class)
                .hasMessageContaining("exited with code " + FakeRegistryMains.Exiting.EXIT_CODE)
                .hasMessageContaining(FakeRegistryMains.Exiting.LAST_WORDS);
    }

    @Test
    void shouldGiveUpAndQuoteTheLogWhenRegistryNeverAnswersWithinStartupTimeout() throws Exception {
        final ApicurioRegistry.Settings settings = settingsFor(FakeRegistryMains.Silent.class)
                .withStartupTimeout(Duration.ofSeconds(3));

        assertThatThrownBy(() -> ApicurioRegistry.start(settings))
                .isInstanceOf(EmbeddedStackException.class)
                .hasMessageContaining("did not answer GET")
                .hasMessageContaining("within 3 s")
                .hasMessageContaining(FakeRegistryMains.Silent.LOG_LINE);
    }

    /** A distribution whose runner jar holds and starts {@code main}. */
    private ApicurioRegistry.Settings settingsFor(final Class<?> main) throws IOException {
        final Path home = Files.createDirectories(temp.resolve("distribution"));
        final Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, main.getName());
        try (OutputStream file = Files.newOutputStream(home.resolve("fake-registry-runner.jar"));
             JarOutputStream jar = new JarOutputStream(file, manifest)) {
            for (Class<?> type : List.of(main, main.getEnclosingClass())) {
                final String entry = type.getName().replace('.', '/') + ".class";
                jar.putNextEntry(new JarEntry(entry));
                try (InputStream classFile = type.getClassLoader().getResourceAsStream(entry)) {
                    classFile.transferTo(jar);
                }
                jar.closeEntry();
            }
        }
        return ApicurioRegistry.Settings.defaults()
                .withDataDirectory(Optional.of(temp.resolve("data")))
                .withDistributionHome(home);
    }
}
