package io.github.cognitoevents.pattern.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The wildcard complexity score of the wildcard patterns used on one field path: they are combined
 * into one automaton over the UTF-8 bytes of the quoted value, and the score is the largest number
 * of automaton positions (not counting final ones) one input can keep alive at once.
 */
public final class WildcardComplexity {
  /**
   * At most this many distinct state sets are explored per field; beyond, the field is too complex.
   */
  private static final int MAX_EXPLORED_STATE_SETS = 20_000;

  private static final int STAR = -1;

  private WildcardComplexity() {}

  /**
   * The score of the patterns of one path.
   *
   * @param patterns the raw wildcard texts, each prefixed with {@code w} ({@code wildcard}) or
   *     {@code n} ({@code anything-but} {@code wildcard})
   * @param cap stop and return {@code cap} once the score reaches it
   * @return the score, at most {@code cap}
   */
  public static int score(List<String> patterns, int cap) {
    return scoreOf(patterns, cap);
  }

  /** Tokens of a quoted wildcard pattern: byte values 0..255, or {@link #STAR}. */
  private static int[] tokens(String pattern) {
    byte[] bytes = ('"' + pattern + '"').getBytes(StandardCharsets.UTF_8);
    int[] tokens = new int[bytes.length];
    int n = 0;
    for (int i = 0; i < bytes.length; i++) {
      int b = bytes[i] & 0xff;
      if (b == '*') {
        tokens[n++] = STAR;
      } else if (b == '\\' && i + 1 < bytes.length) {
        tokens[n++] = bytes[++i] & 0xff;
      } else {
        tokens[n++] = b;
      }
    }
    int[] result = new int[n];
    System.arraycopy(tokens, 0, result, 0, n);
    return result;
  }

  private static int scoreOf(List<String> patterns, int cap) {
    // positions of all patterns, concatenated; position base[p] + i is token i of pattern p;
    // base[p] + length is pattern p's final position
    List<int[]> all = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (String pattern : patterns) {
      if (seen.add(pattern)) {
        all.add(tokens(pattern.substring(1)));
      }
    }
    int total = 0;
    int[] base = new int[all.size()];
    for (int p = 0; p < all.size(); p++) {
      base[p] = total;
      total += all.get(p).length + 1;
    }
    int[] token = new int[total];
    boolean[] isFinal = new boolean[total];
    boolean[] afterStar = new boolean[total];
    BitSet alphabet = new BitSet(256);
    for (int p = 0; p < all.size(); p++) {
      int[] t = all.get(p);
      for (int i = 0; i < t.length; i++) {
        token[base[p] + i] = t[i];
        afterStar[base[p] + i + 1] = t[i] == STAR;
        if (t[i] != STAR) {
          alphabet.set(t[i]);
        }
      }
      isFinal[base[p] + t.length] = true;
    }
    int other = alphabet.nextClearBit(0);
    BitSet start = new BitSet(total);
    for (int p = 0; p < all.size(); p++) {
      start.set(base[p]);
    }
    closure(start, token, isFinal);
    Set<BitSet> visited = new HashSet<>();
    Deque<BitSet> queue = new ArrayDeque<>();
    visited.add(start);
    queue.add(start);
    int max = 0;
    while (!queue.isEmpty()) {
      BitSet current = queue.poll();
      if (visited.size() > MAX_EXPLORED_STATE_SETS) {
        return cap;
      }
      // bytes that advance some live position; every other byte acts like "other"
      BitSet inputs = new BitSet(256);
      for (int i = current.nextSetBit(0); i >= 0; i = current.nextSetBit(i + 1)) {
        if (!isFinal[i] && token[i] != STAR) {
          inputs.set(token[i]);
        }
      }
      for (int b = inputs.nextSetBit(0); ; b = inputs.nextSetBit(b + 1)) {
        int input = b < 0 ? other : b;
        BitSet next = new BitSet(total);
        for (int i = current.nextSetBit(0); i >= 0; i = current.nextSetBit(i + 1)) {
          if (isFinal[i]) {
            continue;
          }
          if (token[i] == STAR) {
            next.set(i);
          } else if (token[i] == input) {
            next.set(i + 1);
          }
        }
        closure(next, token, isFinal);
        if (!next.isEmpty()) {
          max = Math.max(max, size(current, next, input, token, isFinal, afterStar));
          if (max >= cap) {
            return cap;
          }
          if (visited.add(next)) {
            queue.add(next);
          }
        }
        if (b < 0) {
          break;
        }
      }
    }
    return max;
  }

  /**
   * The score of one step on {@code input}: each live position counts once per transition that
   * keeps it alive (a position right after a star is the star's own state). A star counts for its
   * self-loop when it was live before, and for the byte that entered it; a star entered only by a
   * byte also counts its not yet taken self-loop.
   */
  private static int size(
      BitSet previous,
      BitSet next,
      int input,
      int[] token,
      boolean[] isFinal,
      boolean[] afterStar) {
    int size = 0;
    for (int i = next.nextSetBit(0); i >= 0; i = next.nextSetBit(i + 1)) {
      if (isFinal[i] || afterStar[i]) {
        continue;
      }
      if (token[i] != STAR) {
        size++;
        continue;
      }
      boolean selfLoop = previous.get(i);
      boolean entered = i > 0 && token[i - 1] == input && previous.get(i - 1);
      size += (selfLoop ? 1 : 0) + (entered ? (selfLoop ? 1 : 2) : 0);
    }
    return size;
  }

  private static void closure(BitSet set, int[] token, boolean[] isFinal) {
    for (int i = set.nextSetBit(0); i >= 0; i = set.nextSetBit(i + 1)) {
      if (!isFinal[i] && token[i] == STAR) {
        set.set(i + 1);
      }
    }
  }
}
