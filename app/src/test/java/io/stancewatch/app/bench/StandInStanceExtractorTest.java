package io.stancewatch.app.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.stancewatch.processor.state.SignalCheck;
import io.stancewatch.schemas.Article;
import io.stancewatch.schemas.StanceSignal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class StandInStanceExtractorTest {

    private static Article article(final String id, final String body) {
        final Instant at = Instant.parse("2030-01-02T03:04:05Z");
        return Article.newBuilder().setId(id).setSource("outlet").setUrl(null).setTitle("t").setBody(body)
                .setPublishedAt(at).setIngestedAt(at).build();
    }

    @Test
    void shouldGiveValidSignalsNamingTheArticleWhenAnyBodyIsRead() {
        for (int n = 0; n < 200; n++) {
            final Article article = article("a-" + n, "body number " + n);
            final List<StanceSignal> signals = new StandInStanceExtractor().extract(article);

            assertThat(signals).hasSizeBetween(1, 3).allSatisfy(signal -> {
                SignalCheck.requireValid(signal);
                assertThat(signal.getEvidence().getArticleId()).isEqualTo(article.getId());
            });
        }
    }

    @Test
    void shouldGiveCopiesTheSameStancesWhenBodiesAreEqual() {
        final StandInStanceExtractor extractor = new StandInStanceExtractor();

        final List<StanceSignal> original = extractor.extract(article("a-1", "the same story"));
        final List<StanceSignal> copy = extractor.extract(article("copy-1", "the same story"));

        assertThat(stances(copy)).isEqualTo(stances(original));
    }

    private static List<String> stances(final List<StanceSignal> signals) {
        return signals.stream().map(signal -> signal.getActor() + " " + signal.getStance()).toList();
    }
}
