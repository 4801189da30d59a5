package io.stancewatch.processor.extract.gazetteer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads and validates the four gazetteer files. Any problem stops loading with a {@link
 * GazetteerException} naming file, entry and field: a gazetteer with a wrong code would silently
 * misattribute stances, which is worse than not starting.
 */
final class GazetteerLoader {

  static final String COUNTRIES = "countries.yaml";
  static final String ORGANIZATIONS = "organizations.yaml";
  static final String OFFICIALS = "officials.yaml";
  static final String TITLES = "titles.yaml";

  private static final Pattern ISO3 = Pattern.compile("[A-Z]{3}");
  private static final Pattern ORGANIZATION_CODE = Pattern.compile("[A-Z][A-Z0-9]*");
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private static final Set<String> COUNTRY_FIELDS =
      Set.of("code", "name", "aliases", "adjectives", "demonyms", "capitals", "un", "institutions");
  private static final Set<String> ORGANIZATION_FIELDS = Set.of(
      "code", "name", "aliases", "references", "admission", "speakers", "members", "institutions", "vetoHolders");
  private static final Set<String> MEMBER_FIELDS = Set.of("code", "joined", "left");
  private static final Set<String> INSTITUTION_FIELDS = Set.of("name", "aliases", "role");
  private static final Set<String> OFFICIAL_FIELDS =
      Set.of("name", "aliases", "speaksFor", "role", "from", "to", "roles");
  private static final Set<String> ROLE_PERIOD_FIELDS = Set.of("speaksFor", "role", "from", "to");
  private static final Set<String> TITLE_FIELDS = Set.of("role", "phrases");

  private final List<Institution> institutions = new ArrayList<>();

  private GazetteerLoader() {}

  static GazetteerData load(InputStream countries, InputStream organizations, InputStream officials, InputStream titles) {
    GazetteerLoader loader = new GazetteerLoader();
    JsonNode countriesRoot = parse(countries, COUNTRIES);
    List<Country> countryList = loader.readCountries(countriesRoot);
    Set<String> countryCodes = Set.copyOf(countryList.stream().map(Country::code).toList());
    JsonNode titlesRoot = parse(titles, TITLES);
    List<Title> titleList = readTitles(titlesRoot);
    List<Organization> organizationList =
        loader.readOrganizations(parse(organizations, ORGANIZATIONS), countryCodes, titleList);
    Set<String> speakable = new HashSet<>(countryCodes);
    organizationList.forEach(organization -> speakable.add(organization.code()));
    List<Official> officialList = readOfficials(parse(officials, OFFICIALS), speakable);
    List<String> stopPhrases = new ArrayList<>(YamlEntry.document(countriesRoot, COUNTRIES).texts("stopPhrases"));
    stopPhrases.addAll(YamlEntry.document(titlesRoot, TITLES).texts("stopPhrases"));
    return new GazetteerData(countryList, organizationList, officialList, titleList, loader.institutions, stopPhrases);
  }

  private static JsonNode parse(InputStream stream, String file) {
    if (stream == null) {
      throw new GazetteerException(file + ": not found");
    }
    try (stream) {
      return YAML.readTree(stream);
    } catch (IOException e) {
      throw new GazetteerException(file + ": not readable YAML: " + e.getMessage(), e);
    }
  }

  private List<Country> readCountries(JsonNode root) {
    List<Country> countries = new ArrayList<>();
    CodedEntries countryEntries =
        new CodedEntries(COUNTRIES, "countries", COUNTRY_FIELDS, ISO3, "ISO 3166-1 alpha-3 code, three capital letters");
    countryEntries.read(root, (entry, code, name) -> {
      countries.add(new Country(code, name, withName(name, entry.texts("aliases")), entry.texts("adjectives"),
          entry.texts("demonyms"), entry.texts("capitals"), entry.enumValue("un", UnStatus.class)));
      readInstitutions(entry, code);
    });
    return countries;
  }

  private List<Organization> readOrganizations(JsonNode root, Set<String> countryCodes, List<Title> titles) {
    Set<String> titlePhrases = new HashSet<>();
    titles.forEach(title -> title.phrases().forEach(phrase -> titlePhrases.add(MentionFinder.lookupKey(phrase))));
    List<Organization> organizations = new ArrayList<>();
    CodedEntries organizationEntries = new CodedEntries(
        ORGANIZATIONS, "organizations", ORGANIZATION_FIELDS, ORGANIZATION_CODE, "upper-case letters and digits");
    organizationEntries.read(root, (entry, code, name) -> {
      List<Institution> organs = readInstitutions(entry, code);
      List<String> speakers = entry.texts("speakers");
      checkSpeakers(entry, speakers, titlePhrases, organs);
      organizations.add(new Organization(code, name, withName(name, entry.texts("aliases")),
          entry.texts("references"), entry.enumValue("admission", Admission.class), speakers,
          readMembers(entry, countryCodes), readVetoHolders(entry, countryCodes)));
    });
    return organizations;
  }

  /** Members whose refusal alone is a veto; each must be a known country. */
  private static Set<String> readVetoHolders(YamlEntry entry, Set<String> countryCodes) {
    Set<String> holders = new HashSet<>();
    for (String code : entry.texts("vetoHolders")) {
      if (!countryCodes.contains(code)) {
        throw entry.error("vetoHolders", "unknown country code '" + code + "'");
      }
      holders.add(code);
    }
    return holders;
  }

  /** A speaker must be findable in text: a title phrase or one of the organization's own organs. */
  private static void checkSpeakers(
      YamlEntry entry, List<String> speakers, Set<String> titlePhrases, List<Institution> organs) {
    Set<String> known = new HashSet<>(titlePhrases);
    organs.forEach(organ -> organ.aliases().forEach(alias -> known.add(MentionFinder.lookupKey(alias))));
    for (String speaker : speakers) {
      if (!known.contains(MentionFinder.lookupKey(speaker))) {
        throw entry.error("speakers", "'" + speaker + "' is neither a phrase of " + TITLES
            + " nor an alias of one of this organization's institutions");
      }
    }
  }

  private static List<Membership> readMembers(YamlEntry organization, Set<String> countryCodes) {
    List<Membership> members = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (YamlEntry entry : organization.entries("members")) {
      entry.allowOnly(MEMBER_FIELDS);
      String code = entry.text("code");
      if (!countryCodes.contains(code)) {
        throw entry.error("code", "unknown member code '" + code + "' (not in " + COUNTRIES + ")");
      }
      if (!seen.add(code)) {
        throw entry.error("code", "duplicate member code '" + code + "'");
      }
      LocalDate joined = entry.date("joined");
      LocalDate left = entry.optionalDate("left");
      if (left != null && left.isBefore(joined)) {
        throw entry.error("left", "before joined (" + joined + ")");
      }
      members.add(new Membership(code, joined, left));
    }
    return members;
  }

  private List<Institution> readInstitutions(YamlEntry owner, String ownerCode) {
    List<Institution> organs = new ArrayList<>();
    for (YamlEntry entry : owner.entries("institutions")) {
      entry.allowOnly(INSTITUTION_FIELDS);
      String name = entry.text("name");
      organs.add(new Institution(ownerCode, name, withName(name, entry.texts("aliases")),
          entry.enumValue("role", Role.class)));
    }
    institutions.addAll(organs);
    return organs;
  }

  private static List<Official> readOfficials(JsonNode root, Set<String> speakable) {
    List<Official> officials = new ArrayList<>();
    for (YamlEntry entry : YamlEntry.entries(root, OFFICIALS, "officials")) {
      entry.allowOnly(OFFICIAL_FIELDS);
      String name = entry.text("name");
      List<String> aliases = withName(name, entry.texts("aliases"));
      List<YamlEntry> periods = entry.entries("roles");
      if (periods.isEmpty()) {
        officials.add(readPeriod(entry, name, aliases, speakable));
      } else if (entry.has("role") || entry.has("speaksFor") || entry.has("from")) {
        throw entry.error("roles", "give either 'roles' or a single speaksFor/role/from/to, not both");
      } else {
        for (YamlEntry period : periods) {
          period.allowOnly(ROLE_PERIOD_FIELDS);
          officials.add(readPeriod(period, name, aliases, speakable));
        }
      }
    }
    return officials;
  }

  private static Official readPeriod(YamlEntry entry, String name, List<String> aliases, Set<String> speakable) {
    String speaksFor = entry.text("speaksFor");
    if (!speakable.contains(speaksFor)) {
      throw entry.error("speaksFor", "unknown country or organization code '" + speaksFor + "'");
    }
    Role role = entry.enumValue("role", Role.class);
    LocalDate from = entry.date("from");
    LocalDate to = entry.optionalDate("to");
    if (to != null && to.isBefore(from)) {
      throw entry.error("to", "before from (" + from + ")");
    }
    return new Official(name, aliases, speaksFor, role, from, to);
  }

  private static List<Title> readTitles(JsonNode root) {
    List<Title> titles = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (YamlEntry entry : YamlEntry.entries(root, TITLES, "titles")) {
      entry.allowOnly(TITLE_FIELDS);
      Role role = entry.enumValue("role", Role.class);
      List<String> phrases = entry.texts("phrases");
      for (String phrase : phrases) {
        if (!seen.add(FoldedText.foldAlias(phrase))) {
          throw entry.error("phrases", "duplicate phrase '" + phrase + "' (a phrase names one role)");
        }
      }
      titles.add(new Title(role, phrases));
    }
    return titles;
  }

  /** Receives one validated entry of a list of coded entities. */
  @FunctionalInterface
  private interface CodedEntryReader {
    void read(YamlEntry entry, String code, String name);
  }

  /** A top-level list of entities with a unique, well-formed code and a name. */
  private record CodedEntries(String file, String listField, Set<String> fields, Pattern shape, String expectedShape) {

    void read(JsonNode root, CodedEntryReader reader) {
      Set<String> seen = new HashSet<>();
      for (YamlEntry entry : YamlEntry.entries(root, file, listField)) {
        entry.allowOnly(fields);
        String code = entry.text("code");
        if (!shape.matcher(code).matches()) {
          throw entry.error("code", "malformed code '" + code + "' (expected " + expectedShape + ")");
        }
        if (!seen.add(code)) {
          throw entry.error("code", "duplicate code '" + code + "'");
        }
        reader.read(entry, code, entry.text("name"));
      }
    }
  }

  /** The aliases with the name first; the name is always an alias. */
  private static List<String> withName(String name, List<String> aliases) {
    Set<String> all = new LinkedHashSet<>();
    all.add(name);
    all.addAll(aliases);
    return List.copyOf(all);
  }
}
