package io.stancewatch.processor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stancewatch.processor.state.StanceStateMachine;
import io.stancewatch.processor.state.TestSignals;
import io.stancewatch.schemas.Stance;
import io.stancewatch.schemas.StanceSignal;
import io.stancewatch.schemas.StanceState;
import io.stancewatch.schemas.TextSignals;
import io.stancewatch.serde.MockSchemaRegistryClient;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class StanceSerdesTest {

  private static final String SCOPE = "StanceSerdesTest";
  private static final Map<String, Object> NO_AUTO_REGISTER =
      Map.of("schema.registry.url", "mock://" + SCOPE, "auto.register.schemas", false);

  private final StanceSerdes serdes = StanceSerdes.fromConfig(NO_AUTO_REGISTER);
  private final StanceSignal signal =
      TestSignals.membership("AAA", Stance.SUPPORT, TestSignals.T0, "a-1");
  private final StanceState state =
      new StanceStateMachine().apply(null, signal, Instant.EPOCH).state();

  @AfterEach
  void dropScope() {
    MockSchemaRegistryClient.dropScope(SCOPE);
  }

  @Test
  void shouldRegisterInternalSchemasWhenAutoRegistrationIsOffForPublicTopics() {
    final TextSignals text = new TextSignals("fingerprint", null, List.of(signal, signal));
    final byte[] signals = serdes.textSignals().serializer().serialize("app-signals-repartition", text);
    final byte[] stored = serdes.storedState().serializer().serialize("app-store-changelog", state);

    assertThat(serdes.textSignals().deserializer().deserialize("app-signals-repartition", signals))
        .isEqualTo(text);
    assertThat(serdes.storedState().deserializer().deserialize("app-store-changelog", stored)).isEqualTo(state);
  }

  @Test
  void shouldRefusePublicStateWhenItsSchemaIsNotRegisteredAndAutoRegistrationIsOff() {
    assertThatThrownBy(() -> serdes.state().serializer().serialize("stance-states", state))
        .hasMessageContaining("stance-states");
  }
}
