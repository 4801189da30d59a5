package io.stancewatch.app.bench;

import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
  * Fills the {@code {slot}}s of a template: named slots from the values given, filler slots with a
  * random pick from the templates' filler lists, and number slots with a random number. All choices
  * come from the one seeded {@link Random}, so a feed is reproducible.
  */
final class TemplateFiller {

    private static final Pattern SLOT = Pattern.compile("\\{([a-zA-Z]+)}");

    private final Map<String, List<String>> fillers;
    private final Random random;

    TemplateFiller(Map<String, List<String>> fillers, Random random) {
        this.fillers = fillers;
        this.random = random;
    }

    /** One element of a non-empty list, chosen at random. */
    <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    /** True with the given probability. */
    boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    /** A whole number in [from, to]. */
    int between(int from, int to) {
        return from + random.nextInt(to - from + 1);
    }

    /** The template with every slot filled; the first letter is upper-cased as a sentence starts. */
    String sentence(String template, Map<String, String> values) {
        final String text = fill(template, values);
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** The template with every slot filled. */
    String fill(String template, Map<String, String> values) {
        final Matcher slot = SLOT.matcher(template);
        final StringBuilder out = new StringBuilder(template.length() + 32);
        while (slot.find()) {
            slot.appendReplacement(out, Matcher.quoteReplacement(valueOf(slot.group(1), values, template)));
        }
        slot.appendTail(out);
        return out.toString();
    }

    private String valueOf(String name, Map<String, String> values, String template) {
        final String given = values.get(name);
        if (given != null) {
            return given;
        }
        if (fillers.containsKey(name)) {
            return pick(fillers.get(name));
        }
        return switch (name) {
            case "number" -> Integer.toString(between(2, 5000));
            case "percent" -> between(1, 9) + "." + between(0, 9);
            default -> throw new IllegalArgumentException("No value for slot {" + name + "} in: " + template);
        };
    }
}
