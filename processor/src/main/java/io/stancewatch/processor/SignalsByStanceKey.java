package io.stancewatch.processor;

import io.stancewatch.processor.state.StanceKey;
import io.stancewatch.processor.state.StanceStateMachine;
import io.stancewatch.schemas.StanceSignal;
import io.stancewatch.schemas.TextSignals;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.kstream.KeyValueMapper;

/**
 * Sorts an article's signals by statement time (stably, so sentence order breaks ties) and groups
 * them by stance key: one record per key the article speaks about, keyed {@code
 * ORG:CANDIDATE:DIMENSION:ACTOR}, each carrying the text's fingerprint for the dedupe at the key. A
 * recalled older statement thus reaches the state before the article's new one, and the state step
 * sees all of an article's signals for a key at once.
 */
final class SignalsByStanceKey implements KeyValueMapper<String, TextSignals, List<KeyValue<String, TextSignals>>> {

  @Override
  public List<KeyValue<String, TextSignals>> apply(final String articleId, final TextSignals text) {
    final Map<StanceKey, List<StanceSignal>> byKey = new LinkedHashMap<>();
    for (final StanceSignal signal : StanceStateMachine.inStatementOrder(text.getSignals())) {
      byKey.computeIfAbsent(StanceKey.of(signal), k -> new ArrayList<>()).add(signal);
    }
    final List<KeyValue<String, TextSignals>> records = new ArrayList<>(byKey.size());
    byKey.forEach((key, signals) -> records.add(KeyValue.pair(key.toString(),
        new TextSignals(text.getTextFingerprint(), null, signals))));
    return records;
  }
}
