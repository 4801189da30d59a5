package io.stancewatch.processor.dedupe;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FirstSeenFilterTest {

  private static final String STORE = "seen";
  private static final Duration RETENTION = Duration.ofHours(10);

  private MockProcessorContext<String, String> context;
  private KeyValueStore<String, Long> store;
  private Processor<String, String, String, String> filter;

  @BeforeEach
  void init() {
    context = new MockProcessorContext<>();
    store = Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore(STORE), Serdes.String(), Serdes.Long())
        .withLoggingDisabled().build();
    store.init(context.getStateStoreContext(), store);
    filter = FirstSeenFilter.<String>supplier(STORE, RETENTION, Duration.ofHours(1)).get();
    filter.init(context);
  }

  private void process(final String key, final long wallClock) {
    context.setCurrentSystemTimeMs(wallClock);
    filter.process(new Record<>(key, "v", 0L));
  }

  @Test
  void shouldForwardFirstAndDropSecondWhenKeyRepeatsWithinRetention() {
    process("a", 0L);
    process("a", RETENTION.toMillis() - 1);

    assertThat(context.forwarded()).hasSize(1);
    assertThat(store.get("a")).isZero();
  }

  @Test
  void shouldForwardAgainAndRestartWindowWhenRetentionHasPassed() {
    process("a", 0L);
    process("a", RETENTION.toMillis());

    assertThat(context.forwarded()).hasSize(2);
    assertThat(store.get("a")).isEqualTo(RETENTION.toMillis());
  }

  @Test
  void shouldPurgeOnlyExpiredKeysWhenPunctuated() {
    process("old", 0L);
    process("young", 1L);

    context.scheduledPunctuators().get(0).getPunctuator().punctuate(RETENTION.toMillis());

    assertThat(store.get("old")).isNull();
    assertThat(store.get("young")).isEqualTo(1L);
  }
}
