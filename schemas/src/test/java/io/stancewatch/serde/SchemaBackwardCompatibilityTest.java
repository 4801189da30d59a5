package io.stancewatch.serde;

import static org.assertj.core.api.Assertions.assertThat;

import io.stancewatch.schemas.StanceSignal;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaCompatibility.SchemaCompatibilityType;
import org.apache.avro.SchemaCompatibility.SchemaPairCompatibility;
import org.apache.avro.SchemaParseException;
import org.apache.avro.specific.SpecificData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Guards the topics' contracts across releases: every type of every released schema set
 * ({@code src/test/resources/released/<version>/*.avsc}) must be readable by today's generated classes,
 * so consumers can be upgraded before producers are and compacted topics stay readable. A failure here
 * means a change needs a default value or a new topic, not an edit of the released files.
 */
class SchemaBackwardCompatibilityTest {

    private static final Path RELEASED = releasedRoot();

    static Stream<Arguments> everyReleasedType() throws IOException {
        final List<Arguments> cases = new ArrayList<>();
        try (Stream<Path> releases = Files.list(RELEASED)) {
            for (final Path release : releases.sorted().toList()) {
                parseRelease(release).values().forEach(schema ->
                        cases.add(Arguments.of(release.getFileName().toString(), schema.getFullName(), schema)));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{1} of release {0}")
    @MethodSource("everyReleasedType")
    void shouldReadReleasedDataWhenCurrentClassIsTheReader(final String release, final String type,
                                                           final Schema released) throws ClassNotFoundException {
        final Schema current = SpecificData.get().getSchema(Class.forName(type));

        assertThat(incompatibilities(current, released))
                .as("today's %s reading data written with release %s", type, release)
                .isEmpty();
    }

    @Test
    void shouldCoverEveryTopicRecordWhenReleaseIsParsed() throws IOException {
        final Map<String, Schema> first = parseRelease(RELEASED.resolve("0.1.0"));

        assertThat(first).containsKeys("io.stancewatch.schemas.Article", "io.stancewatch.schemas.StanceSignal",
                "io.stancewatch.schemas.StanceAlert", "io.stancewatch.schemas.StanceState");
    }

    @Test
    void shouldReportIncompatibilityWhenFieldIsAddedWithoutDefault() throws IOException {
        final Schema released = parseRelease(RELEASED.resolve("0.1.0")).get("io.stancewatch.schemas.StanceSignal");
        final Schema withRequiredField = withExtraField(StanceSignal.getClassSchema(),
                new Schema.Field("language", Schema.create(Schema.Type.STRING), "no default: old data has none"));

        assertThat(incompatibilities(withRequiredField, released))
                .singleElement().asString().contains("language");
    }

    @Test
    void shouldReportIncompatibilityWhenEnumSymbolIsDroppedWithoutDefault() throws IOException {
        final Schema released = parseRelease(RELEASED.resolve("0.1.0")).get("io.stancewatch.schemas.ChangeType");
        final Schema fewerSymbols = Schema.createEnum(released.getName(), released.getDoc(), released.getNamespace(),
                List.of("NEW", "CHANGED"));

        assertThat(incompatibilities(fewerSymbols, released)).singleElement().asString().contains("HOLDOUTS_CHANGED");
    }

    private static List<String> incompatibilities(final Schema reader, final Schema writer) {
        final SchemaPairCompatibility result = SchemaCompatibility.checkReaderWriterCompatibility(reader, writer);
        if (result.getType() == SchemaCompatibilityType.COMPATIBLE) {
            return List.of();
        }
        return result.getResult().getIncompatibilities().stream()
                .map(i -> i.getType() + " at " + i.getLocation() + ": " + i.getMessage())
                .toList();
    }

    private static Schema withExtraField(final Schema record, final Schema.Field extra) {
        final List<Schema.Field> fields = new ArrayList<>();
        record.getFields().forEach(field -> fields.add(new Schema.Field(field, field.schema())));
        fields.add(extra);
        return Schema.createRecord(record.getName(), record.getDoc(), record.getNamespace(), false, fields);
    }

    /**
     * Parses one release's files, each file one named type. Files may name types of other files, so they are
     * parsed in an order found by trying: a file is taken once every type it names is known.
     */
    static Map<String, Schema> parseRelease(final Path release) throws IOException {
        final List<Path> pending;
        try (Stream<Path> files = Files.list(release)) {
            pending = new ArrayList<>(files.filter(f -> f.toString().endsWith(".avsc")).sorted().toList());
        }
        final List<Path> ordered = new ArrayList<>();
        while (!pending.isEmpty()) {
            final Path next = pending.stream().filter(file -> parsesAfter(ordered, file)).findFirst()
                    .orElseThrow(() -> new IllegalStateException("cannot parse " + pending
                            + ": they name types no file of " + release + " defines"));
            ordered.add(next);
            pending.remove(next);
        }
        final Schema.Parser parser = new Schema.Parser();
        final Map<String, Schema> byName = new LinkedHashMap<>();
        for (final Path file : ordered) {
            final Schema schema = parser.parse(file.toFile());
            byName.put(schema.getFullName(), schema);
        }
        return byName;
    }

    private static boolean parsesAfter(final List<Path> known, final Path candidate) {
        final Schema.Parser parser = new Schema.Parser();
        try {
            for (final Path file : known) {
                parser.parse(file.toFile());
            }
            parser.parse(candidate.toFile());
            return true;
        } catch (final SchemaParseException e) {
            return false;
        } catch (final IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path releasedRoot() {
        try {
            return Path.of(SchemaBackwardCompatibilityTest.class.getResource("/released").toURI());
        } catch (final URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
