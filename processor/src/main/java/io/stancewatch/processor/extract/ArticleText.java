package io.stancewatch.processor.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.jsoup.safety.Safelist;

/**
 * An article body made readable: HTML tags dropped (block tags become paragraph breaks), entities
 * decoded, one paragraph a line, and boilerplate paragraphs (promotions, comment policies,
 * syndication credits) left out.
 *
 * @param text the kept paragraphs, joined by blank lines
 * @param paragraphs the [start, end) offsets of each kept paragraph in {@code text}
 */
record ArticleText(String text, List<int[]> paragraphs) {

  private static final String BREAK = "\u2029";

  static ArticleText of(String body, List<BoilerplatePattern> boilerplate) {
    String plain = hasTag(body) ? stripHtml(body) : Parser.unescapeEntities(body, false);
    StringBuilder text = new StringBuilder(plain.length());
    List<int[]> paragraphs = new ArrayList<>();
    int lineStart = 0;
    while (lineStart <= plain.length()) {
      int lineEnd = nextLineBreak(plain, lineStart);
      String paragraph = plain.substring(lineStart, lineEnd).strip();
      lineStart = lineEnd + 1;
      if (paragraph.isEmpty() || isBoilerplate(paragraph, boilerplate)) {
        continue;
      }
      if (text.length() > 0) {
        text.append("\n\n");
      }
      paragraphs.add(new int[] {text.length(), text.length() + paragraph.length()});
      text.append(paragraph);
    }
    return new ArticleText(text.toString(), List.copyOf(paragraphs));
  }

  /**
   * Whether the body holds something shaped like a tag ({@code <[a-zA-Z/!][^>]*>}): a '<', an ASCII
   * letter, '/' or '!', and a '>' somewhere after. A scan for '<' instead of a regular expression
   * tried at every offset of every body.
   */
  static boolean hasTag(String body) {
    int lastClose = body.lastIndexOf('>');
    for (int open = body.indexOf('<'); open >= 0 && open + 2 <= lastClose; open = body.indexOf('<', open + 1)) {
      char next = body.charAt(open + 1);
      if (next >= 'a' && next <= 'z' || next >= 'A' && next <= 'Z' || next == '/' || next == '!') {
        return true;
      }
    }
    return false;
  }

  private static int nextLineBreak(String text, int from) {
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u0085') {
        return i;
      }
    }
    return text.length();
  }

  /** Promotions, notices and credits are short; longer paragraphs are article text. */
  static final int MAX_BOILERPLATE_LENGTH = 400;

  private static boolean isBoilerplate(String paragraph, List<BoilerplatePattern> boilerplate) {
    if (paragraph.length() > MAX_BOILERPLATE_LENGTH) {
      return false;
    }
    String lower = paragraph.toLowerCase(Locale.ROOT);
    for (BoilerplatePattern pattern : boilerplate) {
      if (pattern.foundIn(paragraph, lower)) {
        return true;
      }
    }
    return false;
  }

  /** Tags out, block ends as line breaks, entities decoded. */
  private static String stripHtml(String html) {
    Document document = Jsoup.parseBodyFragment(html);
    document.select("br").after(BREAK);
    document.select("p, div, li, h1, h2, h3, h4, h5, h6, blockquote, tr, section, article").after(BREAK);
    Document.OutputSettings settings = new Document.OutputSettings().prettyPrint(false);
    String cleaned = Jsoup.clean(document.body().html(), "", Safelist.none(), settings);
    return Parser.unescapeEntities(cleaned, false).replace(BREAK, "\n");
  }
}
