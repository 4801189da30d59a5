package io.stancewatch.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleJsonReaderTest {

    @TempDir
    Path dir;

    private final ArticleJsonReader reader = new ArticleJsonReader(
            new ArticleLineParser(100, Clock.fixed(ArticleLines.INGESTED_AT, ZoneOffset.UTC)));
    private final RecordingVisitor visitor = new RecordingVisitor();

    @Test
    void shouldReadFeedFilesInNameOrderWhenInputIsADirectory() throws IOException {
        Files.writeString(dir.resolve("02-later.jsonl"), ArticleLines.valid("c") + "\n");
        Files.writeString(dir.resolve("01-first.jsonl"), ArticleLines.valid("a") + "\n" + ArticleLines.valid("b"));
        Files.writeString(dir.resolve("03-last.ndjson"), ArticleLines.valid("d") + "\n");
        Files.writeString(dir.resolve("labels.json"), "{\"alerts\": []}\n");
        Files.writeString(dir.resolve("NOTES.md"), "# not a feed\n");

        final long read = reader.read(dir, visitor);

        assertThat(read).isEqualTo(4);
        assertThat(visitor.articleIds()).containsExactly("a", "b", "c", "d");
        assertThat(visitor.rejections).isEmpty();
    }

    @Test
    void shouldKeepReadingAndNumberLinesWhenALineIsBad() throws IOException {
        final Path file = dir.resolve("feed.jsonl");
        Files.writeString(file, String.join("\n", ArticleLines.valid("a"), "", "not json", ArticleLines.valid("b")));

        final long read = reader.read(file, visitor);

        assertThat(read).isEqualTo(3);
        assertThat(visitor.articleIds()).containsExactly("a", "b");
        assertThat(visitor.rejections).singleElement().satisfies(rejection -> {
            assertThat(rejection.origin()).isEqualTo(file.toString());
            assertThat(rejection.lineNumber()).isEqualTo(3);
            assertThat(rejection.field()).isEqualTo(Rejection.WHOLE_LINE);
        });
    }

    @Test
    void shouldRejectLineWithoutHoldingItWhenLineIsOverTheLimit() throws IOException {
        final long limit = new ArticleLineParser(100, Clock.systemUTC()).maxLineChars();
        final String huge = "{\"body\": \"" + "x".repeat((int) limit) + "\"}";
        final String input = ArticleLines.valid("a") + "\n" + huge + "\n" + ArticleLines.valid("b") + "\n";

        final long read = reader.read(stream(input), "in", visitor);

        assertThat(read).isEqualTo(3);
        assertThat(visitor.articleIds()).containsExactly("a", "b");
        assertThat(visitor.rejections).singleElement().satisfies(rejection -> {
            assertThat(rejection.lineNumber()).isEqualTo(2);
            assertThat(rejection.reason()).contains("over the limit of " + limit);
        });
    }

    @Test
    void shouldReadLinesWhenFileHasByteOrderMarkAndCrLfEndings() throws IOException {
        final String input = "\uFEFF" + ArticleLines.valid("a") + "\r\n" + ArticleLines.valid("b") + "\r\n";

        reader.read(stream(input), ArticleJsonReader.STDIN_ORIGIN, visitor);

        assertThat(visitor.articleIds()).containsExactly("a", "b");
        assertThat(visitor.rejections).isEmpty();
    }

    @Test
    void shouldRejectLineNotStopWhenBytesAreNotUtf8() throws IOException {
        final byte[] bad = {'{', (byte) 0xC3, (byte) 0x28, '\n'};
        final byte[] good = (ArticleLines.valid("b") + "\n").getBytes(StandardCharsets.UTF_8);
        final byte[] input = new byte[bad.length + good.length];
        System.arraycopy(bad, 0, input, 0, bad.length);
        System.arraycopy(good, 0, input, bad.length, good.length);

        reader.read(new ByteArrayInputStream(input), "in", visitor);

        assertThat(visitor.articleIds()).containsExactly("b");
        assertThat(visitor.rejections).extracting(Rejection::lineNumber).containsExactly(1L);
    }

    @Test
    void shouldFailNamingThePathWhenInputDoesNotExist() {
        final Path missing = dir.resolve("missing.jsonl");

        assertThatThrownBy(() -> reader.read(missing, visitor))
                .isInstanceOf(NoSuchFileException.class)
                .hasMessageContaining("missing.jsonl");
    }

    private static ByteArrayInputStream stream(final String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
