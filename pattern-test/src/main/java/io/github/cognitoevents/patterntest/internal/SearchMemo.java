package io.github.cognitoevents.patterntest.internal;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/**
 * Remembers failed search states of one sub-rule for one event. The outcome of the search from a
 * level on depends only on the chosen leaves' array elements in arrays that the remaining paths'
 * leaves live in, so that projection (plus the level) is the key. Built only for long searches.
 */
final class SearchMemo {

  private final boolean[][] relevant;
  private final Set<String> failed = new HashSet<>();
  private int[] buffer = new int[16];

  SearchMemo(Program.SubRule rule, Scratch s) {
    int n = rule.pathIds.length;
    relevant = new boolean[n + 1][s.arrayCount];
    for (int level = n - 1; level >= 0; level--) {
      boolean[] here = relevant[level];
      System.arraycopy(relevant[level + 1], 0, here, 0, s.arrayCount);
      for (int leaf = s.pathHead[rule.pathIds[level]]; leaf >= 0; leaf = s.leafNext[leaf]) {
        for (int node = s.leafMemb[leaf]; node != 0; node = s.membParent[node]) {
          here[s.membArray[node]] = true;
        }
      }
    }
  }

  boolean failedBefore(int level, int[] chosen, Scratch s) {
    return failed.contains(key(level, chosen, s));
  }

  void recordFailure(int level, int[] chosen, Scratch s) {
    failed.add(key(level, chosen, s));
  }

  private String key(int level, int[] chosen, Scratch s) {
    boolean[] rel = relevant[level];
    int count = 0;
    for (int i = 0; i < level; i++) {
      int leaf = chosen[i];
      if (leaf < 0) {
        continue;
      }
      for (int node = s.leafMemb[leaf]; node != 0; node = s.membParent[node]) {
        if (rel[s.membArray[node]]) {
          if (count == buffer.length) {
            buffer = Arrays.copyOf(buffer, count * 2);
          }
          buffer[count++] = node;
        }
      }
    }
    Arrays.sort(buffer, 0, count);
    StringBuilder b = new StringBuilder().append(level).append(':');
    int last = -1;
    for (int i = 0; i < count; i++) {
      if (buffer[i] != last) {
        b.append(buffer[i]).append(',');
        last = buffer[i];
      }
    }
    return b.toString();
  }
}
