package io.stancewatch.processor.state;

import io.stancewatch.schemas.StanceSignal;
import io.stancewatch.schemas.StanceState;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.ProcessorSupplier;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;

/**
 * Applies an article's signals for one stance key to the key's stored state with the {@link
 * StanceStateMachine}, stores the result and emits it with any alerts. An article that changes
 * nothing (only statements older than the state) emits nothing.
 *
 * <p>{@code detectedAt} is the wall-clock time of processing ({@link
 * ProcessorContext#currentSystemTimeMs()}): the one alert field a replay does not reproduce.
 */
public final class StanceStateProcessor
    implements Processor<String, List<StanceSignal>, String, StanceUpdate> {

  private final String storeName;
  private final StanceStateMachine machine;
  private ProcessorContext<String, StanceUpdate> context;
  private KeyValueStore<String, StanceState> states;

  private StanceStateProcessor(final String storeName, final StanceStateMachine machine) {
    this.storeName = storeName;
    this.machine = machine;
  }

  /**
   * A supplier of processors keeping states in the persistent store {@code storeName} (created and
   * connected by the supplier, changelogged; cached, so a key updated many times between commits is
   * written to the changelog once).
   */
  public static ProcessorSupplier<String, List<StanceSignal>, String, StanceUpdate> supplier(
      final String storeName, final Serde<StanceState> stateSerde, final StanceStateMachine machine) {
    Objects.requireNonNull(storeName, "storeName");
    Objects.requireNonNull(stateSerde, "stateSerde");
    Objects.requireNonNull(machine, "machine");
    return new ProcessorSupplier<>() {
      @Override
      public Processor<String, List<StanceSignal>, String, StanceUpdate> get() {
        return new StanceStateProcessor(storeName, machine);
      }

      @Override
      public Set<StoreBuilder<?>> stores() {
        return Set.of(Stores.keyValueStoreBuilder(
                Stores.persistentKeyValueStore(storeName), Serdes.String(), stateSerde)
            .withCachingEnabled());
      }
    };
  }

  @Override
  public void init(final ProcessorContext<String, StanceUpdate> context) {
    this.context = context;
    this.states = context.getStateStore(storeName);
  }

  @Override
  public void process(final Record<String, List<StanceSignal>> record) {
    final Transition transition = machine.applyArticle(
        states.get(record.key()), record.value(), Instant.ofEpochMilli(context.currentSystemTimeMs()));
    if (!transition.applied()) {
      return;
    }
    states.put(record.key(), transition.state());
    context.forward(record.withValue(new StanceUpdate(transition.state(), transition.alerts())));
  }
}
