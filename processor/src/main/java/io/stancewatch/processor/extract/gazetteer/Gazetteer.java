package io.stancewatch.processor.extract.gazetteer;

import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The countries, organizations, officials, titles and institutions the extractor recognises, and a
 * single-pass finder of their names in text. Immutable and thread-safe; {@link #loadDefault()} loads
 * the classpath data once.
 *
 * <p>Data: {@code gazetteer/countries.yaml} (with each country's institutions and the stop phrases),
 * {@code gazetteer/organizations.yaml} (with each organization's institutions), {@code
 * gazetteer/officials.yaml} and {@code gazetteer/titles.yaml}.
 */
public final class Gazetteer {

  private static final String RESOURCE_DIR = "/gazetteer/";

  private final Map<String, Country> countries = new LinkedHashMap<>();
  private final Map<String, Organization> organizations = new LinkedHashMap<>();
  private final List<Official> officials;
  private final List<Title> titles;
  private final List<Institution> institutions;
  private final Map<String, List<Official>> officialsByAlias = new HashMap<>();
  private final Map<String, List<String>> organizationsByReference = new HashMap<>();
  private final MentionFinder finder;

  private Gazetteer(GazetteerData data) {
    data.countries().forEach(country -> countries.put(country.code(), country));
    data.organizations().forEach(organization -> organizations.put(organization.code(), organization));
    this.officials = data.officials();
    this.titles = data.titles();
    this.institutions = data.institutions();
    for (Official official : officials) {
      official.aliases().stream().map(MentionFinder::lookupKey).distinct().forEach(key ->
          officialsByAlias.computeIfAbsent(key, k -> new ArrayList<>()).add(official));
    }
    for (Organization organization : organizations.values()) {
      organization.references().stream().map(MentionFinder::lookupKey).distinct().forEach(key ->
          organizationsByReference.computeIfAbsent(key, k -> new ArrayList<>()).add(organization.code()));
    }
    this.finder = new MentionFinder(PatternCompiler.patterns(data));
  }

  /** The gazetteer of the classpath resources under {@code gazetteer/}, loaded once. */
  public static Gazetteer loadDefault() {
    return DefaultHolder.INSTANCE;
  }

  /** A gazetteer of the given files (each stream is read and closed). */
  public static Gazetteer fromYaml(
      InputStream countries, InputStream organizations, InputStream officials, InputStream titles) {
    return new Gazetteer(GazetteerLoader.load(countries, organizations, officials, titles));
  }

  /**
   * Single pass (Aho–Corasick over every alias of every entity and title), whole words only,
   * case-sensitive for proper names/acronyms but tolerant of diacritics (Orban == Orbán), of
   * possessives ("Hungary's" matches Hungary, the span stops before the apostrophe), of curly or
   * straight apostrophes, of hyphens for spaces and of a capitalised first letter of a lower-case
   * word ("The alliance"); returns leftmost-longest, non-overlapping mentions in text order. An
   * official sharing an alias with others is the one whose role began last.
   */
  public List<Mention> findMentions(CharSequence text) {
    return finder.find(Objects.requireNonNull(text, "text to search for mentions is null"), null);
  }

  /**
   * As {@link #findMentions(CharSequence)}, but an alias shared by several officials or role periods
   * means the one in office at {@code at} (the most senior role if several), else the last one
   * before it ("Rutte" is NATO's secretary general in 2025 and the Dutch prime minister in 2019).
   */
  public List<Mention> findMentions(CharSequence text, Instant at) {
    return finder.find(Objects.requireNonNull(text, "text to search for mentions is null"),
        Objects.requireNonNull(at, "instant to resolve officials at is null"));
  }

  public Optional<Country> country(String iso3) {
    return Optional.ofNullable(countries.get(iso3));
  }

  public Optional<Organization> organization(String code) {
    return Optional.ofNullable(organizations.get(code));
  }

  public Collection<Country> countries() {
    return List.copyOf(countries.values());
  }

  public Collection<Organization> organizations() {
    return List.copyOf(organizations.values());
  }

  /** Every official role period, in file order. */
  public List<Official> officials() {
    return officials;
  }

  /** Every title, in file order. */
  public List<Title> titles() {
    return titles;
  }

  /** Every named institution of every country and organization. */
  public List<Institution> institutions() {
    return institutions;
  }

  /**
   * Officials matching an alias who held a role at the given instant (empty if none). The alias is
   * compared ignoring case and diacritics; a trailing possessive is ignored.
   */
  public List<Official> officialsAt(String alias, Instant at) {
    Objects.requireNonNull(alias, "alias is null");
    Objects.requireNonNull(at, "instant is null");
    List<Official> holders = new ArrayList<>();
    for (Official official : officialsByAlias.getOrDefault(lookupKeyOf(alias), List.of())) {
      if (official.heldAt(at)) {
        holders.add(official);
      }
    }
    return holders;
  }

  /**
   * The organizations a reference noun may stand for ("alliance" or "the alliance": NATO, CSTO), in
   * file order; empty if the phrase is no reference.
   */
  public List<String> organizationsReferredToAs(String reference) {
    return List.copyOf(organizationsByReference.getOrDefault(lookupKeyOf(reference), List.of()));
  }

  private static String lookupKeyOf(String phrase) {
    String key = MentionFinder.lookupKey(phrase);
    return key.endsWith("'s") ? key.substring(0, key.length() - 2) : key;
  }

  private static final class DefaultHolder {
    static final Gazetteer INSTANCE = fromYaml(
        resource(GazetteerLoader.COUNTRIES), resource(GazetteerLoader.ORGANIZATIONS),
        resource(GazetteerLoader.OFFICIALS), resource(GazetteerLoader.TITLES));

    private static InputStream resource(String file) {
      InputStream stream = Gazetteer.class.getResourceAsStream(RESOURCE_DIR + file);
      if (stream == null) {
        throw new GazetteerException(RESOURCE_DIR + file + ": resource missing from the classpath");
      }
      return stream;
    }
  }
}
