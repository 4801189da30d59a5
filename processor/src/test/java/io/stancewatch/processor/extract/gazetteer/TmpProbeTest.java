package io.stancewatch.processor.extract.gazetteer;
import org.junit.jupiter.api.Test;
import java.util.*;
import java.nio.file.*;
class TmpProbeTest {
  @Test void probe() throws Exception {
    Gazetteer g = Gazetteer.loadDefault();
    GazetteerData d = GazetteerLoader.load(Gazetteer.class.getResourceAsStream("/gazetteer/countries.yaml"), Gazetteer.class.getResourceAsStream("/gazetteer/organizations.yaml"), Gazetteer.class.getResourceAsStream("/gazetteer/officials.yaml"), Gazetteer.class.getResourceAsStream("/gazetteer/titles.yaml"));
    Map<String, Set<String>> owners = new TreeMap<>();
    for (MentionPattern p : PatternCompiler.patterns(d)) {
      String who = p.kind() + ":" + (p.kind() == MentionKind.OFFICIAL ? p.officials().get(0).name() : p.code() + "/" + p.role());
      owners.computeIfAbsent(MentionFinder.lookupKey(p.foldedAlias()), k -> new TreeSet<>()).add(p.foldedAlias() + "=" + who);
    }
    StringBuilder out = new StringBuilder();
    owners.forEach((k, v) -> { Set<String> ids = new HashSet<>(); for (String s : v) ids.add(s.substring(s.indexOf('=') + 1).replaceAll("^(OFFICIAL:.*)$", "$1")); if (ids.size() > 1) out.append(k).append(" -> ").append(v).append('\n'); });
    int aliases = owners.size();
    out.append("distinct alias keys: ").append(aliases).append('\n');
    out.append("officials: ").append(d.officials().size()).append(" persons: ").append(d.officials().stream().map(Official::name).distinct().count()).append('\n');
    Files.writeString(Path.of("/tmp/gz/collisions.txt"), out.toString());
    // corpus probe: capitalised words not covered by any mention
    Map<String, Integer> missing = new TreeMap<>();
    for (String corpus : List.of("seeds", "dev")) {
      for (String line : Files.readAllLines(Path.of("/work/shared/corpus/" + corpus + "/articles.jsonl"))) {
        com.fasterxml.jackson.databind.JsonNode n = new com.fasterxml.jackson.databind.ObjectMapper().readTree(line);
        String text = n.get("title").asText() + ". " + n.get("body").asText();
        List<Mention> ms = g.findMentions(text, java.time.Instant.parse(n.get("publishedAt").asText()));
        boolean[] covered = new boolean[text.length()];
        for (Mention m : ms) for (int i = m.start(); i < m.end(); i++) covered[i] = true;
        java.util.regex.Matcher mt = java.util.regex.Pattern.compile("\\b\\p{Lu}[\\p{L}'-]+(?: \\p{Lu}[\\p{L}'-]+)*").matcher(text);
        while (mt.find()) { if (!covered[mt.start()]) missing.merge(mt.group(), 1, Integer::sum); }
      }
    }
    StringBuilder miss = new StringBuilder();
    missing.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).forEach(e -> miss.append(e.getValue()).append(' ').append(e.getKey()).append('\n'));
    Files.writeString(Path.of("/tmp/gz/missing.txt"), miss.toString());
  }
}
