package io.stancewatch.processor.bench;

import io.stancewatch.processor.extract.gazetteer.Gazetteer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The shipped gazetteer grown by invented officials, to show what the extractor's cost does with the
 * gazetteer's size: every country and watched organization is already in the shipped one, so people are
 * what a gazetteer keeps gaining. The invented officials held their role in 1901, so they never speak in
 * an article of the fixture's date; they only make the automaton larger.
 */
final class GrownGazetteer {

  private static final String DIRECTORY = "/gazetteer/";
  private static final String[] SYLLABLES = {"ka", "ro", "vel", "mi", "dan", "tor", "su", "lek", "pa", "zin"};

  private GrownGazetteer() {}

  /** The shipped gazetteer plus {@code extraOfficials} invented officials, two aliases each. */
  static Gazetteer withExtraOfficials(int extraOfficials) {
    final StringBuilder officials = new StringBuilder(read("officials.yaml"));
    officials.append('\n');
    for (int i = 0; i < extraOfficials; i++) {
      final String surname = capitalized(word(i, 3));
      officials.append("  - {name: ").append(capitalized(word(i + 7, 2))).append(' ').append(surname)
          .append(", aliases: [").append(surname)
          .append("], speaksFor: FRA, role: HEAD_OF_GOVERNMENT, from: 1901-01-01, to: 1901-12-31}\n");
    }
    return Gazetteer.fromYaml(stream(read("countries.yaml")), stream(read("organizations.yaml")),
        stream(officials.toString()), stream(read("titles.yaml")));
  }

  /** An invented word of {@code syllables} syllables, distinct for each number below 10^syllables. */
  private static String word(int number, int syllables) {
    final StringBuilder word = new StringBuilder();
    int rest = number;
    for (int i = 0; i < syllables; i++) {
      word.append(SYLLABLES[rest % SYLLABLES.length]);
      rest /= SYLLABLES.length;
    }
    return word.append(number).toString();
  }

  private static String capitalized(String word) {
    return Character.toUpperCase(word.charAt(0)) + word.substring(1);
  }

  private static String read(String file) {
    try (InputStream in = GrownGazetteer.class.getResourceAsStream(DIRECTORY + file)) {
      if (in == null) {
        throw new IllegalStateException("Classpath resource " + DIRECTORY + file + " is missing");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + DIRECTORY + file, e);
    }
  }

  private static InputStream stream(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }
}
