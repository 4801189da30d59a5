package io.stancewatch.processor.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import opennlp.tools.sentdetect.EndOfSentenceScanner;

/**
 * The offsets of a text's end-of-sentence characters (the sentence model's, "." "!" "?" for
 * English), for OpenNLP's sentence detector to decide on. Same answer as OpenNLP's default scanner,
 * which tests each character of each paragraph against a set of boxed characters; here a character
 * is compared with the few end characters directly.
 */
final class EndOfSentenceCharacters implements EndOfSentenceScanner {

  private final char[] ends;

  EndOfSentenceCharacters(char[] ends) {
    this.ends = ends.clone();
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
    List<Integer> positions = new ArrayList<>();
    for (int i = 0; i < text.length(); i++) {
      if (isEnd(text.charAt(i))) {
        positions.add(i);
      }
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

  private boolean isEnd(char c) {
    for (char end : ends) {
      if (c == end) {
        return true;
      }
    }
    return false;
  }
}
