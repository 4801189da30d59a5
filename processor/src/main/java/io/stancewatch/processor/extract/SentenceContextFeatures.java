package io.stancewatch.processor.extract;

import java.util.Arrays;
import java.util.Set;
import opennlp.tools.sentdetect.SDContextGenerator;
import opennlp.tools.util.StringUtil;

/**
 * The features OpenNLP's sentence model is asked about at one end-of-sentence candidate, the same
 * strings in the same order as OpenNLP's {@code DefaultSDContextGenerator} gives them (the model was
 * trained on those, so anything else would change its decisions), made with less work: the default
 * boxes every character it looks at into a set lookup, copies each token twice (sub-sequence, then
 * trim) and builds every feature through a synchronized buffer, which made feature generation more
 * than half of sentence detection.
 *
 * <p>The features, around the candidate at {@code position}: {@code sp}/{@code sn} when whitespace
 * stands just before/after it; {@code eos=} the candidate character; {@code x=} the prefix (from the
 * start of its whitespace-delimited token, or from the nearest earlier end character within it), its
 * length, {@code xcap} and {@code xabbrev}; {@code v=} the token before, {@code s=} the suffix (up
 * to the end of the token or the next end character), {@code n=} the token after the suffix, each
 * with its {@code cap}/{@code abbrev} flags. Tokens are trimmed of characters up to U+0020, as
 * {@link String#trim()} does. One instance per detector: it reuses a buffer, so it is not
 * thread-safe.
 */
final class SentenceContextFeatures implements SDContextGenerator {

  private static final int SMALL_LENGTHS = 64;
  private static final String[] LENGTH_FEATURES = lengthFeatures();

  private final char[] endCharacters;
  private final String[] endFeatures;
  private final Set<String> abbreviations;
  private String[] features = new String[16];
  private int featureCount;
  private char[] buffer = new char[64];
  /** Where the token {@link #addToken} added last lies in the text, trimmed. */
  private int tokenStart;
  private int tokenStop;

  SentenceContextFeatures(Set<String> abbreviations, char[] endCharacters) {
    this.abbreviations = Set.copyOf(abbreviations);
    this.endCharacters = endCharacters.clone();
    this.endFeatures = new String[endCharacters.length];
    for (int i = 0; i < endCharacters.length; i++) {
      endFeatures[i] = "eos=" + escaped(endCharacters[i]);
    }
  }

  @Override
  public String[] getContext(CharSequence text, int position) {
    featureCount = 0;
    int last = text.length() - 1;
    char end = text.charAt(position);
    if (position > 0 && isWhitespace(text.charAt(position - 1))) {
      add("sp");
    }
    if (position < last && isWhitespace(text.charAt(position + 1))) {
      add("sn");
    }
    add(endFeature(end));

    int prefixStart = tokenStartBefore(text, position);
    for (int c = position - 1; c > prefixStart; c--) {
      if (isEndCharacter(text.charAt(c))) {
        prefixStart = c;
        break;
      }
    }
    int previousStart = tokenStartBefore(text, prefixStart);
    int suffixEnd = tokenEndAfter(text, position, last);
    for (int c = position + 1; c < suffixEnd; c++) {
      if (isEndCharacter(text.charAt(c))) {
        suffixEnd = c;
        break;
      }
    }
    int nextEnd = tokenEndAfter(text, suffixEnd + 1, last + 1);

    int prefixLength = addToken("x=", text, prefixStart, position);
    if (prefixLength > 0) {
      add(prefixLength < SMALL_LENGTHS ? LENGTH_FEATURES[prefixLength] : Integer.toString(prefixLength));
      if (Character.isUpperCase(text.charAt(tokenStart))) {
        add("xcap");
      }
      if (!abbreviations.isEmpty() && abbreviations.contains(token(text) + end)) {
        add("xabbrev");
      }
    }
    addToken("v=", text, previousStart, prefixStart);
    addFlags("vcap", "vabbrev", text);
    boolean atEnd = position == last;
    addToken("s=", text, atEnd ? 0 : position + 1, atEnd ? 0 : suffixEnd);
    addFlags("scap", "sabbrev", text);
    addToken("n=", text, atEnd ? 0 : suffixEnd + 1, atEnd ? 0 : nextEnd);
    addFlags("ncap", "nabbrev", text);
    return Arrays.copyOf(features, featureCount);
  }

  /** The cap and abbreviation flags of the token {@link #addToken} added last. */
  private void addFlags(String capitalized, String abbreviation, CharSequence text) {
    if (tokenStop == tokenStart) {
      return;
    }
    if (Character.isUpperCase(text.charAt(tokenStart))) {
      add(capitalized);
    }
    if (!abbreviations.isEmpty() && abbreviations.contains(token(text))) {
      add(abbreviation);
    }
  }

  private String token(CharSequence text) {
    return text.subSequence(tokenStart, tokenStop).toString();
  }

  /**
   * Adds the feature {@code name} + the token {@code text[from, to)} trimmed, remembers where the
   * trimmed token lies, and returns its length.
   */
  private int addToken(String name, CharSequence text, int from, int to) {
    int start = from;
    int stop = to;
    while (start < stop && text.charAt(start) <= ' ') {
      start++;
    }
    while (stop > start && text.charAt(stop - 1) <= ' ') {
      stop--;
    }
    int length = name.length() + stop - start;
    if (buffer.length < length) {
      buffer = new char[Math.max(length, buffer.length * 2)];
    }
    name.getChars(0, name.length(), buffer, 0);
    for (int i = start; i < stop; i++) {
      buffer[name.length() + i - start] = text.charAt(i);
    }
    add(new String(buffer, 0, length));
    tokenStart = start;
    tokenStop = stop;
    return stop - start;
  }

  private void add(String feature) {
    if (featureCount == features.length) {
      features = Arrays.copyOf(features, featureCount * 2);
    }
    features[featureCount++] = feature;
  }

  /** {@code eos=} and the candidate character, made once for each of the model's end characters. */
  private String endFeature(char c) {
    for (int i = 0; i < endCharacters.length; i++) {
      if (c == endCharacters[i]) {
        return endFeatures[i];
      }
    }
    return "eos=" + escaped(c);
  }

  private boolean isEndCharacter(char c) {
    for (char end : endCharacters) {
      if (c == end) {
        return true;
      }
    }
    return false;
  }

  /**
   * Where the whitespace-delimited token holding {@code before - 1} starts: the first of the
   * whitespace run in front of it, or 0 at the start of the text.
   */
  private static int tokenStartBefore(CharSequence text, int before) {
    int seek = before - 1;
    while (seek > 0 && !isWhitespace(text.charAt(seek))) {
      seek--;
    }
    if (seek <= 0) {
      return 0;
    }
    while (seek > 0 && isWhitespace(text.charAt(seek - 1))) {
      seek--;
    }
    return seek;
  }

  /**
   * The first whitespace after {@code from} (the last of its run), or {@code limit} if none comes
   * before it.
   */
  private static int tokenEndAfter(CharSequence text, int from, int limit) {
    for (int seek = from + 1; seek < limit; seek++) {
      if (isWhitespace(text.charAt(seek))) {
        while (seek + 1 < text.length() && isWhitespace(text.charAt(seek + 1))) {
          seek++;
        }
        return seek;
      }
    }
    return limit;
  }

  /** OpenNLP's whitespace (Java whitespace or a space separator), answered without a lookup for ASCII. */
  private static boolean isWhitespace(char c) {
    if (c < 0x80) {
      return c == ' ' || c >= '\t' && c <= '\r' || c >= 0x1C && c <= 0x1F;
    }
    return StringUtil.isWhitespace(c);
  }

  private static String escaped(char c) {
    return switch (c) {
      case '\n' -> "<LF>";
      case '\r' -> "<CR>";
      default -> String.valueOf(c);
    };
  }

  private static String[] lengthFeatures() {
    String[] lengths = new String[SMALL_LENGTHS];
    for (int i = 0; i < lengths.length; i++) {
      lengths[i] = Integer.toString(i);
    }
    return lengths;
  }
}
