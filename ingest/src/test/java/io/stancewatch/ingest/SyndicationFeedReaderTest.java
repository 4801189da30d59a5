package io.stancewatch.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.stancewatch.schemas.Article;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class SyndicationFeedReaderTest {

    private final SyndicationFeedReader reader = new SyndicationFeedReader(
            new ArticleLineParser(10_000, Clock.fixed(ArticleLines.INGESTED_AT, ZoneOffset.UTC)));
    private final RecordingVisitor visitor = new RecordingVisitor();
    private final List<Article> articles = visitor.articles;
    private final List<Rejection> rejections = visitor.rejections;

    @Test
    void shouldMapItemsToArticlesWhenFeedIsRss() throws IOException {
        final long read = read("harbour-wire.rss.xml");

        assertThat(read).isEqualTo(3);
        assertThat(articles).hasSize(2);
        final Article first = articles.get(0);
        assertThat(first.getId()).isEqualTo("hw-100");
        assertThat(first.getSource()).isEqualTo("Harbour Wire");
        assertThat(first.getUrl()).isEqualTo("https://harbour.example/ministers-meet");
        assertThat(first.getTitle()).isEqualTo("Ministers meet in Lisbon");
        assertThat(first.getBody()).isEqualTo("Foreign ministers met on Monday.\n\nTalks & dinners followed.");
        assertThat(first.getPublishedAt()).isEqualTo(Instant.parse("2030-03-04T09:15:00Z"));
    }

    @Test
    void shouldUseTheLinkAsIdWhenItemHasNoGuid() throws IOException {
        read("harbour-wire.rss.xml");

        assertThat(articles.get(1).getId()).isEqualTo("https://harbour.example/harbour-reopens");
        assertThat(articles.get(1).getPublishedAt()).isEqualTo(Instant.parse("2030-03-05T11:00:00Z"));
    }

    @Test
    void shouldRejectEntryByPositionAndFieldWhenItHasNoDate() throws IOException {
        read("harbour-wire.rss.xml");

        assertThat(rejections).singleElement().extracting(Rejection::message)
                .isEqualTo("harbour-wire.rss.xml:2 publishedAt: is missing");
    }

    @Test
    void shouldUseUpdatedDateAndHtmlContentWhenFeedIsAtom() throws IOException {
        read("northgate.atom.xml");

        assertThat(articles).singleElement().satisfies(article -> {
            assertThat(article.getId()).isEqualTo("urn:example:northgate:1");
            assertThat(article.getSource()).isEqualTo("Northgate News");
            assertThat(article.getTitle()).isEqualTo("Berlin backs the bid");
            assertThat(article.getBody()).isEqualTo("The chancellor spoke in Berlin.");
            assertThat(article.getPublishedAt()).isEqualTo(Instant.parse("2030-03-06T10:00:00Z"));
        });
    }

    @Test
    void shouldRejectWholeDocumentWhenItIsNotAFeed() throws IOException {
        final long read = read("not-a-feed.xml");

        assertThat(read).isZero();
        assertThat(articles).isEmpty();
        assertThat(rejections).singleElement().satisfies(rejection -> {
            assertThat(rejection.lineNumber()).isZero();
            assertThat(rejection.field()).isEqualTo(SyndicationFeedReader.WHOLE_FEED);
            assertThat(rejection.reason()).startsWith("not an RSS or Atom feed");
        });
    }

    @Test
    void shouldRefuseFeedWhenItDeclaresADoctype() throws IOException {
        read("doctype.rss.xml");

        assertThat(articles).isEmpty();
        assertThat(rejections).singleElement().extracting(Rejection::field).isEqualTo(SyndicationFeedReader.WHOLE_FEED);
    }

    private long read(final String name) throws IOException {
        try (InputStream in = SyndicationFeedReaderTest.class.getResourceAsStream("/feeds/" + name)) {
            return reader.read(in, name, visitor);
        }
    }
}
