package io.stancewatch.ingest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stancewatch.schemas.Article;
import java.time.Instant;

/** Builds JSON lines and articles for the tests, starting from one valid article. */
final class ArticleLines {

    static final Instant INGESTED_AT = Instant.parse("2024-07-11T08:00:00Z");

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ArticleLines() {
    }

    /** A valid article line as an editable JSON object. */
    static ObjectNode validObject(final String id) {
        final ObjectNode node = MAPPER.createObjectNode();
        node.put("id", id);
        node.put("source", "Harbour Wire");
        node.put("url", "https://harbour.example/" + id);
        node.put("title", "Ministers meet in Lisbon");
        node.put("body", "Foreign ministers met on Tuesday to discuss the accession timetable.");
        node.put("publishedAt", "2024-07-10T10:00:00Z");
        return node;
    }

    /** A valid article line. */
    static String valid(final String id) {
        return validObject(id).toString();
    }

    /** A valid article as the parser would build it. */
    static Article article(final String id) {
        return Article.newBuilder()
                .setId(id)
                .setSource("Harbour Wire")
                .setUrl(null)
                .setTitle("t")
                .setBody("b")
                .setPublishedAt(Instant.parse("2024-07-10T10:00:00Z"))
                .setIngestedAt(INGESTED_AT)
                .build();
    }
}
