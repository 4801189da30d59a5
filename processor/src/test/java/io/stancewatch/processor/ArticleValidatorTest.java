package io.stancewatch.processor;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stancewatch.schemas.Article;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ArticleValidatorTest {

  private final ArticleValidator validator = new ArticleValidator(20);

  private static Article article(final String id, final String body) {
    return Article.newBuilder().setId(id).setSource("outlet").setUrl(null).setTitle("title")
        .setBody(body).setPublishedAt(Instant.EPOCH).setIngestedAt(Instant.EPOCH).build();
  }

  private void assertRejected(final String key, final Article article, final String message) {
    assertThatThrownBy(() -> validator.check(key, article))
        .isInstanceOf(InvalidArticleException.class)
        .hasMessageContaining(message);
  }

  @Test
  void shouldAcceptArticleWhenBodyIsExactlyAtLimit() {
    assertThatCode(() -> validator.check("a1", article("a1", "x".repeat(20)))).doesNotThrowAnyException();
  }

  @Test
  void shouldRejectArticleWhenBodyIsOneByteOverLimit() {
    assertRejected("a1", article("a1", "x".repeat(21)), "21 bytes, over the limit of 20");
  }

  @Test
  void shouldCountUtf8BytesWhenBodyHasNonAsciiLetters() {
    assertRejected("a1", article("a1", "é".repeat(11)), "22 bytes");
  }

  @Test
  void shouldAcceptTabsAndLineBreaksWhenBodyHasNoOtherControlCharacters() {
    assertThatCode(() -> validator.check("a1", article("a1", "one\ttwo\r\nthree"))).doesNotThrowAnyException();
  }

  @Test
  void shouldRejectArticleWhenBodyHasControlCharacter() {
    assertRejected("a1", article("a1", "one\u0000two"), "body contains control characters");
  }

  @Test
  void shouldRejectArticleWhenBodyHasNoLettersOrDigits() {
    assertRejected("a1", article("a1", "!!! ..."), "no letters or digits");
  }

  @Test
  void shouldRejectArticleWhenIdIsBlank() {
    assertRejected(null, article(" ", "text"), "has no id");
  }

  @Test
  void shouldRejectArticleWhenRecordKeyIsNotItsId() {
    assertRejected("a2", article("a1", "text"), "record key 'a2' is not the article id");
  }

  @Test
  void shouldAcceptArticleWhenRecordHasNoKey() {
    assertThatCode(() -> validator.check(null, article("a1", "text"))).doesNotThrowAnyException();
  }
}
