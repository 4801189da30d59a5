package io.stancewatch.processor;

import io.stancewatch.processor.dlq.Attempt;
import io.stancewatch.processor.state.StanceKey;
import io.stancewatch.processor.state.StanceStateMachine;
import io.stancewatch.schemas.StanceSignal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.kstream.KeyValueMapper;

/**
 * Sorts an article's signals by statement time (stably, so sentence order breaks ties) and groups
 * them by stance key: one record per key the article speaks about, keyed {@code
 * ORG:CANDIDATE:DIMENSION:ACTOR}. A recalled older statement thus reaches the state before the
 * article's new one, and the state step sees all of an article's signals for a key at once.
 */
final class SignalsByStanceKey
    implements KeyValueMapper<String, Attempt<List<StanceSignal>>, List<KeyValue<String, List<StanceSignal>>>> {

  @Override
  public List<KeyValue<String, List<StanceSignal>>> apply(
      final String fingerprint, final Attempt<List<StanceSignal>> extracted) {
    final Map<StanceKey, List<StanceSignal>> byKey = new LinkedHashMap<>();
    for (final StanceSignal signal : StanceStateMachine.inStatementOrder(extracted.value())) {
      byKey.computeIfAbsent(StanceKey.of(signal), k -> new ArrayList<>()).add(signal);
    }
    final List<KeyValue<String, List<StanceSignal>>> records = new ArrayList<>();
    byKey.forEach((key, signals) -> records.add(KeyValue.pair(key.toString(), signals)));
    return records;
  }
}
