package io.stancewatch.processor.dedupe;

import java.util.List;

/**
 * 64-bit SimHash of a text over its word pairs (Charikar): texts that share most of their word
 * sequences get fingerprints a few bits apart, so a syndicated copy with an added byline or a changed
 * word is recognised by Hamming distance, which exact hashing cannot do.
 *
 * <p>Why pairs: single words make articles on one topic look alike (unrelated reports on the same
 * accession came within 3 to 8 bits of each other), and triples let a one-word edit move a short
 * article 7 or 8 bits; with pairs distinct articles on one topic stayed 12 or more bits apart. Short
 * texts are noisy all the same: a byline plus one edited word moved a 130-word story 3 bits, a
 * longer byline alone 7. A maximum distance of 6 or 7 catches such copies of short articles and
 * still keeps clear of distinct ones.
 */
public final class SimHash {

  private static final int SHINGLE_WORDS = 2;

  private SimHash() {}

  /** The SimHash of {@code text} after {@link TextFingerprint#normalize}. */
  public static long of(final String text) {
    final String normalized = TextFingerprint.normalize(text);
    final List<String> words = normalized.isEmpty() ? List.of() : List.of(normalized.split(" "));
    final int[] votes = new int[Long.SIZE];
    final int shingles = Math.max(1, words.size() - SHINGLE_WORDS + 1);
    for (int start = 0; start < shingles; start++) {
      final String shingle = String.join(" ", words.subList(start, Math.min(words.size(), start + SHINGLE_WORDS)));
      final long hash = hash64(shingle);
      for (int bit = 0; bit < Long.SIZE; bit++) {
        votes[bit] += (hash >>> bit & 1L) == 1L ? 1 : -1;
      }
    }
    long simHash = 0L;
    for (int bit = 0; bit < Long.SIZE; bit++) {
      if (votes[bit] > 0) {
        simHash |= 1L << bit;
      }
    }
    return simHash;
  }

  /** The number of bits in which two SimHashes differ. */
  public static int distance(final long a, final long b) {
    return Long.bitCount(a ^ b);
  }

  /** FNV-1a over the UTF-16 units, then the SplitMix64 finalizer so every input bit moves every output bit. */
  static long hash64(final String text) {
    long hash = 0xcbf29ce484222325L;
    for (int i = 0; i < text.length(); i++) {
      hash ^= text.charAt(i);
      hash *= 0x100000001b3L;
    }
    hash = (hash ^ (hash >>> 30)) * 0xbf58476d1ce4e5b9L;
    hash = (hash ^ (hash >>> 27)) * 0x94d049bb133111ebL;
    return hash ^ (hash >>> 31);
  }
}
