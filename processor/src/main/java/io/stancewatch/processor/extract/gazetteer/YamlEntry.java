package io.stancewatch.processor.extract.gazetteer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * One mapping in a gazetteer file, read field by field so that every error says where it is: file,
 * entry (position and name) and field.
 */
final class YamlEntry {

  private final JsonNode node;
  private final String location;

  private YamlEntry(JsonNode node, String location) {
    this.node = node;
    this.location = location;
  }

  /** The whole document of a file, which must be a mapping. */
  static YamlEntry document(JsonNode root, String file) {
    if (root == null || !root.isObject()) {
      throw new GazetteerException(file + ": expected a mapping at the top");
    }
    return new YamlEntry(root, file);
  }

  /** The entries of the top-level list {@code listField}; a missing list is an error. */
  static List<YamlEntry> entries(JsonNode root, String file, String listField) {
    document(root, file);
    JsonNode list = root.get(listField);
    if (list == null || !list.isArray()) {
      throw new GazetteerException(file + ": expected a '" + listField + "' list");
    }
    return children(list, file + ": " + listField);
  }

  private static List<YamlEntry> children(JsonNode list, String where) {
    List<YamlEntry> entries = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      JsonNode child = list.get(i);
      String label = child.isObject() ? labelOf(child) : "";
      String location = where + " entry " + (i + 1) + (label.isEmpty() ? "" : " (" + label + ")");
      if (!child.isObject()) {
        throw new GazetteerException(location + ": expected a mapping, found '" + child + "'");
      }
      entries.add(new YamlEntry(child, location));
    }
    return entries;
  }

  private static String labelOf(JsonNode object) {
    for (String field : List.of("code", "name", "role")) {
      if (object.hasNonNull(field)) {
        return object.get(field).asText();
      }
    }
    return "";
  }

  String location() {
    return location;
  }

  /** Fails on any field outside {@code known}: a misspelt field must not be silently ignored. */
  YamlEntry allowOnly(Set<String> known) {
    Iterator<String> names = node.fieldNames();
    while (names.hasNext()) {
      String name = names.next();
      if (!known.contains(name)) {
        throw error(name, "unknown field (expected one of " + known.stream().sorted().toList() + ")");
      }
    }
    return this;
  }

  boolean has(String field) {
    return node.hasNonNull(field);
  }

  String text(String field) {
    return required(field, optionalText(field));
  }

  String optionalText(String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isValueNode() || value.asText().isBlank()) {
      throw error(field, "expected a non-empty text, found '" + value + "'");
    }
    return value.asText().strip();
  }

  /** A list of texts; absent means empty. */
  List<String> texts(String field) {
    JsonNode value = optionalList(field);
    List<String> texts = new ArrayList<>();
    for (JsonNode item : value) {
      if (!item.isValueNode() || item.asText().isBlank()) {
        throw error(field, "expected non-empty texts, found '" + item + "'");
      }
      texts.add(item.asText().strip());
    }
    return texts;
  }

  LocalDate date(String field) {
    return required(field, optionalDate(field));
  }

  private <T> T required(String field, T value) {
    if (value == null) {
      throw error(field, "missing");
    }
    return value;
  }

  LocalDate optionalDate(String field) {
    String value = optionalText(field);
    if (value == null) {
      return null;
    }
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw error(field, "bad date '" + value + "' (expected YYYY-MM-DD)");
    }
  }

  <E extends Enum<E>> E enumValue(String field, Class<E> type) {
    String value = text(field);
    try {
      return Enum.valueOf(type, value);
    } catch (IllegalArgumentException e) {
      throw error(field, "unknown " + type.getSimpleName() + " '" + value + "' (expected one of "
          + Arrays.toString(type.getEnumConstants()) + ")");
    }
  }

  /** The mappings of a nested list; absent means empty. */
  List<YamlEntry> entries(String field) {
    return children(optionalList(field), location + ": " + field);
  }

  /** The list under {@code field}; an empty one when the field is absent. */
  private JsonNode optionalList(String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return JsonNodeFactory.instance.arrayNode();
    }
    if (!value.isArray()) {
      throw error(field, "expected a list, found '" + value + "'");
    }
    return value;
  }

  GazetteerException error(String field, String problem) {
    return new GazetteerException(location + ": field '" + field + "': " + problem);
  }
}
