package io.stancewatch.processor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stancewatch.schemas.Article;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Random;
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
  void shouldCountBytesAsTheUtf8EncoderWritesThemWhenTextHasAnyCharacters() {
    final Random random = new Random(42);
    final char[] interesting = {'a', ' ', '\u00e9', '\u07ff', '\u0800', '\u20ac', '\uffff', '\ud83d', '\ude00'};
    for (int round = 0; round < 2_000; round++) {
      final StringBuilder text = new StringBuilder();
      for (int i = random.nextInt(12); i > 0; i--) {
        text.append(random.nextBoolean() ? interesting[random.nextInt(interesting.length)]
            : (char) random.nextInt(Character.MAX_VALUE + 1));
      }
      assertThat(ArticleValidator.utf8Length(text.toString()))
          .as("UTF-8 length of %s", text.codePoints().mapToObj(Integer::toHexString).toList())
          .isEqualTo(text.toString().getBytes(StandardCharsets.UTF_8).length);
    }
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
