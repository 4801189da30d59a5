package io.stancewatch.processor;

import io.stancewatch.processor.dlq.Attempt;
import io.stancewatch.processor.dlq.DeadLetter;
import io.stancewatch.processor.dlq.DeadLetterStage;
import io.stancewatch.processor.extract.StanceExtractor;
import io.stancewatch.processor.state.SignalCheck;
import io.stancewatch.schemas.Article;
import io.stancewatch.schemas.StanceSignal;
import java.util.List;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;

/**
 * Runs the extractor on an article and checks what it returns. When the extractor throws, returns
 * null, or returns a signal that cannot be applied (incomplete, a stance of the wrong dimension,
 * evidence naming another article), the article becomes a dead letter (stage {@code extract}) so
 * one faulty rule never stops the stream.
 *
 * <p>Extraction runs in the sub-topology that reads the articles topic, so the dead letter carries
 * the record's original key and value bytes and its own input coordinates.
 */
final class SignalExtraction implements Processor<String, ReceivedArticle, String, Attempt<ExtractedArticle>> {

  private final StanceExtractor extractor;
  private ProcessorContext<String, Attempt<ExtractedArticle>> context;

  SignalExtraction(final StanceExtractor extractor) {
    this.extractor = extractor;
  }

  @Override
  public void init(final ProcessorContext<String, Attempt<ExtractedArticle>> context) {
    this.context = context;
  }

  @Override
  public void process(final Record<String, ReceivedArticle> record) {
    final ReceivedArticle received = record.value();
    final Article article = received.article();
    final List<StanceSignal> signals;
    try {
      signals = checked(article, extractor.extract(article));
    } catch (final RuntimeException e) {
      final DeadLetter letter = DeadLetter.of(DeadLetterStage.EXTRACT, e, received.key(), received.value(),
          context.recordMetadata().map(DeadLetter.Origin::of).orElse(DeadLetter.Origin.UNKNOWN));
      context.forward(record.withValue(Attempt.failed(letter)));
      return;
    }
    context.forward(record.withValue(Attempt.succeeded(new ExtractedArticle(article, signals))));
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
