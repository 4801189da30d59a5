package io.stancewatch.app.embedded;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A dynamic class-data-sharing archive (AppCDS) for a child JVM, which roughly halves the registry's
 * start-up: the first run records the classes it loaded into a file when it exits, that file becomes the
 * shared archive, and every later run maps it instead of loading and verifying the classes again.
 *
 * <p>The archive lives next to the jar it was made from and is named after the running Java version, since
 * the JVM accepts only an archive from its own build and with the same jars; it is remade when the jar is
 * newer. One JVM records at a time (a marker file says who), because writing the archive costs seconds at
 * exit. Anything that goes wrong only costs speed: the JVM ignores an archive it cannot use, a read-only
 * folder gets no archive, and a recording left behind by a killed JVM is dropped after an hour.
 */
final class ClassDataArchive {

    private static final Logger LOG = LoggerFactory.getLogger(ClassDataArchive.class);
    private static final Duration ABANDONED_AFTER = Duration.ofHours(1);

    private final Path archive;
    private final Path recording;
    private final Path recorderMarker;
    private final Mode mode;

    private enum Mode { SHARE, RECORD, NONE }

    private ClassDataArchive(final Path archive, final Mode mode) {
        this.archive = archive;
        this.recording = sibling(archive, ".recording");
        this.recorderMarker = sibling(archive, ".recorder");
        this.mode = mode;
    }

    /** The archive for {@code jar}, kept in the jar's folder. */
    static ClassDataArchive forJar(final Path jar) {
        final Path folder = jar.toAbsolutePath().getParent();
        final String javaVersion = Runtime.version().toString().replaceAll("[^A-Za-z0-9.]", "_");
        final Path archive = folder.resolve(stem(jar) + "-jdk" + javaVersion + ".jsa");
        if (isNewerThan(archive, jar)) {
            return new ClassDataArchive(archive, Mode.SHARE);
        }
        final ClassDataArchive recorder = new ClassDataArchive(archive, Mode.RECORD);
        return recorder.claimRecording() ? recorder : new ClassDataArchive(archive, Mode.NONE);
    }

    /** The JVM options that use the archive, or record it, or nothing while another JVM records it. */
    List<String> jvmOptions() {
        switch (mode) {
            case SHARE:
                return List.of("-XX:SharedArchiveFile=" + archive);
            case RECORD:
                return List.of("-XX:ArchiveClassesAtExit=" + recording);
            default:
                return List.of();
        }
    }

    /** Whether the child writes the archive when it exits, which makes stopping it slower. */
    boolean isRecording() {
        return mode == Mode.RECORD;
    }

    /** After the child JVM has exited: turns what it recorded into the shared archive. */
    void publishRecording() {
        if (mode != Mode.RECORD) {
            return;
        }
        try {
            if (Files.isRegularFile(recording)) {
                moveReplacing(recording, archive);
                LOG.debug("Recorded the class-data-sharing archive {}", archive);
            }
        } catch (IOException e) {
            LOG.debug("Could not keep the class-data-sharing archive {}: {}", archive, e.toString());
            deleteQuietly(recording);
        } finally {
            deleteQuietly(recorderMarker);
        }
    }

    private boolean claimRecording() {
        if (!Files.isWritable(recorderMarker.getParent())) {
            return false;
        }
        if (isOlderThan(recorderMarker, Instant.now().minus(ABANDONED_AFTER))) {
            deleteQuietly(recorderMarker);
            deleteQuietly(recording);
        }
        try {
            Files.createFile(recorderMarker);
            return true;
        } catch (FileAlreadyExistsException anotherJvmRecords) {
            return false;
        } catch (IOException e) {
            LOG.debug("Cannot claim the class-data-sharing recording {}", recorderMarker, e);
            return false;
        }
    }

    private static void moveReplacing(final Path from, final Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static boolean isNewerThan(final Path archive, final Path jar) {
        try {
            return Files.isRegularFile(archive)
                    && Files.getLastModifiedTime(archive).compareTo(Files.getLastModifiedTime(jar)) >= 0;
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean isOlderThan(final Path file, final Instant time) {
        try {
            return Files.exists(file) && Files.getLastModifiedTime(file).compareTo(FileTime.from(time)) < 0;
        } catch (IOException e) {
            return false;
        }
    }

    private static Path sibling(final Path file, final String suffix) {
        return file.resolveSibling(file.getFileName() + suffix);
    }

    private static String stem(final Path jar) {
        final String name = jar.getFileName().toString();
        return name.endsWith(".jar") ? name.substring(0, name.length() - ".jar".length()) : name;
    }

    private static void deleteQuietly(final Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.debug("Could not delete {}", file, e);
        }
    }
}
