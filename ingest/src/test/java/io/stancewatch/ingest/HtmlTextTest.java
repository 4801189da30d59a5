package io.stancewatch.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTextTest {

    @Test
    void shouldSeparateParagraphsWhenHtmlHasBlocks() {
        assertThat(HtmlText.toPlainText("<h2>Talks</h2><p>One &amp; two.</p><ul><li>Three</li></ul>"))
                .isEqualTo("Talks\n\nOne & two.\n\nThree");
    }

    @Test
    void shouldReadNestedBlocksOnceWhenAParagraphIsQuoted() {
        assertThat(HtmlText.toPlainText("<blockquote><p>Quoted words.</p></blockquote>")).isEqualTo("Quoted words.");
    }

    @Test
    void shouldDropScriptsAndKeepTextWhenHtmlHasNoBlocks() {
        assertThat(HtmlText.toPlainText("Plain <b>bold</b> text<script>alert(1)</script>"))
                .isEqualTo("Plain bold text");
    }

    @Test
    void shouldReturnEmptyWhenInputIsMissing() {
        assertThat(HtmlText.toPlainText(null)).isEmpty();
    }
}
