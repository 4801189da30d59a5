package io.stancewatch.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.stancewatch.schemas.Article;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

class ArticleProducerTest {

    private static final String TOPIC = "articles";

    private final MockProducer<String, Article> mock =
            new MockProducer<>(false, null, new StringSerializer(), (topic, article) -> new byte[0]);
    private final ArticleProducer producer = new ArticleProducer(mock, TOPIC);

    @Test
    void shouldKeyRecordsByArticleIdWhenSending() {
        producer.send(ArticleLines.article("a-1"));
        producer.send(ArticleLines.article("a-2"));
        producer.flush();

        assertThat(mock.history()).extracting(record -> record.topic() + "/" + record.key())
                .containsExactly("articles/a-1", "articles/a-2");
    }

    @Test
    void shouldCountSentWhenBrokerAcknowledges() {
        producer.send(ArticleLines.article("a-1"));
        producer.send(ArticleLines.article("a-2"));
        producer.flush();

        final IngestReport report = producer.report(3, 1);

        assertThat(report).isEqualTo(new IngestReport(3, 2, 1, 0, java.util.List.of()));
        assertThat(report.allValidDelivered()).isTrue();
    }

    @Test
    void shouldCountFailedAndKeepSendingWhenADeliveryFails() {
        producer.send(ArticleLines.article("a-1"));
        producer.send(ArticleLines.article("a-2"));
        producer.send(ArticleLines.article("a-3"));
        mock.completeNext();
        mock.errorNext(new TimeoutException("Expiring 1 record(s): delivery.timeout.ms has passed"));
        producer.flush();

        final IngestReport report = producer.report(3, 0);

        assertThat(report.sent()).isEqualTo(2);
        assertThat(report.failed()).isEqualTo(1);
        assertThat(report.allValidDelivered()).isFalse();
        assertThat(report.failures()).singleElement().asString()
                .contains("article a-2 not delivered to articles")
                .contains("delivery.timeout.ms has passed");
    }

    @Test
    void shouldCountFailedWhenSerializationThrows() {
        final Serializer<Article> registryDown = (topic, article) -> {
            throw new SerializationException("registry unreachable");
        };
        final ArticleProducer failing = new ArticleProducer(
                new MockProducer<>(true, null, new StringSerializer(), registryDown), TOPIC);

        failing.send(ArticleLines.article("a-1"));
        failing.flush();

        assertThat(failing.report(1, 0).failed()).isEqualTo(1);
        assertThat(failing.report(1, 0).failures()).singleElement().asString().contains("registry unreachable");
    }

    @Test
    void shouldRememberABoundedSampleWhenManyDeliveriesFail() {
        final int count = ArticleProducer.MAX_REMEMBERED_FAILURES + 5;
        for (int i = 0; i < count; i++) {
            producer.send(ArticleLines.article("a-" + i));
        }
        for (int i = 0; i < count; i++) {
            mock.errorNext(new TimeoutException("timed out"));
        }

        final IngestReport report = producer.report(count, 0);

        assertThat(report.failed()).isEqualTo(count);
        assertThat(report.failures()).hasSize(ArticleProducer.MAX_REMEMBERED_FAILURES);
    }
}
