package io.stancewatch.processor.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.stancewatch.schemas.Stance;
import java.io.IOException;
import java.io.InputStream;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Reads and validates the extraction rule files. Every problem is reported as an {@link
 * InvalidRulesException} naming the file, the entry and what is wrong with it.
 */
final class RulesLoader {

  static final String CUES = "cues.yaml";
  static final String LEXICON = "lexicon.yaml";
  static final String BOILERPLATE = "boilerplate.yaml";
  static final String EVENTS = "events.yaml";
  static final String TIME = "time.yaml";

  /** Opens one rules file by name; null when it does not exist. */
  @FunctionalInterface
  interface Source {
    InputStream open(String fileName) throws IOException;
  }

  private static final YAMLMapper YAML = new YAMLMapper();
  private static final String GAP = " ... ";

  private RulesLoader() {}

  static ExtractionRules fromClasspath(String folder) {
    ClassLoader loader = RulesLoader.class.getClassLoader();
    return load(name -> loader.getResourceAsStream(folder + name));
  }

  static ExtractionRules load(Source source) {
    return new ExtractionRules(
        cues(read(source, CUES)),
        lexicon(read(source, LEXICON)),
        boilerplate(read(source, BOILERPLATE)),
        events(read(source, EVENTS)),
        time(read(source, TIME)));
  }

  private static JsonNode read(Source source, String file) {
    try (InputStream in = source.open(file)) {
      if (in == null) {
        throw new InvalidRulesException(file + ": not found");
      }
      JsonNode root = YAML.readTree(in);
      if (root == null || !root.isObject()) {
        throw new InvalidRulesException(file + ": expected a mapping at the top level");
      }
      return ((ObjectNode) root).put("__file", file);
    } catch (IOException e) {
      throw new InvalidRulesException(file + ": not readable YAML: " + e.getMessage(), e);
    }
  }

  private static String fileOf(JsonNode root) {
    return root.path("__file").asText();
  }

  static List<Cue> cues(JsonNode root) {
    String file = fileOf(root);
    JsonNode list = requireArray(root, "cues", file);
    List<Cue> cues = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < list.size(); i++) {
      JsonNode entry = list.get(i);
      String where = file + ": cues[" + i + "]";
      String id = requireText(entry, "id", where);
      where += " (id '" + id + "')";
      if (!ids.add(id)) {
        throw new InvalidRulesException(where + ": duplicate id");
      }
      String phrase = requireText(entry, "phrase", where);
      List<String> trimmed = new ArrayList<>();
      List<Integer> gaps = new ArrayList<>();
      for (String segment : phrase.split(Pattern.quote(GAP.strip()), -1)) {
        if (segment.isBlank()) {
          throw new InvalidRulesException(where + ": phrase '" + phrase + "' has an empty part around '...'");
        }
        splitAtStars(segment.strip(), trimmed, gaps, where);
      }
      Cue.Kind kind = enumValue(entry, "kind", Cue.Kind.class, Cue.Kind.STANCE, where);
      Stance stance = enumValue(entry, "stance", Stance.class, null, where);
      boolean needsStance = kind == Cue.Kind.STANCE || kind == Cue.Kind.SELF;
      if (needsStance && (stance == null || stance == Stance.REACHED || stance == Stance.LACKING)) {
        throw new InvalidRulesException(
            where + ": kind " + kind + " needs a stance SUPPORT, CONDITIONAL, DEFERRED or OPPOSE");
      }
      if (!needsStance && stance != null) {
        throw new InvalidRulesException(where + ": kind " + kind + " takes no stance");
      }
      // "negated: NONE": a negated cue says nothing ("no veto" is no stance)
      Stance negated = "NONE".equals(entry.path("negated").asText())
          ? null
          : enumValue(entry, "negated", Stance.class, opposite(stance), where);
      int priority = entry.path("priority").asInt(2);
      if (priority < 1 || priority > 3) {
        throw new InvalidRulesException(where + ": priority must be 1, 2 or 3, was " + priority);
      }
      cues.add(
          new Cue(
              id,
              trimmed,
              gaps,
              kind,
              stance,
              negated,
              enumValue(entry, "consent", Cue.Consent.class, Cue.Consent.NONE, where),
              entry.path("veto").asBoolean(false),
              entry.path("deferrable").asBoolean(false),
              entry.path("actorAfter").asBoolean(false),
              entry.path("speakerHolds").asBoolean(false),
              priority));
    }
    return cues;
  }

  /**
   * Adds the parts of one segment: a word ending in "*" inside it ends a part, and the next part
   * must follow with no word between ("stand* in the way" = "stand*" then "in the way").
   */
  private static void splitAtStars(String segment, List<String> parts, List<Integer> gaps, String where) {
    String[] words = segment.split("\\s+");
    StringBuilder part = new StringBuilder();
    int gap = parts.isEmpty() ? 0 : RuleIndex.MAX_GAP_WORDS;
    for (int i = 0; i < words.length; i++) {
      String word = words[i];
      if (word.indexOf('*') >= 0 && word.indexOf('*') != word.length() - 1) {
        throw new InvalidRulesException(where + ": '*' may only end a word, not '" + word + "'");
      }
      part.append(part.length() == 0 ? "" : " ").append(word);
      if (word.endsWith("*") || i == words.length - 1) {
        parts.add(part.toString());
        gaps.add(gap);
        part.setLength(0);
        gap = 0;
      }
    }
  }

  private static Stance opposite(Stance stance) {
    if (stance == Stance.SUPPORT) {
      return Stance.OPPOSE;
    }
    return stance == Stance.OPPOSE ? Stance.SUPPORT : null;
  }

  static Lexicon lexicon(JsonNode root) {
    String file = fileOf(root);
    Map<Lexicon.Term, List<String>> phrases = new EnumMap<>(Lexicon.Term.class);
    for (Lexicon.Term term : Lexicon.Term.values()) {
      phrases.put(term, requireTexts(root, term.yamlKey, file));
    }
    Map<Lexicon.WordList, List<String>> words = new EnumMap<>(Lexicon.WordList.class);
    for (Lexicon.WordList list : Lexicon.WordList.values()) {
      List<String> values = requireTexts(root, list.yamlKey, file);
      for (String value : values) {
        if (value.strip().contains(" ")) {
          throw new InvalidRulesException(
              file + ": " + list.yamlKey + " holds single words, not '" + value + "'");
        }
      }
      words.put(list, values);
    }
    return new Lexicon(phrases, words);
  }

  static List<BoilerplatePattern> boilerplate(JsonNode root) {
    String file = fileOf(root);
    List<BoilerplatePattern> patterns = new ArrayList<>();
    JsonNode list = requireArray(root, "paragraphs", file);
    for (int i = 0; i < list.size(); i++) {
      String where = file + ": paragraphs[" + i + "]";
      String source = requireText(list.get(i), "pattern", where);
      List<String> requires = requiredPhrases(list.get(i).get("requires"), where + ": requires");
      try {
        patterns.add(new BoilerplatePattern(
            Pattern.compile(source, Pattern.CASE_INSENSITIVE | Pattern.DOTALL), requires));
      } catch (PatternSyntaxException e) {
        throw new InvalidRulesException(where + ": not a valid regular expression: " + e.getDescription(), e);
      }
    }
    return patterns;
  }

  /** A boilerplate entry's {@code requires}: absent, one phrase, or a list of alternatives; lower-cased. */
  private static List<String> requiredPhrases(JsonNode node, String where) {
    if (node == null || node.isNull()) {
      return List.of();
    }
    // textsOf rejects a blank item of a list; a mapping's text is blank too.
    List<String> phrases = node.isArray() ? textsOf(node, where) : List.of(node.asText());
    if (phrases.isEmpty() || phrases.get(0).isBlank()) {
      throw new InvalidRulesException(where + " must be a non-blank phrase or a list of them");
    }
    return phrases.stream().map(phrase -> phrase.toLowerCase(Locale.ROOT)).toList();
  }

  static List<SummitEvent> events(JsonNode root) {
    String file = fileOf(root);
    JsonNode list = requireArray(root, "events", file);
    List<SummitEvent> events = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      JsonNode entry = list.get(i);
      String where = file + ": events[" + i + "]";
      String date = requireText(entry, "date", where);
      try {
        events.add(
            new SummitEvent(
                requireText(entry, "organization", where),
                requireText(entry, "place", where),
                LocalDate.parse(date)));
      } catch (DateTimeParseException e) {
        throw new InvalidRulesException(where + ": date '" + date + "' is not YYYY-MM-DD", e);
      }
    }
    return events;
  }

  static TimeVocabulary time(JsonNode root) {
    String file = fileOf(root);
    Map<String, Month> months = namesOf(root, "months", file, Month::valueOf);
    Map<String, DayOfWeek> weekdays = namesOf(root, "weekdays", file, DayOfWeek::valueOf);
    Map<String, Integer> numbers = new HashMap<>();
    requireObject(root, "numbers", file)
        .fields()
        .forEachRemaining(
            e -> {
              if (!e.getValue().canConvertToInt() || e.getValue().asInt() <= 0) {
                throw new InvalidRulesException(file + ": numbers." + e.getKey() + " must be a positive integer");
              }
              numbers.put(e.getKey().toLowerCase(Locale.ROOT), e.getValue().asInt());
            });
    Map<String, ChronoUnit> units = new HashMap<>();
    requireObject(root, "units", file)
        .fields()
        .forEachRemaining(
            e -> units.put(e.getKey().toLowerCase(Locale.ROOT), unit(e.getValue().asText(), file + ": units." + e.getKey())));
    List<TimeVocabulary.RelativePhrase> relative = new ArrayList<>();
    JsonNode list = requireArray(root, "relative", file);
    for (int i = 0; i < list.size(); i++) {
      JsonNode entry = list.get(i);
      String where = file + ": relative[" + i + "]";
      if (!entry.path("amount").canConvertToInt() || entry.path("amount").asInt() < 0) {
        throw new InvalidRulesException(where + ": amount must be a non-negative integer");
      }
      relative.add(
          new TimeVocabulary.RelativePhrase(
              requireText(entry, "phrase", where),
              entry.path("amount").asInt(),
              unit(requireText(entry, "unit", where), where)));
    }
    return new TimeVocabulary(
        months, weekdays, numbers, units, Set.copyOf(requireTexts(root, "backwards", file)), relative);
  }

  private static ChronoUnit unit(String name, String where) {
    try {
      return ChronoUnit.valueOf(name);
    } catch (IllegalArgumentException e) {
      throw new InvalidRulesException(where + ": unknown unit '" + name + "' (DAYS, WEEKS, MONTHS, YEARS, DECADES)", e);
    }
  }

  private static <T> Map<String, T> namesOf(
      JsonNode root, String key, String file, Function<String, T> valueOf) {
    Map<String, T> names = new HashMap<>();
    requireObject(root, key, file)
        .fields()
        .forEachRemaining(
            e -> {
              T value;
              try {
                value = valueOf.apply(e.getKey());
              } catch (IllegalArgumentException ex) {
                throw new InvalidRulesException(file + ": " + key + " has unknown name '" + e.getKey() + "'", ex);
              }
              for (String word : textsOf(e.getValue(), file + ": " + key + "." + e.getKey())) {
                names.put(word.toLowerCase(Locale.ROOT), value);
              }
            });
    return names;
  }

  private static <E extends Enum<E>> E enumValue(
      JsonNode entry, String field, Class<E> type, E fallback, String where) {
    JsonNode node = entry.get(field);
    if (node == null || node.isNull()) {
      return fallback;
    }
    try {
      return Enum.valueOf(type, node.asText());
    } catch (IllegalArgumentException e) {
      throw new InvalidRulesException(
          where + ": " + field + " '" + node.asText() + "' is not one of " + List.of(type.getEnumConstants()), e);
    }
  }

  private static JsonNode requireArray(JsonNode root, String key, String file) {
    JsonNode node = root.get(key);
    if (node == null || !node.isArray()) {
      throw new InvalidRulesException(file + ": '" + key + "' must be a list");
    }
    return node;
  }

  private static JsonNode requireObject(JsonNode root, String key, String file) {
    JsonNode node = root.get(key);
    if (node == null || !node.isObject()) {
      throw new InvalidRulesException(file + ": '" + key + "' must be a mapping");
    }
    return node;
  }

  private static List<String> requireTexts(JsonNode root, String key, String file) {
    return textsOf(requireArray(root, key, file), file + ": " + key);
  }

  private static List<String> textsOf(JsonNode list, String where) {
    if (!list.isArray()) {
      throw new InvalidRulesException(where + " must be a list");
    }
    List<String> values = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      JsonNode item = list.get(i);
      if (!item.isValueNode() || item.asText().isBlank()) {
        throw new InvalidRulesException(where + "[" + i + "] must be a non-blank phrase");
      }
      values.add(item.asText());
    }
    return values;
  }

  private static String requireText(JsonNode entry, String field, String where) {
    JsonNode node = entry.get(field);
    if (node == null || !node.isValueNode() || node.asText().isBlank()) {
      throw new InvalidRulesException(where + ": '" + field + "' is missing or blank");
    }
    return node.asText();
  }
}
