package io.stancewatch.processor.extract.gazetteer;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.List;

/**
 * An Aho–Corasick automaton over a fixed set of keys, compiled to a dense transition table so a scan
 * costs one table lookup per character whatever the number of keys, and reports every occurrence of
 * every key (overlapping ones included) in a single pass.
 *
 * <p>Matching ignores case: keys and text are compared through {@link Character#toLowerCase(char)}.
 * Word boundaries, exact case and the choice among overlapping hits are the caller's business
 * ({@link MentionFinder}).
 */
final class AliasMatcher {

  /** Receives each occurrence of a key: {@code text[start, end)} equals key {@code keyId}. */
  @FunctionalInterface
  interface MatchSink {
    void onMatch(int start, int end, int keyId);
  }

  private static final int ROOT = 0;
  private static final int NONE = -1;

  /** Character class of every UTF-16 unit; 0 for characters no key contains. */
  private final char[] classOf;
  private final int alphabetSize;
  /**
   * transitions[row + class] = row of the next state, complete (failure links folded in), where a
   * state's row is {@code state * alphabetSize}; the entry is bit-inverted ({@code ~row}) when the
   * next state ends a key, so a scan reads one table entry per character and looks further only on hits.
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
  AliasMatcher(List<String> keys) {
    this.classOf = new char[Character.MAX_VALUE + 1];
    this.alphabetSize = buildAlphabet(keys, classOf);
    this.keyLength = new int[keys.size()];
    TrieBuilder trie = new TrieBuilder(alphabetSize);
    for (int id = 0; id < keys.size(); id++) {
      String key = keys.get(id);
      if (key.isEmpty()) {
        throw new IllegalArgumentException("key " + id + " is empty");
      }
      int state = ROOT;
      for (int i = 0; i < key.length(); i++) {
        state = trie.childOrNew(state, classOf[key.charAt(i)]);
      }
      if (trie.keyAt[state] != NONE) {
        throw new IllegalArgumentException(
            "key '" + key + "' is given twice (as " + trie.keyAt[state] + " and " + id + ")");
      }
      trie.keyAt[state] = id;
      keyLength[id] = key.length();
    }
    this.keyAt = Arrays.copyOf(trie.keyAt, trie.stateCount);
    this.transitions = Arrays.copyOf(trie.transitions, trie.stateCount * alphabetSize);
    this.nextKeyState = new int[trie.stateCount];
    linkFailures(trie.stateCount);
    encodeRows();
  }

  /** Number of states, for diagnostics. */
  int stateCount() {
    return keyAt.length;
  }

  /**
   * Reports every occurrence of every key in {@code text[0, length)}, in order of end offset (and,
   * for one end offset, longest first).
   */
  void scan(char[] text, int length, MatchSink sink) {
    int row = ROOT;
    for (int i = 0; i < length; i++) {
      row = transitions[row + classOf[text[i]]];
      if (row < 0) {
        row = ~row;
        report(row / alphabetSize, i + 1, sink);
      }
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
      int row = target * alphabetSize;
      transitions[i] = endsKey ? ~row : row;
    }
  }

  /** Gives every character (of either case) of any key a class from 1 up; returns the class count. */
  private static int buildAlphabet(List<String> keys, char[] classOf) {
    char[] lowerClass = new char[Character.MAX_VALUE + 1];
    int size = 1;
    for (String key : keys) {
      for (int i = 0; i < key.length(); i++) {
        char lower = Character.toLowerCase(key.charAt(i));
        if (lowerClass[lower] == 0) {
          lowerClass[lower] = (char) size++;
        }
      }
    }
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      classOf[c] = lowerClass[Character.toLowerCase((char) c)];
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
    for (int c = 0; c < alphabetSize; c++) {
      int child = transitions[ROOT * alphabetSize + c];
      if (child == NONE) {
        transitions[ROOT * alphabetSize + c] = ROOT;
      } else {
        failure[child] = ROOT;
        queue.add(child);
      }
    }
    while (!queue.isEmpty()) {
      int state = queue.poll();
      int fail = failure[state];
      nextKeyState[state] = keyAt[fail] != NONE ? fail : nextKeyState[fail];
      for (int c = 0; c < alphabetSize; c++) {
        int index = state * alphabetSize + c;
        int child = transitions[index];
        int viaFailure = transitions[fail * alphabetSize + c];
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
    private final int alphabetSize;
    private int[] transitions;
    private int[] keyAt;
    private int stateCount;

    TrieBuilder(int alphabetSize) {
      this.alphabetSize = alphabetSize;
      this.transitions = new int[alphabetSize * 1024];
      this.keyAt = new int[1024];
      Arrays.fill(transitions, NONE);
      Arrays.fill(keyAt, NONE);
      this.stateCount = 1;
    }

    int childOrNew(int state, int charClass) {
      int index = state * alphabetSize + charClass;
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
      transitions = Arrays.copyOf(transitions, capacity * alphabetSize);
      Arrays.fill(transitions, oldTransitions, transitions.length, NONE);
      int oldKeys = keyAt.length;
      keyAt = Arrays.copyOf(keyAt, capacity);
      Arrays.fill(keyAt, oldKeys, keyAt.length, NONE);
    }
  }
}
