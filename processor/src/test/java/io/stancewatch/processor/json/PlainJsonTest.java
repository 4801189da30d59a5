package io.stancewatch.processor.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.stancewatch.processor.state.StanceStateMachine;
import io.stancewatch.processor.state.TestSignals;
import io.stancewatch.schemas.HoldoutsUpdate;
import io.stancewatch.schemas.Stance;
import io.stancewatch.schemas.StanceAlert;
import io.stancewatch.schemas.StanceState;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlainJsonTest {

  private static final Instant NOW = Instant.parse("2030-06-01T12:30:00.250Z");

  private final StanceStateMachine machine = new StanceStateMachine();

  private static JsonNode parse(final String json) throws Exception {
    return new ObjectMapper().readTree(json);
  }

  @Test
  void shouldWriteAlertAsPlainValuesWhenUnionIsNullAndTimesAreInstants() throws Exception {
    final StanceAlert alert = machine.apply(null, TestSignals.consensus(Stance.LACKING,
        HoldoutsUpdate.SET, List.of("TTT", "HHH"), TestSignals.T0, "c-1"), NOW).alert().orElseThrow();

    final String line = PlainJson.write(alert);

    assertThat(line).doesNotContain("\n");
    final JsonNode json = parse(line);
    assertThat(json.get("changeType").asText()).isEqualTo("NEW");
    assertThat(json.get("previousStance").isNull()).isTrue();
    assertThat(json.get("newStance").asText()).isEqualTo("LACKING");
    assertThat(json.get("dimension").asText()).isEqualTo("CONSENSUS");
    assertThat(json.get("holdouts").toString()).isEqualTo("[\"HHH\",\"TTT\"]");
    assertThat(json.get("previousHoldouts").isArray()).isTrue();
    assertThat(json.get("statedAt").asText()).isEqualTo("2030-03-01T09:00:00Z");
    assertThat(json.get("detectedAt").asText()).isEqualTo("2030-06-01T12:30:00.250Z");
    assertThat(json.get("confidence").asDouble()).isEqualTo(0.8);
    assertThat(json.get("evidence").get(0).get("articleId").asText()).isEqualTo("c-1");
    assertThat(json.get("evidence").get(0).get("url").isNull()).isTrue();
  }

  @Test
  void shouldWriteStateFieldsInSchemaOrderWhenStateIsWritten() throws Exception {
    final StanceState state = machine.apply(null,
        TestSignals.membership("AAA", Stance.SUPPORT, TestSignals.T0, "a-1"), NOW).state();

    final JsonNode json = parse(PlainJson.write(state));

    final List<String> names = new ArrayList<>();
    json.fieldNames().forEachRemaining(names::add);
    assertThat(names).startsWith("organization", "candidate", "dimension", "actor", "stance", "holdouts");
    assertThat(json.get("evidenceCount").asInt()).isEqualTo(1);
    assertThat(json.get("evidence").get(0).get("articleId").asText()).isEqualTo("a-1");
  }
}
