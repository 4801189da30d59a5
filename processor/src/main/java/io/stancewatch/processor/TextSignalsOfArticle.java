package io.stancewatch.processor;

import io.stancewatch.processor.dedupe.SimHash;
import io.stancewatch.processor.dedupe.TextFingerprint;
import io.stancewatch.schemas.TextSignals;
import org.apache.kafka.streams.kstream.ValueMapper;

/**
 * Keeps of an article only what the later steps need: its signals and the fingerprint of its text
 * (plus the text's SimHash when near-duplicate detection is on). The body, by far the largest part
 * of an article, thus never crosses the broker again; copies of one text are still recognised by
 * the fingerprint.
 */
final class TextSignalsOfArticle implements ValueMapper<ExtractedArticle, TextSignals> {

  private final boolean withSimHash;

  /** @param withSimHash whether to compute the SimHash (it costs a pass over the text) */
  TextSignalsOfArticle(final boolean withSimHash) {
    this.withSimHash = withSimHash;
  }

  @Override
  public TextSignals apply(final ExtractedArticle extracted) {
    final String body = extracted.article().getBody();
    return TextSignals.newBuilder()
        .setTextFingerprint(TextFingerprint.of(body))
        .setTextSimHash(withSimHash ? SimHash.of(body) : null)
        .setSignals(extracted.signals())
        .build();
  }
}
