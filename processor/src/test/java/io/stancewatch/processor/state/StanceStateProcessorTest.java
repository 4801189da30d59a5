package io.stancewatch.processor.state;

import static io.stancewatch.processor.state.TestSignals.T0;
import static io.stancewatch.processor.state.TestSignals.membership;
import static org.assertj.core.api.Assertions.assertThat;

import io.stancewatch.schemas.ChangeType;
import io.stancewatch.schemas.Stance;
import io.stancewatch.schemas.StanceAlert;
import io.stancewatch.schemas.StanceSignal;
import io.stancewatch.schemas.StanceState;
import io.stancewatch.serde.MockSchemaRegistryClient;
import io.stancewatch.serde.SpecificAvroSerde;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.processor.TaskId;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorSupplier;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StanceStateProcessorTest {

  private static final String SCOPE = "StanceStateProcessorTest";
  private static final String KEY = "ORGX:CND:MEMBERSHIP:AAA";
  private static final Instant WALL_CLOCK = Instant.parse("2031-02-03T04:05:06Z");

  @TempDir
  Path stateDir;

  private MockProcessorContext<String, StanceUpdate> context;
  private KeyValueStore<String, StanceState> store;
  private Processor<String, List<StanceSignal>, String, StanceUpdate> processor;

  @BeforeEach
  void init() {
    final ProcessorSupplier<String, List<StanceSignal>, String, StanceUpdate> supplier = StanceStateProcessor.supplier(
        "states", SpecificAvroSerde.of(StanceState.class, Map.of("schema.registry.url", "mock://" + SCOPE), false),
        new StanceStateMachine());
    final Properties config = new Properties();
    config.put(StreamsConfig.APPLICATION_ID_CONFIG, SCOPE);
    config.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "test.invalid:9092");
    context = new MockProcessorContext<>(config, new TaskId(0, 0), stateDir.toFile());
    context.setCurrentSystemTimeMs(WALL_CLOCK.toEpochMilli());
    final StoreBuilder<?> storeBuilder = supplier.stores().iterator().next();
    @SuppressWarnings("unchecked")
    final KeyValueStore<String, StanceState> built =
        (KeyValueStore<String, StanceState>) storeBuilder.withLoggingDisabled().withCachingDisabled().build();
    store = built;
    store.init(context.getStateStoreContext(), store);
    processor = supplier.get();
    processor.init(context);
  }

  @AfterEach
  void closeStoreAndDropScope() {
    store.close();
    MockSchemaRegistryClient.dropScope(SCOPE);
  }

  private void process(final StanceSignal signal) {
    processor.process(new Record<>(KEY, List.of(signal), signal.getStatedAt().toEpochMilli()));
  }

  @Test
  void shouldStoreStateAndForwardAlertStampedWithWallClockWhenArticleIsNew() {
    process(membership("AAA", Stance.OPPOSE, T0, "a-1"));

    assertThat(store.get(KEY).getStance()).isEqualTo(Stance.OPPOSE);
    assertThat(context.forwarded()).singleElement().satisfies(forwarded -> {
      assertThat(forwarded.record().key()).isEqualTo(KEY);
      final StanceAlert alert = forwarded.record().value().alerts().get(0);
      assertThat(alert.getChangeType()).isEqualTo(ChangeType.NEW);
      assertThat(alert.getDetectedAt()).isEqualTo(WALL_CLOCK);
    });
  }

  @Test
  void shouldNeitherStoreNorForwardWhenArticleOnlyTellsHistory() {
    process(membership("AAA", Stance.OPPOSE, T0, "a-1"));
    final StanceState stored = store.get(KEY);
    context.resetForwards();

    process(membership("AAA", Stance.SUPPORT, T0.minusSeconds(60), "a-2"));

    assertThat(context.forwarded()).isEmpty();
    assertThat(store.get(KEY)).isEqualTo(stored);
  }
}
