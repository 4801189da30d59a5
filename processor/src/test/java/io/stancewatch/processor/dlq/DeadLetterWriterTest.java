package io.stancewatch.processor.dlq;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;

class DeadLetterWriterTest {

  @Test
  void shouldCutTheValueAndNameItsSizeWhenItIsOverTheLimit() {
    final byte[] value = new byte[DeadLetterWriter.MAX_VALUE_BYTES + 10];
    final Headers headers = new RecordHeaders();

    final byte[] fitted = DeadLetterWriter.fitted(value, headers);

    assertThat(fitted).hasSize(DeadLetterWriter.MAX_VALUE_BYTES);
    assertThat(new String(headers.lastHeader(DeadLetterHeaders.VALUE_TRUNCATED_FROM).value(),
        StandardCharsets.UTF_8)).isEqualTo(Integer.toString(value.length));
  }

  @Test
  void shouldKeepTheValueWhenItFits() {
    final byte[] value = new byte[DeadLetterWriter.MAX_VALUE_BYTES];
    final Headers headers = new RecordHeaders();

    assertThat(DeadLetterWriter.fitted(value, headers)).isSameAs(value);
    assertThat(headers.lastHeader(DeadLetterHeaders.VALUE_TRUNCATED_FROM)).isNull();
  }
}
