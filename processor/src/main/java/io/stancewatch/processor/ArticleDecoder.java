package io.stancewatch.processor;

import io.stancewatch.processor.dlq.Attempt;
import io.stancewatch.processor.dlq.DeadLetter;
import io.stancewatch.processor.dlq.DeadLetterStage;
import io.stancewatch.schemas.Article;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;

/**
 * Reads an article from the raw bytes of the articles topic and validates it. A readable, valid
 * article goes on keyed by its id, together with the bytes it was read from ({@link
 * ReceivedArticle}); anything else goes on as a dead letter carrying the original bytes (stage
 * {@code deserialize} or {@code validate}).
 *
 * <p>Only bad data becomes a dead letter: a registry that cannot be reached is not a
 * {@link SerializationException} and fails the task, so the record is retried, never lost.
 */
final class ArticleDecoder implements Processor<byte[], byte[], String, Attempt<ReceivedArticle>> {

  private final Deserializer<Article> articles;
  private final ArticleValidator validator;
  private ProcessorContext<String, Attempt<ReceivedArticle>> context;

  ArticleDecoder(final Deserializer<Article> articles, final ArticleValidator validator) {
    this.articles = articles;
    this.validator = validator;
  }

  @Override
  public void init(final ProcessorContext<String, Attempt<ReceivedArticle>> context) {
    this.context = context;
  }

  @Override
  public void process(final Record<byte[], byte[]> record) {
    final DeadLetter.Origin origin = context.recordMetadata()
        .map(DeadLetter.Origin::of).orElse(DeadLetter.Origin.UNKNOWN);
    final String key = record.key() == null ? null : new String(record.key(), StandardCharsets.UTF_8);
    final Article article;
    try {
      article = articles.deserialize(origin.topic(), record.headers(), record.value());
    } catch (final SerializationException e) {
      reject(record, key, DeadLetterStage.DESERIALIZE, e, origin);
      return;
    }
    try {
      if (article == null) {
        throw new InvalidArticleException("record with key '" + key + "' has no value");
      }
      validator.check(key, article);
    } catch (final InvalidArticleException e) {
      reject(record, key, DeadLetterStage.VALIDATE, e, origin);
      return;
    }
    context.forward(new Record<>(article.getId(),
        Attempt.succeeded(new ReceivedArticle(article, record.key(), record.value())),
        record.timestamp(), record.headers()));
  }

  private void reject(
      final Record<byte[], byte[]> record,
      final String key,
      final DeadLetterStage stage,
      final Exception error,
      final DeadLetter.Origin origin) {
    final DeadLetter letter = DeadLetter.of(stage, error, record.key(), record.value(), origin);
    context.forward(record.withKey(key).withValue(Attempt.failed(letter)));
  }
}
