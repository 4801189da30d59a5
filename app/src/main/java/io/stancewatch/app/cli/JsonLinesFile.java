package io.stancewatch.app.cli;

import io.stancewatch.processor.json.PlainJson;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.avro.specific.SpecificRecord;

/** Writes records as plain JSON, one a line (see {@link PlainJson}), replacing the file. */
final class JsonLinesFile {

    private JsonLinesFile() {
    }

    static void write(final Path file, final Iterable<? extends SpecificRecord> records) throws IOException {
        final Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (BufferedWriter writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (final SpecificRecord record : records) {
                writer.write(PlainJson.write(record));
                writer.newLine();
            }
        }
    }
}
