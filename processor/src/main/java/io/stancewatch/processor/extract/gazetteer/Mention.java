package io.stancewatch.processor.extract.gazetteer;

/**
 * One name found in a text.
 *
 * <p>{@code start}/{@code end} are offsets in the original text (end exclusive) and {@code surface}
 * is the original text between them; a possessive ending ("Hungary's") is not part of the span.
 * {@code code} is the ISO3 country or organization code the mention stands for: for {@link
 * MentionKind#OFFICIAL} the entity {@code official} speaks for, for {@link MentionKind#TITLE} null,
 * for {@link MentionKind#ORGANIZATION_REFERENCE} the first organization using that reference (see
 * {@link Gazetteer#organizationsReferredToAs(String)} for all of them). {@code official} is set only
 * for officials; {@code titleRole} for titles, institutions and officials (the official's role).
 */
public record Mention(
    int start, int end, String surface, MentionKind kind, String code, Official official, Role titleRole) {}
