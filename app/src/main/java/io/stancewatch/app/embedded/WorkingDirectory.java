package io.stancewatch.app.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;

/**
 * The directory a server keeps its data in: either one the user gave, which is kept across restarts
 * and never deleted, or a temporary one that {@link #deleteIfTemporary()} removes.
 */
final class WorkingDirectory {

    private final Path path;
    private final boolean temporary;

    private WorkingDirectory(final Path path, final boolean temporary) {
        this.path = path;
        this.temporary = temporary;
    }

    /** Uses (and creates) {@code given}, or makes a fresh temporary directory named after {@code prefix}. */
    static WorkingDirectory of(final Optional<Path> given, final String prefix) {
        try {
            if (given.isPresent()) {
                return new WorkingDirectory(Files.createDirectories(given.get().toAbsolutePath()), false);
            }
            return new WorkingDirectory(Files.createTempDirectory(prefix), true);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the data directory "
                    + given.map(Path::toString).orElse("(temporary, " + prefix + ")"), e);
        }
    }

    Path path() {
        return path;
    }

    boolean isTemporary() {
        return temporary;
    }

    /** Creates (if needed) and returns the sub-directory {@code name}. */
    Path subdirectory(final String name) {
        try {
            return Files.createDirectories(path.resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create " + path.resolve(name), e);
        }
    }

    /** Deletes the directory tree when it is temporary; a user's directory is left alone. */
    void deleteIfTemporary() {
        if (temporary && Files.exists(path)) {
            deleteTree(path);
        }
    }

    private static void deleteTree(final Path root) {
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(final Path file, final BasicFileAttributes attrs) throws IOException {
                    Files.deleteIfExists(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(final Path dir, final IOException failure) throws IOException {
                    Files.deleteIfExists(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete the temporary directory " + root, e);
        }
    }
}
