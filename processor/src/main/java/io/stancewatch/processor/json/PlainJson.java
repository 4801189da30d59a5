package io.stancewatch.processor.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.specific.SpecificRecord;

/**
 * Writes our Avro records (alerts, states, signals, articles) as plain JSON for people and scripts:
 * field names as in the schemas and in schema order, enums as their names, times as ISO-8601
 * ({@link Instant#toString()}), arrays as arrays, a nullable union as its plain value or null - not
 * Avro's JSON encoding with its union wrappers.
 */
public final class PlainJson {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private PlainJson() {}

  /** The record as one line of JSON. */
  public static String write(final SpecificRecord record) {
    try {
      return MAPPER.writeValueAsString(toNode(record));
    } catch (final JsonProcessingException e) {
      throw new UncheckedIOException("cannot write " + record.getSchema().getFullName() + " as JSON", e);
    }
  }

  /** The record as a JSON object. */
  public static ObjectNode toNode(final SpecificRecord record) {
    final ObjectNode node = NODES.objectNode();
    for (final Schema.Field field : record.getSchema().getFields()) {
      node.set(field.name(), value(record.get(field.pos())));
    }
    return node;
  }

  private static JsonNode value(final Object value) {
    if (value == null) {
      return NODES.nullNode();
    }
    if (value instanceof SpecificRecord record) {
      return toNode(record);
    }
    if (value instanceof Collection<?> items) {
      final ArrayNode array = NODES.arrayNode();
      items.forEach(item -> array.add(value(item)));
      return array;
    }
    if (value instanceof Map<?, ?> entries) {
      final ObjectNode object = NODES.objectNode();
      entries.forEach((k, v) -> object.set(k.toString(), value(v)));
      return object;
    }
    if (value instanceof Boolean bool) {
      return NODES.booleanNode(bool);
    }
    if (value instanceof Integer || value instanceof Long) {
      return NODES.numberNode(((Number) value).longValue());
    }
    if (value instanceof Number number) {
      return NODES.numberNode(number.doubleValue());
    }
    if (value instanceof ByteBuffer bytes) {
      final byte[] copy = new byte[bytes.remaining()];
      bytes.duplicate().get(copy);
      return NODES.binaryNode(copy);
    }
    // Strings, enums (their names), Instants (ISO-8601) and other logical types.
    return NODES.textNode(value.toString());
  }
}
