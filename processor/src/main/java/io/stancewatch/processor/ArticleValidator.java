package io.stancewatch.processor;

import io.stancewatch.schemas.Article;

/**
 * Rejects articles the topology cannot use, with a message naming the article and the problem: no
 * id, a record key that is not the id (dedupe by id needs articles partitioned by id), no source,
 * a body that is empty, has no letters or digits, is over the size limit, or holds control
 * characters (a sign of binary or mis-decoded data), and control characters in the title.
 */
public final class ArticleValidator {

  /** The default body size limit: 1 MB of UTF-8. */
  public static final int DEFAULT_MAX_BODY_BYTES = 1_000_000;

  private final int maxBodyBytes;

  /** A validator rejecting bodies over {@code maxBodyBytes} bytes of UTF-8. */
  public ArticleValidator(final int maxBodyBytes) {
    if (maxBodyBytes <= 0) {
      throw new IllegalArgumentException("maxBodyBytes must be positive, was " + maxBodyBytes);
    }
    this.maxBodyBytes = maxBodyBytes;
  }

  /**
   * Checks an article read from a record with key {@code recordKey} (null when the record had
   * none).
   *
   * @throws InvalidArticleException naming the first problem found
   */
  public void check(final String recordKey, final Article article) {
    final String id = article.getId();
    if (id == null || id.isBlank()) {
      throw new InvalidArticleException("article has no id (record key '" + recordKey + "')");
    }
    if (hasControlCharacter(id) || !id.equals(id.strip())) {
      throw new InvalidArticleException("article id '" + id + "' has control or surrounding blank characters");
    }
    if (recordKey != null && !recordKey.equals(id)) {
      throw new InvalidArticleException(
          "article " + id + ": record key '" + recordKey + "' is not the article id");
    }
    if (article.getSource() == null || article.getSource().isBlank()) {
      throw new InvalidArticleException("article " + id + ": source is empty");
    }
    if (article.getTitle() != null && hasControlCharacter(article.getTitle())) {
      throw new InvalidArticleException("article " + id + ": title contains control characters");
    }
    checkBody(id, article.getBody());
  }

  private void checkBody(final String id, final String body) {
    if (body == null || body.isBlank()) {
      throw new InvalidArticleException("article " + id + ": body is empty");
    }
    final long bytes = utf8Length(body);
    if (bytes > maxBodyBytes) {
      throw new InvalidArticleException("article " + id + ": body is " + bytes
          + " bytes, over the limit of " + maxBodyBytes);
    }
    if (hasControlCharacter(body)) {
      throw new InvalidArticleException("article " + id + ": body contains control characters");
    }
    if (body.codePoints().noneMatch(Character::isLetterOrDigit)) {
      throw new InvalidArticleException("article " + id + ": body has no letters or digits");
    }
  }

  /**
   * Control characters other than tab, line feed and carriage return. A plain loop: as a stream over
   * {@code chars()} this check of every body was a tenth of the stream threads' time when the
   * extractor costs nothing (the bench's stand-in).
   */
  private static boolean hasControlCharacter(final String text) {
    for (int i = 0; i < text.length(); i++) {
      final char c = text.charAt(i);
      if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
        return true;
      }
    }
    return false;
  }

  /**
   * The length of {@code text} in UTF-8, as {@code text.getBytes(UTF_8).length} gives it (a lone
   * surrogate is one byte, the '?' that replaces it) without encoding a copy of every body.
   */
  static long utf8Length(final String text) {
    long bytes = 0;
    for (int i = 0; i < text.length(); i++) {
      final char c = text.charAt(i);
      if (c < 0x80) {
        bytes++;
      } else if (c < 0x800) {
        bytes += 2;
      } else if (Character.isHighSurrogate(c) && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        bytes += 4;
        i++;
      } else if (Character.isSurrogate(c)) {
        bytes++;
      } else {
        bytes += 3;
      }
    }
    return bytes;
  }
}
