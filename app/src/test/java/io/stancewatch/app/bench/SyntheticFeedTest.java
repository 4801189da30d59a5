package io.stancewatch.app.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.stancewatch.schemas.Article;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SyntheticFeedTest {

    private static final FeedTemplates TEMPLATES = FeedTemplates.loadDefault();

    @Test
    void shouldGiveTheSameArticlesWhenSeedAndCountAreTheSame() {
        final List<Article> first = new SyntheticFeed(TEMPLATES, 42, 500).stream().toList();
        final List<Article> second = new SyntheticFeed(TEMPLATES, 42, 500).stream().toList();

        assertThat(first).hasSize(500).isEqualTo(second);
    }

    @Test
    void shouldStartOverWhenIteratedTwice() {
        final SyntheticFeed feed = new SyntheticFeed(TEMPLATES, 7, 50);

        assertThat(feed.stream().toList()).isEqualTo(feed.stream().toList());
    }

    @Test
    void shouldGiveOtherArticlesWhenSeedDiffers() {
        final List<String> first = bodies(new SyntheticFeed(TEMPLATES, 1, 50));
        final List<String> second = bodies(new SyntheticFeed(TEMPLATES, 2, 50));

        assertThat(first).doesNotContainAnyElementsOf(second);
    }

    @Test
    void shouldKeepEveryBodyBetween300And900WordsWhenTheFeedIsLong() {
        final List<Integer> words =
                new SyntheticFeed(TEMPLATES, 3, 800).stream().map(a -> FeedGenerator.words(a.getBody())).toList();

        assertThat(words).allSatisfy(w -> assertThat(w).isBetween(300, 900));
        // Spread over the range, not stuck at one length.
        assertThat(words.stream().mapToInt(Integer::intValue).min().orElseThrow()).isLessThan(400);
        assertThat(words.stream().mapToInt(Integer::intValue).max().orElseThrow()).isGreaterThan(800);
    }

    @Test
    void shouldCarryExactDuplicatesAndSyndicatedCopiesWhenTheFeedIsLong() {
        final Map<String, Article> byId = new HashMap<>();
        final Map<String, String> idByBody = new HashMap<>();
        int exactDuplicates = 0;
        int syndicatedCopies = 0;
        for (final Article article : new SyntheticFeed(TEMPLATES, 5, 1200)) {
            final Article earlier = byId.putIfAbsent(article.getId(), article);
            if (earlier != null) {
                assertThat(article).isEqualTo(earlier);
                exactDuplicates++;
            } else if (idByBody.putIfAbsent(article.getBody(), article.getId()) != null) {
                syndicatedCopies++;
            }
        }

        assertThat(exactDuplicates).isBetween(8, 60);
        assertThat(syndicatedCopies).isBetween(12, 90);
    }

    @Test
    void shouldMoveTimeForwardWhenArticlesFollowEachOther() {
        final List<Article> articles = new SyntheticFeed(TEMPLATES, 9, 300).stream().toList();
        final Set<String> seen = new HashSet<>();
        Article previousNew = null;
        for (final Article article : articles) {
            if (seen.add(article.getId())) {
                if (previousNew != null) {
                    assertThat(article.getPublishedAt()).isAfter(previousNew.getPublishedAt());
                }
                assertThat(article.getIngestedAt()).isAfter(article.getPublishedAt());
                previousNew = article;
            }
        }
    }

    @Test
    void shouldWriteStatementsOfEveryStanceAndDistractorsWhenTheFeedIsLong() {
        final String text = String.join("\n", bodies(new SyntheticFeed(TEMPLATES, 11, 600)));

        assertThat(text)
                .contains("fully backs", "once the conditions", "not on the table", "will not ratify")
                .contains("no consensus among", "have agreed to invite")
                .contains("If ", "Would ");
    }

    @Test
    void shouldHaveTheRequestedSizeWhenCountIsGiven() {
        final SyntheticFeed feed = SyntheticFeed.withDefaultTemplates(1, 17);

        assertThat(feed.size()).isEqualTo(17);
        assertThat(feed.stream().count()).isEqualTo(17);
    }

    private static List<String> bodies(SyntheticFeed feed) {
        return feed.stream().map(Article::getBody).toList();
    }
}
