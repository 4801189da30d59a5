package io.stancewatch.app.bench;

import io.stancewatch.app.bench.FeedTemplates.Country;
import io.stancewatch.app.bench.FeedTemplates.Organization;
import io.stancewatch.schemas.Article;
import io.stancewatch.schemas.Stance;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Random;

/**
  * Writes the articles of one pass over a {@link SyntheticFeed}, in order. Every choice comes from
  * one {@link Random} seeded once, so the same seed and count give the same articles.
  */
final class FeedGenerator implements Iterator<Article> {

    /** The first article's publication time; later ones follow a few minutes apart. */
    static final Instant FIRST_PUBLISHED = Instant.parse("2025-01-06T06:00:00Z");

    static final int MIN_WORDS = 300;
    static final int MAX_WORDS = 900;

    // The mix of a day of news: mostly articles with one to three statements, some that only
    // mention the questions, and the duplicates a real feed carries (a re-sent item, a syndicated story).
    private static final double EXACT_DUPLICATE = 0.02;
    private static final double SYNDICATED_COPY = 0.03;
    private static final double DISTRACTOR_ARTICLE = 0.10;
    private static final double CONSENSUS_STATEMENT = 0.2;
    private static final double ORGANIZATION_SPEAKS = 0.1;
    private static final double STANCE_CHANGE = 0.25;
    private static final int RECENT_KEPT = 64;
    // Bodies stop within one filler sentence of their target, and filler sentences are under 40
    // words: targets this far below the maximum keep every body within it.
    private static final int LONGEST_SENTENCE_WORDS = 40;

    private final FeedTemplates templates;
    private final TemplateFiller random;
    private final StanceWorld world;
    private final int count;
    private final List<Article> recent = new ArrayList<>();
    private int produced;
    private Instant clock = FIRST_PUBLISHED;

    FeedGenerator(FeedTemplates templates, long seed, int count) {
        this.templates = templates;
        this.random = new TemplateFiller(templates.fillers(), new Random(seed));
        this.world = new StanceWorld(random, STANCE_CHANGE);
        this.count = count;
    }

    @Override
    public boolean hasNext() {
        return produced < count;
    }

    @Override
    public Article next() {
        if (!hasNext()) {
            throw new NoSuchElementException("The feed has " + count + " articles");
        }
        produced++;
        clock = clock.plus(Duration.ofSeconds(random.between(30, 1800)));
        final Article article;
        if (!recent.isEmpty() && random.chance(EXACT_DUPLICATE)) {
            article = Article.newBuilder(random.pick(recent)).build();
        } else if (!recent.isEmpty() && random.chance(SYNDICATED_COPY)) {
            article = syndicatedCopy(random.pick(recent));
        } else {
            article = random.chance(DISTRACTOR_ARTICLE) ? distractorArticle() : statementArticle();
        }
        remember(article);
        return article;
    }

    private Article statementArticle() {
        final List<String> paragraphs = new ArrayList<>();
        String title = null;
        for (int i = random.between(1, 3); i > 0; i--) {
            final Statement statement = statement();
            if (title == null) {
                title = random.sentence(random.pick(templates.titles()), statement.slots());
            }
            paragraphs.add(statement.sentence() + " " + noiseSentences(random.between(1, 2)));
        }
        return article(title, paragraphs);
    }

    private Article distractorArticle() {
        final List<String> paragraphs = new ArrayList<>();
        paragraphs.add(random.sentence(random.pick(templates.distractors()), questionSlots()));
        return article(random.sentence(random.pick(templates.distractorTitles()), Map.of()), paragraphs);
    }

    private Article article(String title, List<String> paragraphs) {
        final int targetWords = random.between(MIN_WORDS, MAX_WORDS - LONGEST_SENTENCE_WORDS);
        int words = paragraphs.stream().mapToInt(FeedGenerator::words).sum();
        while (words < targetWords) {
            // Sentence by sentence, so the body stops within one sentence of the target.
            final StringBuilder paragraph = new StringBuilder();
            for (int sentences = random.between(3, 5); sentences > 0 && words < targetWords; sentences--) {
                final String sentence = random.sentence(random.pick(templates.noise()), Map.of());
                paragraph.append(paragraph.isEmpty() ? "" : " ").append(sentence);
                words += words(sentence);
            }
            // Filler goes around the statements, not only after them, as in a real report.
            paragraphs.add(random.between(0, paragraphs.size()), paragraph.toString());
        }
        return placed(Article.newBuilder().setTitle(title).setBody(String.join("\n\n", paragraphs)));
    }

    private Article syndicatedCopy(Article original) {
        return placed(Article.newBuilder(original));
    }

    /** The article under this position's id, from a random outlet, published now and ingested soon after. */
    private Article placed(Article.Builder article) {
        final String id = String.format("syn-%06d", produced);
        final String source = random.pick(templates.sources());
        return article
                .setId(id)
                .setSource(source)
                .setUrl(url(source, id))
                .setPublishedAt(clock)
                .setIngestedAt(clock.plusSeconds(random.between(5, 300)))
                .build();
    }

    private Statement statement() {
        final Organization org = random.pick(templates.organizations());
        final Country candidate = templates.country(random.pick(org.candidates()));
        if (random.chance(CONSENSUS_STATEMENT)) {
            final List<String> holdouts = world.holdouts(org.code(), candidate.code(), org.members());
            final Stance status = holdouts.isEmpty() ? Stance.REACHED : Stance.LACKING;
            final Map<String, String> slots =
                    slots(random.pick(org.speakers()), org.name(), candidate, org, holdoutNames(holdouts));
            return new Statement(random.sentence(random.pick(templates.consensus().get(status)), slots), slots);
        }
        final Map<String, String> slots;
        final Stance stance;
        if (random.chance(ORGANIZATION_SPEAKS)) {
            stance = world.nextStatement(org.code(), candidate.code(), org.code());
            slots = slots(random.pick(org.speakers()), org.name(), candidate, org, "");
        } else {
            final Country actor = templates.country(random.pick(org.members()));
            stance = world.nextStatement(org.code(), candidate.code(), actor.code());
            slots = slots(official(actor), actor.name(), candidate, org, "");
        }
        return new Statement(random.sentence(random.pick(templates.membership().get(stance)), slots), slots);
    }

    private Map<String, String> questionSlots() {
        final Organization org = random.pick(templates.organizations());
        final Country actor = templates.country(random.pick(org.members()));
        return slots(official(actor), actor.name(), templates.country(random.pick(org.candidates())), org, "");
    }

    private static Map<String, String> slots(
            String speaker, String actor, Country candidate, Organization org, String holdouts) {
        return Map.of(
                "speaker", speaker, "actor", actor, "candidate", candidate.name(), "org", org.name(),
                "holdouts", holdouts);
    }

    private String official(Country country) {
        return random.fill(
                random.pick(templates.officials()),
                Map.of("country", country.name(), "adjective", country.adjective()));
    }

    private String holdoutNames(List<String> codes) {
        final List<String> names = codes.stream().map(c -> templates.country(c).name()).toList();
        if (names.size() <= 1) {
            return String.join("", names);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    private String noiseSentences(int sentences) {
        final StringBuilder text = new StringBuilder();
        for (int i = 0; i < sentences; i++) {
            if (i > 0) {
                text.append(' ');
            }
            text.append(random.sentence(random.pick(templates.noise()), Map.of()));
        }
        return text.toString();
    }

    private void remember(Article article) {
        if (recent.size() == RECENT_KEPT) {
            recent.remove(random.between(0, RECENT_KEPT - 1));
        }
        recent.add(article);
    }

    private static String url(String source, String id) {
        return "https://" + source.toLowerCase(Locale.ROOT).replace(' ', '-') + ".example/" + id;
    }

    static int words(String text) {
        final String trimmed = text.strip();
        return trimmed.isEmpty() ? 0 : trimmed.split("\\s+").length;
    }

    private record Statement(String sentence, Map<String, String> slots) {}
}
