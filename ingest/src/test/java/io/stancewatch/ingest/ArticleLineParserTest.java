package io.stancewatch.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stancewatch.schemas.Article;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ArticleLineParserTest {

    private static final String ORIGIN = "feed.jsonl";

    private final ArticleLineParser parser =
            new ArticleLineParser(100, Clock.fixed(ArticleLines.INGESTED_AT, ZoneOffset.UTC));

    @Test
    void shouldBuildArticleWhenEveryFieldIsValid() {
        final LineResult result = parser.parse(ORIGIN, 1, ArticleLines.valid("a-1"));

        assertThat(result.rejections()).isEmpty();
        final Article article = result.article().orElseThrow();
        assertThat(article.getId()).isEqualTo("a-1");
        assertThat(article.getSource()).isEqualTo("Harbour Wire");
        assertThat(article.getUrl()).isEqualTo("https://harbour.example/a-1");
        assertThat(article.getTitle()).isEqualTo("Ministers meet in Lisbon");
        assertThat(article.getPublishedAt()).isEqualTo(Instant.parse("2024-07-10T10:00:00Z"));
        assertThat(article.getIngestedAt()).isEqualTo(ArticleLines.INGESTED_AT);
    }

    @Test
    void shouldConvertToInstantWhenPublishedAtHasAnOffset() {
        final ObjectNode line = ArticleLines.validObject("a-1").put("publishedAt", "2024-07-10T12:00:00+02:00");

        final Article article = parser.parse(ORIGIN, 1, line.toString()).article().orElseThrow();

        assertThat(article.getPublishedAt()).isEqualTo(Instant.parse("2024-07-10T10:00:00Z"));
    }

    @Test
    void shouldLeaveUrlEmptyWhenItIsMissingOrBlank() {
        final ObjectNode missing = ArticleLines.validObject("a-1");
        missing.remove("url");
        final ObjectNode blank = ArticleLines.validObject("a-2").put("url", "  ");

        assertThat(parser.parse(ORIGIN, 1, missing.toString()).article().orElseThrow().getUrl()).isNull();
        assertThat(parser.parse(ORIGIN, 2, blank.toString()).article().orElseThrow().getUrl()).isNull();
    }

    @Test
    void shouldRejectWholeLineWhenJsonIsMalformed() {
        final LineResult result = parser.parse(ORIGIN, 7, "{\"id\": \"a-1\", \"source\": ");

        assertThat(result.isAccepted()).isFalse();
        assertThat(result.rejections()).singleElement().satisfies(rejection -> {
            assertThat(rejection.lineNumber()).isEqualTo(7);
            assertThat(rejection.field()).isEqualTo(Rejection.WHOLE_LINE);
            assertThat(rejection.message()).startsWith("feed.jsonl:7 (line): malformed JSON");
        });
    }

    @Test
    void shouldRejectWholeLineWhenJsonIsNotAnObject() {
        final LineResult result = parser.parse(ORIGIN, 3, "[1, 2]");

        assertThat(result.rejections()).singleElement()
                .extracting(Rejection::message).isEqualTo("feed.jsonl:3 (line): expected a JSON object, found array");
    }

    @ParameterizedTest
    @ValueSource(strings = {"id", "source", "title", "body", "publishedAt"})
    void shouldRejectFieldWhenRequiredFieldIsMissing(final String field) {
        final ObjectNode line = ArticleLines.validObject("a-1");
        line.remove(field);

        final LineResult result = parser.parse(ORIGIN, 4, line.toString());

        assertThat(result.rejections()).singleElement()
                .extracting(Rejection::message).isEqualTo("feed.jsonl:4 " + field + ": is missing");
    }

    @ParameterizedTest
    @ValueSource(strings = {"id", "source", "title", "body", "publishedAt"})
    void shouldRejectFieldWhenRequiredFieldIsBlank(final String field) {
        final ObjectNode line = ArticleLines.validObject("a-1").put(field, " \t ");

        final LineResult result = parser.parse(ORIGIN, 5, line.toString());

        assertThat(result.rejections()).singleElement()
                .extracting(Rejection::message).isEqualTo("feed.jsonl:5 " + field + ": is blank");
    }

    @Test
    void shouldRejectFieldWhenItIsNotAString() {
        final ObjectNode line = ArticleLines.validObject("a-1").put("title", 42);

        final LineResult result = parser.parse(ORIGIN, 2, line.toString());

        assertThat(result.rejections()).singleElement()
                .extracting(Rejection::message).isEqualTo("feed.jsonl:2 title: must be a string, found number");
    }

    @ParameterizedTest
    @ValueSource(strings = {"10 July 2024", "2024-07-10", "2024-07-10T10:00:00", "2024-13-10T10:00:00Z"})
    void shouldRejectPublishedAtWhenItIsNotAnIsoInstant(final String value) {
        final ObjectNode line = ArticleLines.validObject("a-1").put("publishedAt", value);

        final LineResult result = parser.parse(ORIGIN, 9, line.toString());

        assertThat(result.rejections()).singleElement().satisfies(rejection -> {
            assertThat(rejection.field()).isEqualTo("publishedAt");
            assertThat(rejection.lineNumber()).isEqualTo(9);
            assertThat(rejection.reason()).contains("'" + value + "' is not an ISO-8601 instant");
        });
    }

    @Test
    void shouldRejectBodyWhenItIsOverTheLimit() {
        final ObjectNode line = ArticleLines.validObject("a-1").put("body", "é".repeat(51));

        final LineResult result = parser.parse(ORIGIN, 6, line.toString());

        assertThat(result.rejections()).singleElement().extracting(Rejection::message)
                .isEqualTo("feed.jsonl:6 body: is 102 bytes, over the limit of 100 bytes");
    }

    @Test
    void shouldAcceptBodyWhenItIsExactlyAtTheLimit() {
        final ObjectNode line = ArticleLines.validObject("a-1").put("body", "x".repeat(100));

        assertThat(parser.parse(ORIGIN, 1, line.toString()).isAccepted()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"id", "source"})
    void shouldRejectIdentifierWhenItHoldsAControlCharacter(final String field) {
        final ObjectNode line = ArticleLines.validObject("a-1").put(field, "ab\u0007c");

        final LineResult result = parser.parse(ORIGIN, 8, line.toString());

        assertThat(result.rejections()).singleElement().extracting(Rejection::message)
                .isEqualTo("feed.jsonl:8 " + field + ": contains control character U+0007 at position 3");
    }

    @Test
    void shouldAcceptControlCharactersWhenTheyAreInTheBody() {
        final ObjectNode line = ArticleLines.validObject("a-1").put("body", "First paragraph.\n\tSecond.");

        assertThat(parser.parse(ORIGIN, 1, line.toString()).isAccepted()).isTrue();
    }

    @Test
    void shouldReportEveryBadFieldWhenSeveralAreWrong() {
        final ObjectNode line = ArticleLines.validObject("a-1").put("source", "").put("publishedAt", "yesterday");
        line.remove("title");

        final LineResult result = parser.parse(ORIGIN, 2, line.toString());

        assertThat(result.rejections()).extracting(Rejection::field)
                .containsExactly("source", "title", "publishedAt");
    }
}
