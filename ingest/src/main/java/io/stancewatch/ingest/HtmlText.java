package io.stancewatch.ingest;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Turns the HTML of a feed entry into plain text: paragraphs and list items become paragraphs separated by a
 * blank line, everything else is flattened to its text with entities decoded. Scripts and styles are
 * dropped. The processor reads sentences, so paragraph breaks matter more than layout.
 */
final class HtmlText {

    private static final String BLOCKS = "p, li, h1, h2, h3, h4, h5, h6, blockquote, pre";

    private HtmlText() {
    }

    /** The text of {@code html}; plain text passes through unchanged apart from whitespace. */
    static String toPlainText(final String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        final Document document = Jsoup.parse(html);
        document.select("script, style, noscript").remove();
        final List<String> paragraphs = new ArrayList<>();
        for (final Element block : document.body().select(BLOCKS)) {
            // Nested blocks (a p inside a blockquote) are read once, by the innermost.
            if (block.select(BLOCKS).size() == 1) {
                final String text = block.text().strip();
                if (!text.isEmpty()) {
                    paragraphs.add(text);
                }
            }
        }
        return paragraphs.isEmpty() ? document.body().text().strip() : String.join("\n\n", paragraphs);
    }
}
