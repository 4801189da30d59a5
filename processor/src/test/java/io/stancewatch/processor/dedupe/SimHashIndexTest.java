package io.stancewatch.processor.dedupe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SimHashIndexTest {

  private KeyValueStore<String, Long> store;

  @BeforeEach
  void createStore() {
    store = Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore("near"), Serdes.String(), Serdes.Long())
        .withLoggingDisabled().build();
    store.init(new MockProcessorContext<>().getStateStoreContext(), store);
  }

  private static Record<String, String> text(final String body) {
    return new Record<>("key", body, 0L);
  }

  private static SimHashIndex<String> index(final int maxDistance) {
    return new SimHashIndex<>(SimHash::of, maxDistance);
  }

  private static int copyDistance() {
    return SimHash.distance(SimHash.of(SimHashTest.wireStory()), SimHash.of(SimHashTest.lightlyEditedCopy()));
  }

  @Test
  void shouldRecogniseCopyWhenItsDistanceIsExactlyTheMaximum() {
    final SimHashIndex<String> index = index(copyDistance());
    index.remember(store, text(SimHashTest.wireStory()), 5L);

    assertThat(index.contains(store, text(SimHashTest.lightlyEditedCopy()), seenAt -> true)).isTrue();
  }

  @Test
  void shouldMissCopyWhenItsDistanceIsOneOverTheMaximum() {
    final SimHashIndex<String> index = index(copyDistance() - 1);
    index.remember(store, text(SimHashTest.wireStory()), 5L);

    assertThat(index.contains(store, text(SimHashTest.lightlyEditedCopy()), seenAt -> true)).isFalse();
  }

  @Test
  void shouldIgnoreTwinWhenItsEntryIsNoLongerFresh() {
    final SimHashIndex<String> index = index(3);
    index.remember(store, text(SimHashTest.wireStory()), 5L);

    assertThat(index.contains(store, text(SimHashTest.wireStory()), seenAt -> seenAt > 5L)).isFalse();
    assertThat(store.approximateNumEntries()).isEqualTo(4);
  }

  @Test
  void shouldRejectDistanceWhenBandsWouldBeTooNarrow() {
    assertThatThrownBy(() -> index(8)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0 to 7");
  }
}
