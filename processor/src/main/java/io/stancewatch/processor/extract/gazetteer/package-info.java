/**
 * The gazetteer: which countries, organizations, officials, titles and institutions exist, who
 * belonged to what and when, and a single-pass finder of their names in text.
 *
 * <p>Entry point: {@link io.stancewatch.processor.extract.gazetteer.Gazetteer}. Data lives in the
 * classpath resources {@code gazetteer/*.yaml}, each with a header comment describing its fields; the
 * loader rejects unknown fields, unknown codes, duplicate codes and bad dates with a message naming
 * file, entry and field.
 *
 * <p>Additions to the agreed contract (all additive):
 * <ul>
 *   <li>{@link io.stancewatch.processor.extract.gazetteer.MentionKind#INSTITUTION}: named bodies and
 *       seats of power ("Kremlin", "Bundestag", "European Commission") declared under their owner
 *       in {@code countries.yaml} or {@code organizations.yaml}; exposed as {@code
 *       Gazetteer.institutions()}.</li>
 *   <li>{@code Gazetteer.findMentions(text, instant)}: resolves an alias shared by several role
 *       periods ("Rutte", "Erdoğan") to the one held at that instant.</li>
 *   <li>{@code Gazetteer.organizationsReferredToAs(reference)}: every organization a shared
 *       reference noun ("the bloc") may stand for.</li>
 *   <li>{@code Membership.left()}: the first day a country was no longer a member (Brexit, Russia
 *       in the Council of Europe), honoured by {@code isMember} and {@code membersAt}.</li>
 *   <li>{@code officials(), titles(), institutions()} accessors and the {@code Title} and
 *       {@code Institution} records; {@code roles:} lists in {@code officials.yaml}; the global
 *       {@code stopPhrases} of {@code countries.yaml}.</li>
 *   <li>{@link io.stancewatch.processor.extract.gazetteer.Mention#titleRole()} is also set for
 *       officials (their role) and institutions.</li>
 *   <li>{@link io.stancewatch.processor.extract.gazetteer.WordStartMatcher}: the gazetteer's
 *       automaton (keys found from word starts, case-blind, one pass) is public, so the extractor's
 *       phrase matcher runs on it too.</li>
 * </ul>
 */
package io.stancewatch.processor.extract.gazetteer;
