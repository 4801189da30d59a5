package io.stancewatch.app.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.STRING;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassDataArchiveTest {

    @TempDir
    Path folder;

    @Test
    void shouldRecordThenShareWhenFirstRunHasWrittenItsArchive() throws IOException {
        final Path jar = Files.writeString(folder.resolve("registry-runner.jar"), "jar");
        final ClassDataArchive first = ClassDataArchive.forJar(jar);
        final String recordOption = first.jvmOptions().get(0);
        assertThat(recordOption).startsWith("-XX:ArchiveClassesAtExit=");
        // What the child JVM does when it exits:
        Files.writeString(optionPath(recordOption), "classes");

        first.publishRecording();
        final List<String> secondOptions = ClassDataArchive.forJar(jar).jvmOptions();

        assertThat(secondOptions).hasSize(1);
        assertThat(secondOptions.get(0)).startsWith("-XX:SharedArchiveFile=" + folder.toAbsolutePath());
        assertThat(optionPath(secondOptions.get(0))).hasContent("classes");
    }

    @Test
    void shouldRecordAgainWhenJarIsNewerThanArchive() throws IOException {
        final Path jar = Files.writeString(folder.resolve("registry-runner.jar"), "jar");
        final ClassDataArchive first = ClassDataArchive.forJar(jar);
        final String recordOption = first.jvmOptions().get(0);
        Files.writeString(optionPath(recordOption), "classes");
        first.publishRecording();

        Files.setLastModifiedTime(jar, FileTime.from(Instant.now().plus(1, ChronoUnit.HOURS)));

        assertThat(ClassDataArchive.forJar(jar).jvmOptions()).singleElement(STRING)
                .startsWith("-XX:ArchiveClassesAtExit=");
    }

    @Test
    void shouldLetOnlyOneJvmRecordWhenTwoStartBeforeAnyArchiveExists() throws IOException {
        final Path jar = Files.writeString(folder.resolve("registry-runner.jar"), "jar");

        final ClassDataArchive first = ClassDataArchive.forJar(jar);
        final ClassDataArchive second = ClassDataArchive.forJar(jar);

        assertThat(first.isRecording()).isTrue();
        assertThat(second.isRecording()).isFalse();
        assertThat(second.jvmOptions()).isEmpty();
    }

    @Test
    void shouldRecordAgainAndLeaveNoFileWhenEarlierRecordingWroteNothing() throws IOException {
        final Path jar = Files.writeString(folder.resolve("registry-runner.jar"), "jar");
        final ClassDataArchive killedRun = ClassDataArchive.forJar(jar);

        killedRun.publishRecording();

        try (var files = Files.list(folder)) {
            assertThat(files.map(file -> file.getFileName().toString())).containsExactly("registry-runner.jar");
        }
        assertThat(ClassDataArchive.forJar(jar).jvmOptions()).singleElement(STRING)
                .startsWith("-XX:ArchiveClassesAtExit=");
    }

    private static Path optionPath(final String option) {
        return Path.of(option.substring(option.indexOf('=') + 1));
    }
}
