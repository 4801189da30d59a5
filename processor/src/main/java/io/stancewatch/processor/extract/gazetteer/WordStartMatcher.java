package io.stancewatch.processor.extract.gazetteer;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.List;

/**
 * An Aho–Corasick automaton over a fixed set of keys that reports, in a single pass, every occurrence
 * of every key that starts a word: at the start of the text or after a character that is neither a
 * letter nor a digit (overlapping occurrences included). It is compiled to a dense transition table
 * over the characters the keys use, so a scan costs one table lookup per character whatever the number
 * of keys.
 *
 * <p>Why only word starts: callers keep whole words only, and an automaton that also tracks every
 * key inside words wanders through thousands of states, one cache miss per character on a large
 * gazetteer. Here each key is compiled as a word-start mark followed by its characters, with a mark
 * again wherever the key itself starts a new word ("European Union"), and the scan feeds the same mark
 * before every character that starts a word. Inside a word that no key begins, the automaton stays at
 * its root. Because a character and its lower case are always both letters or digits or both not,
 * the mark falls at the same places in a key and in any text it matches.
 *
 * <p>Matching ignores case: keys and text are compared through {@link Character#toLowerCase(char)}.
 * Where the match ends, exact case and the choice among overlapping hits are the caller's business.
 * Immutable and thread-safe.
 */
public final class WordStartMatcher {

  /** Receives each occurrence of a key: {@code text[start, end)} equals key {@code keyId}. */
  @FunctionalInterface
  public interface MatchSink {
    void onMatch(int start, int end, int keyId);
  }

  private static final int ROOT = 0;
  private static final int NONE = -1;
  /** Set in {@link #codeOf} for letters and digits: the character after one does not start a word. */
  private static final char WORD_CHARACTER = 0x8000;
  private static final char CLASS_MASK = 0x7FFF;

  /** Character class of every UTF-16 unit (0 for characters no key contains), plus the word flag. */
  private final char[] codeOf;
  /** Columns of the table: one per character class, then the word-start mark. */
  private final int width;
  private final int markColumn;
  /**
   * transitions[row + column] = row of the next state, complete (failure links folded in), where a
   * state's row is {@code state * width}; the entry is bit-inverted ({@code ~row}) when the next state
   * ends a key, so a scan reads one table entry per character and looks further only on hits.
   */
  private final int[] transitions;
  /** The key ending exactly at a state, or NONE. */
  private final int[] keyAt;
  /** The nearest proper suffix state that ends a key, or NONE. */
  private final int[] nextKeyState;
  private final int[] keyLength;

  /**
   * Compiles the automaton.
   *
   * @param keys the keys, none empty; their ids are their positions in the list
   * @throws IllegalArgumentException if a key is empty or given twice (ignoring case)
   */
  public WordStartMatcher(List<String> keys) {
    this.codeOf = new char[Character.MAX_VALUE + 1];
    int alphabetSize = buildAlphabet(keys, codeOf);
    this.markColumn = alphabetSize;
    this.width = alphabetSize + 1;
    this.keyLength = new int[keys.size()];
    TrieBuilder trie = new TrieBuilder(width);
    for (int id = 0; id < keys.size(); id++) {
      String key = keys.get(id);
      if (key.isEmpty()) {
        throw new IllegalArgumentException("key " + id + " is empty");
      }
      int state = trie.childOrNew(ROOT, markColumn);
      for (int i = 0; i < key.length(); i++) {
        if (i > 0 && !Character.isLetterOrDigit(key.charAt(i - 1))) {
          state = trie.childOrNew(state, markColumn);
        }
        state = trie.childOrNew(state, codeOf[key.charAt(i)] & CLASS_MASK);
      }
      if (trie.keyAt[state] != NONE) {
        throw new IllegalArgumentException(
            "key '" + key + "' is given twice (as " + trie.keyAt[state] + " and " + id + ")");
      }
      trie.keyAt[state] = id;
      keyLength[id] = key.length();
    }
    this.keyAt = Arrays.copyOf(trie.keyAt, trie.stateCount);
    this.transitions = Arrays.copyOf(trie.transitions, trie.stateCount * width);
    this.nextKeyState = new int[trie.stateCount];
    linkFailures(trie.stateCount);
    encodeRows();
  }

  /** Number of states, for diagnostics. */
  int stateCount() {
    return keyAt.length;
  }

  /**
   * Reports every occurrence of every key that starts a word in {@code text[0, length)}, in order of
   * end offset (and, for one end offset, longest first).
   */
  public void scan(char[] text, int length, MatchSink sink) {
    int row = ROOT;
    boolean wordStart = true;
    for (int i = 0; i < length; i++) {
      char code = codeOf[text[i]];
      if (wordStart) {
        // Never a key's end: no key ends with the mark, so the entry is never inverted.
        row = transitions[row + markColumn];
      } else if (row == ROOT) {
        // Inside a word no key began at: the root only leaves on the mark, so skip to the next word.
        wordStart = code < WORD_CHARACTER;
        continue;
      }
      row = transitions[row + (code & CLASS_MASK)];
      if (row < 0) {
        row = ~row;
        report(row / width, i + 1, sink);
      }
      wordStart = code < WORD_CHARACTER;
    }
  }

  private void report(int state, int end, MatchSink sink) {
    int hit = keyAt[state] != NONE ? state : nextKeyState[state];
    while (hit != NONE) {
      int key = keyAt[hit];
      sink.onMatch(end - keyLength[key], end, key);
      hit = nextKeyState[hit];
    }
  }

  /** Turns state numbers in the table into row offsets, inverted where the target ends a key. */
  private void encodeRows() {
    for (int i = 0; i < transitions.length; i++) {
      int target = transitions[i];
      boolean endsKey = keyAt[target] != NONE || nextKeyState[target] != NONE;
      int row = target * width;
      transitions[i] = endsKey ? ~row : row;
    }
  }

  /**
   * Gives every character (of either case) of any key a class from 1 up, flags letters and digits,
   * and returns the class count.
   */
  private static int buildAlphabet(List<String> keys, char[] codeOf) {
    char[] lowerClass = new char[Character.MAX_VALUE + 1];
    int size = 1;
    for (String key : keys) {
      for (int i = 0; i < key.length(); i++) {
        char lower = Character.toLowerCase(key.charAt(i));
        if (lowerClass[lower] == 0) {
          if (size == CLASS_MASK) {
            throw new IllegalArgumentException("keys use more than " + (CLASS_MASK - 1) + " distinct characters");
          }
          lowerClass[lower] = (char) size++;
        }
      }
    }
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      char flag = Character.isLetterOrDigit((char) c) ? WORD_CHARACTER : 0;
      codeOf[c] = (char) (lowerClass[Character.toLowerCase((char) c)] | flag);
    }
    return size;
  }

  /**
   * Breadth-first over the trie: a missing transition of a state becomes the transition of its
   * failure state, which is what makes the table a complete automaton (no failure walk at scan time).
   */
  private void linkFailures(int stateCount) {
    int[] failure = new int[stateCount];
    Arrays.fill(nextKeyState, NONE);
    ArrayDeque<Integer> queue = new ArrayDeque<>();
    for (int c = 0; c < width; c++) {
      int child = transitions[ROOT * width + c];
      if (child == NONE) {
        transitions[ROOT * width + c] = ROOT;
      } else {
        failure[child] = ROOT;
        queue.add(child);
      }
    }
    while (!queue.isEmpty()) {
      int state = queue.poll();
      int fail = failure[state];
      nextKeyState[state] = keyAt[fail] != NONE ? fail : nextKeyState[fail];
      for (int c = 0; c < width; c++) {
        int index = state * width + c;
        int child = transitions[index];
        int viaFailure = transitions[fail * width + c];
        if (child == NONE) {
          transitions[index] = viaFailure;
        } else {
          failure[child] = viaFailure;
          queue.add(child);
        }
      }
    }
  }

  /** The goto function of the trie, grown as keys are added. */
  private static final class TrieBuilder {
    private final int width;
    private int[] transitions;
    private int[] keyAt;
    private int stateCount;

    TrieBuilder(int width) {
      this.width = width;
      this.transitions = new int[width * 1024];
      this.keyAt = new int[1024];
      Arrays.fill(transitions, NONE);
      Arrays.fill(keyAt, NONE);
      this.stateCount = 1;
    }

    int childOrNew(int state, int column) {
      int index = state * width + column;
      if (transitions[index] == NONE) {
        ensureCapacity(stateCount + 1);
        transitions[index] = stateCount++;
      }
      return transitions[index];
    }

    private void ensureCapacity(int states) {
      if (states <= keyAt.length) {
        return;
      }
      int capacity = keyAt.length * 2;
      int oldTransitions = transitions.length;
      transitions = Arrays.copyOf(transitions, capacity * width);
      Arrays.fill(transitions, oldTransitions, transitions.length, NONE);
      int oldKeys = keyAt.length;
      keyAt = Arrays.copyOf(keyAt, capacity);
      Arrays.fill(keyAt, oldKeys, keyAt.length, NONE);
    }
  }
}
