package io.github.cognitoevents.patterntest.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Indexes of the conditions on one path, so that a value is tested against many conditions of the
 * same operator at the cost of a lookup, not one test each: case-sensitive prefixes in a character
 * trie, IP ranges ({@code cidr}, IP-looking exact strings) sorted for a stabbing search, and {@code
 * anything-but} string sets inverted (a value satisfies every such condition except those that
 * exclude it). A rule set of a thousand rules has hundreds of conditions on {@code
 * detail.eventName} or {@code detail.sourceIPAddress}; these keep each value's cost flat.
 */
final class ConditionIndex {

  private ConditionIndex() {}

  /** Calls back the conditions a value satisfies. */
  @FunctionalInterface
  interface Hits {
    void hit(int cond);
  }

  /** Case-sensitive prefixes, as a trie over the UTF-16 units of the normalized prefixes. */
  static final class Prefixes {
    private char[][] keys = new char[1][0];
    private int[][] kids = new int[1][0];
    private int[][] conds = new int[1][];
    private int nodes = 1;

    void add(String prefix, int cond) {
      int node = 0;
      for (int i = 0; i < prefix.length(); i++) {
        node = child(node, prefix.charAt(i), true);
      }
      conds[node] = conds[node] == null ? new int[] {cond} : append(conds[node], cond);
    }

    /** The conditions whose prefix begins {@code text}. */
    void find(String text, Hits hits) {
      int node = 0;
      for (int i = 0; ; i++) {
        if (conds[node] != null) {
          for (int c : conds[node]) {
            hits.hit(c);
          }
        }
        if (i == text.length()) {
          return;
        }
        node = child(node, text.charAt(i), false);
        if (node < 0) {
          return;
        }
      }
    }

    private int child(int node, char c, boolean create) {
      char[] k = keys[node];
      for (int i = 0; i < k.length; i++) {
        if (k[i] == c) {
          return kids[node][i];
        }
      }
      if (!create) {
        return -1;
      }
      if (nodes == keys.length) {
        keys = Arrays.copyOf(keys, nodes * 2);
        kids = Arrays.copyOf(kids, nodes * 2);
        conds = Arrays.copyOf(conds, nodes * 2);
      }
      int created = nodes++;
      keys[created] = new char[0];
      kids[created] = new int[0];
      keys[node] = Arrays.copyOf(k, k.length + 1);
      keys[node][k.length] = c;
      kids[node] = append(kids[node], created);
      return created;
    }
  }

  /**
   * IP ranges of one address family, sorted by their lower end, with the running maximum of their
   * upper ends: the ranges holding an address are found by binary search and a short scan back.
   */
  static final class Ranges {
    private final List<byte[][]> pending = new ArrayList<>();
    private final List<Integer> pendingConds = new ArrayList<>();
    private byte[][] min;
    private byte[][] max;
    private byte[][] runningMax;
    private int[] conds;

    void add(byte[] low, byte[] high, int cond) {
      pending.add(new byte[][] {low, high});
      pendingConds.add(cond);
    }

    void freeze() {
      int n = pending.size();
      Integer[] order = new Integer[n];
      for (int i = 0; i < n; i++) {
        order[i] = i;
      }
      Arrays.sort(order, Comparator.comparing(i -> pending.get(i)[0], IpAddress::compare));
      min = new byte[n][];
      max = new byte[n][];
      runningMax = new byte[n][];
      conds = new int[n];
      for (int i = 0; i < n; i++) {
        min[i] = pending.get(order[i])[0];
        max[i] = pending.get(order[i])[1];
        conds[i] = pendingConds.get(order[i]);
        runningMax[i] =
            i == 0 || IpAddress.compare(max[i], runningMax[i - 1]) > 0 ? max[i] : runningMax[i - 1];
      }
    }

    boolean isEmpty() {
      return pending.isEmpty();
    }

    void find(byte[] ip, Hits hits) {
      // the last range starting at or before the address
      int lo = 0;
      int hi = min.length - 1;
      int last = -1;
      while (lo <= hi) {
        int mid = (lo + hi) >>> 1;
        if (IpAddress.compare(min[mid], ip) <= 0) {
          last = mid;
          lo = mid + 1;
        } else {
          hi = mid - 1;
        }
      }
      for (int i = last; i >= 0 && IpAddress.compare(runningMax[i], ip) >= 0; i--) {
        if (IpAddress.compare(max[i], ip) >= 0) {
          hits.hit(conds[i]);
        }
      }
    }
  }

  /**
   * {@code anything-but} conditions with string values, inverted: every string value satisfies all
   * of them except those listing it (non-strings satisfy all of them).
   */
  static final class Exclusions {
    private final Map<String, List<Integer>> building = new HashMap<>();
    private final List<Integer> all = new ArrayList<>();
    private Map<String, int[]> excludedBy;
    private int[] conds;

    void add(Iterable<String> excluded, int cond) {
      all.add(cond);
      for (String value : excluded) {
        List<Integer> list = building.computeIfAbsent(value, k -> new ArrayList<>());
        if (!list.contains(cond)) {
          list.add(cond);
        }
      }
    }

    void freeze() {
      conds = all.stream().mapToInt(Integer::intValue).toArray();
      excludedBy = new HashMap<>();
      building.forEach(
          (k, v) -> excludedBy.put(k, v.stream().mapToInt(Integer::intValue).toArray()));
    }

    boolean isEmpty() {
      return all.isEmpty();
    }

    /** All the conditions. */
    int[] conds() {
      return conds;
    }

    /** The conditions a string value does not satisfy, or null. */
    int[] excluding(String value) {
      return excludedBy.get(value);
    }
  }

  private static int[] append(int[] array, int value) {
    int[] out = Arrays.copyOf(array, array.length + 1);
    out[array.length] = value;
    return out;
  }
}
