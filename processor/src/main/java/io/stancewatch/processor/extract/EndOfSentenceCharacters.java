package io.stancewatch.processor.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import opennlp.tools.sentdetect.EndOfSentenceScanner;

/**
 * The offsets of a text's end-of-sentence characters (the sentence model's, "." "!" "?" for
 * English), for OpenNLP's sentence detector to decide on. Same answer as OpenNLP's default scanner,
 * which tests each character of each paragraph against a set of boxed characters; here each end
 * character is searched for with {@link String#indexOf(int, int)} and the offsets are merged.
 */
final class EndOfSentenceCharacters implements EndOfSentenceScanner {

  private final char[] ends;

  EndOfSentenceCharacters(char[] ends) {
    StringBuilder distinct = new StringBuilder(ends.length);
    for (char end : ends) {
      if (distinct.indexOf(String.valueOf(end)) < 0) {
        distinct.append(end); // a character listed twice must not report its offsets twice
      }
    }
    this.ends = distinct.toString().toCharArray();
  }

  @Override
  public Set<Character> getEOSCharacters() {
    Set<Character> set = new LinkedHashSet<>();
    for (char end : ends) {
      set.add(end);
    }
    return set;
  }

  @Override
  public List<Integer> getPositions(CharSequence text) {
    String string = text.toString();
    int[] found = new int[16];
    int count = 0;
    for (char end : ends) {
      for (int i = string.indexOf(end); i >= 0; i = string.indexOf(end, i + 1)) {
        if (count == found.length) {
          found = Arrays.copyOf(found, count * 2);
        }
        found[count++] = i;
      }
    }
    Arrays.sort(found, 0, count);
    List<Integer> positions = new ArrayList<>(count);
    for (int k = 0; k < count; k++) {
      positions.add(found[k]);
    }
    return positions;
  }

  @Override
  public List<Integer> getPositions(StringBuffer text) {
    return getPositions((CharSequence) text);
  }

  @Override
  public List<Integer> getPositions(char[] text) {
    return getPositions(new String(text));
  }
}
