package io.stancewatch.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Reads articles as JSON lines from a file, a directory of files, or a stream such as stdin, and hands each
 * valid article and each rejected line to an {@link ArticleVisitor}, in input order.
 *
 * <p>A directory contributes its regular {@code *.jsonl} and {@code *.ndjson} files, in file-name order, so
 * that a feed split into numbered files keeps its order; other files (notes, label files) are left alone.
 * Blank lines are skipped. Bytes that are not UTF-8 are read as U+FFFD rather than stopping the file.
 */
public final class ArticleJsonReader {

    /** The origin named in rejections of lines read from a stream. */
    public static final String STDIN_ORIGIN = "<stdin>";

    private static final List<String> FEED_FILE_SUFFIXES = List.of(".jsonl", ".ndjson");

    private final ArticleLineParser parser;

    /** A reader that validates each line with {@code parser}. */
    public ArticleJsonReader(final ArticleLineParser parser) {
        this.parser = Objects.requireNonNull(parser, "parser");
    }

    /**
     * Reads a file, or every feed file of a directory in name order.
     *
     * @return how many non-blank lines were read
     * @throws IOException if the path or one of its files cannot be read
     */
    public long read(final Path path, final ArticleVisitor visitor) throws IOException {
        long lines = 0;
        for (final Path file : feedFiles(path)) {
            try (InputStream in = Files.newInputStream(file)) {
                lines += read(in, file.toString(), visitor);
            }
        }
        return lines;
    }

    /**
     * Reads JSON lines from {@code in} until its end; does not close it.
     *
     * @param origin the name used in rejections, such as the file name or {@link #STDIN_ORIGIN}
     * @return how many non-blank lines were read
     */
    public long read(final InputStream in, final String origin, final ArticleVisitor visitor) throws IOException {
        final Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE));
        final BoundedLineReader lines = new BoundedLineReader(reader, parser.maxLineChars());
        long lineNumber = 0;
        long read = 0;
        for (BoundedLineReader.Line line = lines.next(); line != null; line = lines.next()) {
            lineNumber++;
            if (line.isOverLimit()) {
                read++;
                visitor.onRejectedLine(List.of(new Rejection(origin, lineNumber, Rejection.WHOLE_LINE, "line is "
                        + line.length() + " characters long, over the limit of " + parser.maxLineChars()
                        + " for a body of at most " + parser.maxBodyBytes() + " bytes")));
            } else if (!line.text().isBlank()) {
                read++;
                final LineResult result = parser.parse(origin, lineNumber, line.text());
                if (result.isAccepted()) {
                    visitor.onArticle(result.article().orElseThrow());
                } else {
                    visitor.onRejectedLine(result.rejections());
                }
            }
        }
        return read;
    }

    /**
     * The files {@link #read(Path, ArticleVisitor)} reads for {@code path}: the file itself, or the feed files
     * of a directory sorted by name.
     *
     * @throws IOException if the path does not exist or is not readable
     */
    public static List<Path> feedFiles(final Path path) throws IOException {
        if (!Files.isDirectory(path)) {
            if (!Files.isRegularFile(path)) {
                throw new NoSuchFileException(path.toString(), null, "no such file or directory");
            }
            if (!Files.isReadable(path)) {
                throw new AccessDeniedException(path.toString(), null, "not readable");
            }
            return List.of(path);
        }
        try (Stream<Path> entries = Files.list(path)) {
            return entries.filter(Files::isRegularFile)
                    .filter(ArticleJsonReader::isFeedFile)
                    .sorted(Comparator.comparing(entry -> entry.getFileName().toString()))
                    .toList();
        }
    }

    private static boolean isFeedFile(final Path file) {
        final String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return !name.startsWith(".") && FEED_FILE_SUFFIXES.stream().anyMatch(name::endsWith);
    }
}
