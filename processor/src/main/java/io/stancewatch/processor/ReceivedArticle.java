package io.stancewatch.processor;

import io.stancewatch.schemas.Article;

/**
 * A valid article with the record it was read from: the key and value bytes as the articles topic
 * carries them, so a later step of the same sub-topology can dead-letter the original record, not
 * a re-encoding of it. Passes between processors only, never serialized.
 *
 * @param article the decoded, validated article
 * @param key the record key as read (the article id in UTF-8)
 * @param value the record value as read (the article in the registry's wire format)
 */
record ReceivedArticle(Article article, byte[] key, byte[] value) {}
