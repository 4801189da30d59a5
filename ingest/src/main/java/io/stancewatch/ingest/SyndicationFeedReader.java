package io.stancewatch.ingest;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.IOException;
import java.io.InputStream;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Reads an RSS or Atom feed and hands each entry to an {@link ArticleVisitor} as an article, validated by
 * the same {@link ArticleLineParser} rules as JSON lines. In rejections the number after the origin is the
 * entry's position in the feed, from 1; a document that is not a feed at all is one rejection at entry 0.
 *
 * <p>Mapping: {@code id} is the entry's guid (RSS) or id (Atom), else its link; {@code source} is the
 * feed's title; {@code url} the entry's link; {@code body} the entry's content, else its description, as
 * plain text; {@code publishedAt} the published date, else the updated date. Doctypes are refused, so a
 * feed cannot make the reader fetch external entities.
 */
public final class SyndicationFeedReader {

    /** The field named when the whole document is not a feed. */
    public static final String WHOLE_FEED = "(feed)";

    private final ArticleLineParser parser;

    /** A reader that validates each entry with {@code parser}. */
    public SyndicationFeedReader(final ArticleLineParser parser) {
        this.parser = Objects.requireNonNull(parser, "parser");
    }

    /**
     * Reads the feed in {@code in}; does not close it.
     *
     * @param origin the file name or URL used in rejections
     * @return how many entries were read
     */
    public long read(final InputStream in, final String origin, final ArticleVisitor visitor) throws IOException {
        final SyndFeed feed;
        try {
            final SyndFeedInput input = new SyndFeedInput();
            input.setAllowDoctypes(false);
            feed = input.build(new XmlReader(in));
        } catch (final FeedException | IllegalArgumentException e) {
            visitor.onRejectedLine(List.of(new Rejection(origin, 0, WHOLE_FEED,
                    "not an RSS or Atom feed: " + e.getMessage())));
            return 0;
        }
        final String source = HtmlText.toPlainText(feed.getTitle());
        long position = 0;
        for (final SyndEntry entry : feed.getEntries()) {
            position++;
            final LineResult result = parser.parse(origin, position, asJson(entry, source).toString());
            if (result.isAccepted()) {
                visitor.onArticle(result.article().orElseThrow());
            } else {
                visitor.onRejectedLine(result.rejections());
            }
        }
        return position;
    }

    /** The entry in the JSON-lines shape, so one parser validates both inputs. */
    private static ObjectNode asJson(final SyndEntry entry, final String source) {
        final ObjectNode node = JsonNodeFactory.instance.objectNode();
        putIfPresent(node, ArticleLineParser.ID, firstNonBlank(entry.getUri(), entry.getLink()));
        putIfPresent(node, ArticleLineParser.SOURCE, source);
        putIfPresent(node, ArticleLineParser.URL, entry.getLink());
        putIfPresent(node, ArticleLineParser.TITLE, HtmlText.toPlainText(entry.getTitle()));
        putIfPresent(node, ArticleLineParser.BODY, HtmlText.toPlainText(bodyHtml(entry)));
        final Date published = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
        if (published != null) {
            node.put(ArticleLineParser.PUBLISHED_AT, published.toInstant().toString());
        }
        return node;
    }

    private static String bodyHtml(final SyndEntry entry) {
        final String contents = entry.getContents().stream()
                .map(SyndContent::getValue)
                .filter(Objects::nonNull)
                .collect(Collectors.joining("\n"));
        if (!contents.isBlank()) {
            return contents;
        }
        return entry.getDescription() == null ? null : entry.getDescription().getValue();
    }

    private static String firstNonBlank(final String first, final String second) {
        return first != null && !first.isBlank() ? first : second;
    }

    private static void putIfPresent(final ObjectNode node, final String field, final String value) {
        if (value != null) {
            node.put(field, value);
        }
    }
}
