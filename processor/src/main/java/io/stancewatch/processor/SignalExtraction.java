package io.stancewatch.processor;

import io.stancewatch.processor.dlq.Attempt;
import io.stancewatch.processor.dlq.DeadLetter;
import io.stancewatch.processor.dlq.DeadLetterStage;
import io.stancewatch.processor.dlq.OriginHeaders;
import io.stancewatch.processor.extract.StanceExtractor;
import io.stancewatch.processor.state.SignalCheck;
import io.stancewatch.schemas.Article;
import io.stancewatch.schemas.StanceSignal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;

/**
 * Runs the extractor on an article and checks what it returns. When the extractor throws, returns
 * null, or returns a signal that cannot be applied (incomplete, a stance of the wrong dimension,
 * evidence naming another article), the article becomes a dead letter (stage {@code extract}) so
 * one faulty rule never stops the stream.
 *
 * <p>The dead letter's value is the article written as the articles topic carries it (the bytes
 * as read are gone after the repartition by fingerprint); its coordinates come from the {@link
 * OriginHeaders} the decoder set.
 */
final class SignalExtraction implements Processor<String, Article, String, Attempt<List<StanceSignal>>> {

  private final StanceExtractor extractor;
  private final Serializer<Article> articles;
  private final String articlesTopic;
  private ProcessorContext<String, Attempt<List<StanceSignal>>> context;

  SignalExtraction(
      final StanceExtractor extractor, final Serializer<Article> articles, final String articlesTopic) {
    this.extractor = extractor;
    this.articles = articles;
    this.articlesTopic = articlesTopic;
  }

  @Override
  public void init(final ProcessorContext<String, Attempt<List<StanceSignal>>> context) {
    this.context = context;
  }

  @Override
  public void process(final Record<String, Article> record) {
    final Article article = record.value();
    final List<StanceSignal> signals;
    try {
      signals = checked(article, extractor.extract(article));
    } catch (final RuntimeException e) {
      final DeadLetter letter = DeadLetter.of(DeadLetterStage.EXTRACT, e,
          article.getId().getBytes(StandardCharsets.UTF_8),
          articles.serialize(articlesTopic, article),
          OriginHeaders.of(record.headers(), context.recordMetadata()));
      context.forward(record.withValue(Attempt.failed(letter)));
      return;
    }
    context.forward(record.withValue(Attempt.succeeded(signals)));
  }

  private static List<StanceSignal> checked(final Article article, final List<StanceSignal> signals) {
    if (signals == null) {
      throw new IllegalStateException("extractor returned null for article " + article.getId());
    }
    for (final StanceSignal signal : signals) {
      SignalCheck.requireValid(signal);
      if (!article.getId().equals(signal.getEvidence().getArticleId())) {
        throw new IllegalArgumentException("signal " + signal.getRuleId() + " of article "
            + article.getId() + " names article " + signal.getEvidence().getArticleId()
            + " as its evidence");
      }
    }
    return List.copyOf(signals);
  }
}
