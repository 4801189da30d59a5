package io.stancewatch.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.stancewatch.schemas.Article;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

class ArticleIngestorTest {

    private final MockProducer<String, Article> mock =
            new MockProducer<>(true, null, new StringSerializer(), (topic, article) -> new byte[0]);
    private final List<Rejection> printed = new ArrayList<>();
    private final ArticleIngestor ingestor = new ArticleIngestor(
            new ArticleJsonReader(new ArticleLineParser(1000, Clock.systemUTC())),
            new ArticleProducer(mock, "articles"), printed::add);

    @Test
    void shouldSendValidAndReportRejectedWhenFeedIsMixed() throws IOException {
        final String feed = String.join("\n", ArticleLines.valid("a"), "{}", ArticleLines.valid("b"), "oops");

        final IngestReport report = ingestor.ingest(
                new ByteArrayInputStream(feed.getBytes(StandardCharsets.UTF_8)), ArticleJsonReader.STDIN_ORIGIN);

        assertThat(report.summary()).isEqualTo("read 4, sent 2, rejected 2, failed 0");
        assertThat(mock.history()).extracting(record -> record.key()).containsExactly("a", "b");
        // The empty object names every required field it lacks; the bad JSON names the whole line.
        assertThat(printed).extracting(Rejection::message).hasSize(6).startsWith(
                "<stdin>:2 id: is missing",
                "<stdin>:2 source: is missing",
                "<stdin>:2 title: is missing",
                "<stdin>:2 body: is missing",
                "<stdin>:2 publishedAt: is missing");
        assertThat(printed.get(5).message()).startsWith("<stdin>:4 (line): malformed JSON");
    }
}
