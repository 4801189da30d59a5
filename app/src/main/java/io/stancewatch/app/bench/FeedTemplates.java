package io.stancewatch.app.bench;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.stancewatch.schemas.Stance;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
  * The data the synthetic feed writes articles from: outlets, countries, watched questions, stance
  * statement templates per stance, distractor sentences and filler sentences. Loaded from a YAML
  * resource ({@code bench/templates.yaml}) and checked on load, so a template with an unknown slot or
  * an organization naming an unknown member fails with a message naming it, not mid-benchmark.
  *
  * @param sources outlets an article can come from
  * @param countries every country a question or an official can name
  * @param officials titles a country speaks through; slots {@code {country}} and {@code {adjective}}
  * @param organizations the watched organizations with their members and candidates
  * @param membership MEMBERSHIP statement templates for each of the four membership stances
  * @param consensus CONSENSUS statement templates for {@code LACKING} and {@code REACHED}
  * @param distractors sentences naming watched parties without stating a stance
  * @param titles titles of articles that carry statements
  * @param distractorTitles titles of articles that carry none
  * @param noise filler sentences
  * @param fillers the values of the filler slots ({@code {city}}, {@code {sector}}, ...)
  */
public record FeedTemplates(
        List<String> sources,
        List<Country> countries,
        List<String> officials,
        List<Organization> organizations,
        Map<Stance, List<String>> membership,
        Map<Stance, List<String>> consensus,
        List<String> distractors,
        List<String> titles,
        List<String> distractorTitles,
        List<String> noise,
        Map<String, List<String>> fillers) {

    /** The classpath resource {@link #loadDefault()} reads. */
    public static final String DEFAULT_RESOURCE = "bench/templates.yaml";

    /** Slots filled with random numbers rather than from {@link #fillers}. */
    static final Set<String> NUMBER_SLOTS = Set.of("number", "percent");

    private static final Set<String> STATEMENT_SLOTS =
            Set.of("speaker", "actor", "candidate", "org", "holdouts");
    private static final Set<String> OFFICIAL_SLOTS = Set.of("country", "adjective");
    private static final Pattern SLOT = Pattern.compile("\\{([a-zA-Z]+)}");
    private static final Set<Stance> MEMBERSHIP_STANCES =
            EnumSet.of(Stance.SUPPORT, Stance.CONDITIONAL, Stance.DEFERRED, Stance.OPPOSE);
    private static final Set<Stance> CONSENSUS_STATUSES = EnumSet.of(Stance.REACHED, Stance.LACKING);

    /**
      * A country the feed can name.
      *
      * @param code ISO 3166-1 alpha-3
      * @param name the name as it reads in a sentence ("the Netherlands")
      * @param adjective the demonym adjective ("Dutch")
      */
    public record Country(String code, String name, String adjective) {}

    /**
      * A watched organization.
      *
      * @param code the organization code (NATO)
      * @param name the name as it reads in a sentence
      * @param speakers who speaks for the organization as an institution
      * @param members country codes of the members that take MEMBERSHIP stances
      * @param candidates country codes of the candidates whose accession is discussed
      */
    public record Organization(
            String code, String name, List<String> speakers, List<String> members, List<String> candidates) {}

    /** Reads and checks the templates shipped with the application. */
    public static FeedTemplates loadDefault() {
        try (InputStream in = FeedTemplates.class.getClassLoader().getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Classpath resource " + DEFAULT_RESOURCE + " is missing");
            }
            return load(in, DEFAULT_RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + DEFAULT_RESOURCE, e);
        }
    }

    /**
      * Reads templates from YAML and checks them.
      *
      * @param origin names the input in error messages
      * @throws IllegalArgumentException naming the origin and what is wrong
      */
    public static FeedTemplates load(InputStream in, String origin) {
        final FeedTemplates templates;
        try {
            templates =
                    new ObjectMapper(new YAMLFactory())
                            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                            .readValue(in, FeedTemplates.class);
        } catch (IOException e) {
            throw new IllegalArgumentException(origin + ": not valid feed templates: " + e.getMessage(), e);
        }
        templates.check(origin);
        return templates;
    }

    /** The country with this code. */
    Country country(String code) {
        return countries.stream()
                .filter(c -> c.code().equals(code))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown country code " + code));
    }

    private void check(String origin) {
        requireNonEmpty(origin, "sources", sources);
        requireNonEmpty(origin, "countries", countries);
        requireNonEmpty(origin, "organizations", organizations);
        requireNonEmpty(origin, "distractors", distractors);
        requireNonEmpty(origin, "titles", titles);
        requireNonEmpty(origin, "distractorTitles", distractorTitles);
        requireNonEmpty(origin, "noise", noise);
        requireNonEmpty(origin, "fillers", fillers == null ? null : fillers.keySet());
        checkSlots(origin, "officials", officials, OFFICIAL_SLOTS);
        checkStanceTemplates(origin, "membership", membership, MEMBERSHIP_STANCES);
        checkStanceTemplates(origin, "consensus", consensus, CONSENSUS_STATUSES);
        final Set<String> sentenceSlots = union(STATEMENT_SLOTS, fillers.keySet(), NUMBER_SLOTS);
        checkSlots(origin, "distractors", distractors, sentenceSlots);
        checkSlots(origin, "titles", titles, sentenceSlots);
        checkSlots(origin, "distractorTitles", distractorTitles, union(fillers.keySet(), NUMBER_SLOTS));
        checkSlots(origin, "noise", noise, union(fillers.keySet(), NUMBER_SLOTS));
        final Set<String> codes = countries.stream().map(Country::code).collect(Collectors.toSet());
        for (final Organization org : organizations) {
            requireNonEmpty(origin, "speakers of " + org.code(), org.speakers());
            requireNonEmpty(origin, "members of " + org.code(), org.members());
            requireNonEmpty(origin, "candidates of " + org.code(), org.candidates());
            for (final String code : concat(org.members(), org.candidates())) {
                if (!codes.contains(code)) {
                    throw new IllegalArgumentException(
                            origin + ": organization " + org.code() + " names unknown country " + code);
                }
            }
        }
    }

    private void checkStanceTemplates(
            String origin, String section, Map<Stance, List<String>> templates, Set<Stance> stances) {
        if (templates == null || !templates.keySet().equals(stances)) {
            throw new IllegalArgumentException(
                    origin + ": " + section + " must have templates for exactly " + stances + ", has "
                            + (templates == null ? "none" : templates.keySet()));
        }
        final Set<String> slots = union(STATEMENT_SLOTS, fillers.keySet(), NUMBER_SLOTS);
        templates.forEach((stance, list) -> checkSlots(origin, section + "." + stance, list, slots));
    }

    private static void checkSlots(String origin, String section, List<String> list, Set<String> known) {
        requireNonEmpty(origin, section, list);
        for (final String template : list) {
            final Matcher slot = SLOT.matcher(template);
            while (slot.find()) {
                if (!known.contains(slot.group(1))) {
                    throw new IllegalArgumentException(
                            origin + ": " + section + " template uses unknown slot {" + slot.group(1) + "}: "
                                    + template);
                }
            }
        }
    }

    private static void requireNonEmpty(String origin, String section, Collection<?> values) {
        if (values == null || values.isEmpty()) {
            throw new IllegalArgumentException(origin + ": " + section + " is missing or empty");
        }
    }

    @SafeVarargs
    private static <T> Set<T> union(Collection<T>... parts) {
        return Arrays.stream(parts).flatMap(Collection::stream).collect(Collectors.toSet());
    }

    private static List<String> concat(List<String> first, List<String> second) {
        return Stream.concat(first.stream(), second.stream()).toList();
    }
}
