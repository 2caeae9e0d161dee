package io.github.cognitoevents.patterntest.internal;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/**
 * Decides one sub-rule for the values a scan collected: whether every path can be given one value
 * satisfying its conditions (or, for {@code exists: false}, none), all chosen values array
 * consistent. Two values are array consistent unless they lie in different elements of the same
 * array.
 *
 * <p>The verdicts are event-ruler 2.x's ({@code StructuredFinder}), including its order-dependent
 * details: paths are decided in sorted order; {@code exists: false} holds when no value of the path
 * is consistent with the values chosen before it; and when a previously chosen value lies in an
 * element of an array that also holds values of the current path, only the values inside that
 * element are candidates (where several such arrays qualify, event-ruler takes the first in hash
 * order; we take the array that starts first in the document, an unverified approximation that only
 * matters with duplicate or dotted keys).
 *
 * <p><b>Linear time.</b> Element nodes are numbered in document order, so the values inside one
 * element, or one array, have consecutive node numbers. The values chosen so far exclude, for every
 * array they lie in, the node ranges of that array's other elements; the candidates of the next
 * path are then found by binary search in its values sorted by node, visiting only consistent ones
 * (event-ruler's finder, like a scan of all values, visits the inconsistent ones too, which is what
 * made the array of {@code {"c":1}} and {@code {"d":1}} elements quadratic). A search that runs
 * long also remembers failed states: what remains to be decided depends only on the level and on
 * the chosen elements of arrays the remaining paths have values in, so each such state fails at
 * most once. Together these keep a search proportional to the values it can choose from, for every
 * pattern shape, instead of their product.
 */
final class Search {

  /**
   * Search steps after which failed states are remembered, at least; a search also waits for {@link
   * #MEMO_STEPS_PER_VALUE} steps per value of its paths. A linear search (each value tried about
   * once) never pays for the memo; one that revisits states gets it after a linear number of steps.
   */
  static final int MEMO_AFTER_STEPS = 1_000;

  static final int MEMO_STEPS_PER_VALUE = 4;

  private static final int ABSENT = -1;

  // per event, per path, built on demand: values sorted by element node
  private int epoch;
  private int[] sortedEpoch = new int[8];
  private int[][] sortedLeaves = new int[8][];
  private int[][] sortedMembs = new int[8][];
  private int[] arraysEpoch = new int[8];
  private long[][] pathArrays = new long[8][];

  // per search
  private int[][] slotLeaves = new int[8][];
  private int[][] slotMembs = new int[8][];
  private int[] slotCount = new int[8];
  private int[][] candidates = new int[8][];
  private int[] candidateCount = new int[8];
  private int[] candidatePos = new int[8];
  private int[] chosen = new int[8];
  private int[][] keys = new int[8][];
  private int[] selected = new int[32];
  private int[] intervals = new int[64];
  private int[] allowed = new int[64];
  private int allowedCount;

  // memo of failed (level, relevant selection) states, once a search runs long
  private long[][] relevant;
  private Set<Key> failed;

  void reset() {
    if (++epoch == 0) {
      Arrays.fill(sortedEpoch, 0);
      Arrays.fill(arraysEpoch, 0);
      epoch = 1;
    }
  }

  /**
   * Whether the sub-rule holds for the scanned event.
   *
   * @param rule the sub-rule
   * @param s the scratch a scan filled
   * @return the verdict
   */
  boolean holds(Compiled.SubRule rule, Scratch s) {
    int n = rule.pathIds.length;
    boolean arrays = false;
    for (int i = 0; i < n; i++) {
      arrays |= s.pathInArray[rule.pathIds[i]];
    }
    if (!arrays) {
      // no value lies in an array element: every choice is consistent
      for (int i = 0; i < n; i++) {
        int pid = rule.pathIds[i];
        if (!(rule.absence[i] && s.pathHead[pid] < 0) && !anySatisfies(rule, i, s)) {
          return false;
        }
      }
      return true;
    }
    grow(n);
    long values = 0;
    for (int i = 0; i < n; i++) {
      filter(rule, i, s);
      if (!rule.absence[i] && slotCount[i] == 0) {
        return false;
      }
      values += s.pathCountOf(rule.pathIds[i]);
    }
    return depthFirst(rule, s, Math.max(MEMO_AFTER_STEPS, MEMO_STEPS_PER_VALUE * values));
  }

  /** Whether some value of the slot's path satisfies one of its conditions. */
  static boolean anySatisfies(Compiled.SubRule rule, int i, Scratch s) {
    int[] conds = rule.conds[i];
    for (int leaf = s.pathHead[rule.pathIds[i]]; leaf >= 0; leaf = s.leafNext[leaf]) {
      if (s.satisfies(leaf, conds)) {
        return true;
      }
    }
    return false;
  }

  private boolean depthFirst(Compiled.SubRule rule, Scratch s, long memoAfter) {
    int n = rule.pathIds.length;
    relevant = null;
    failed = null;
    long steps = 0;
    int level = 0;
    enter(rule, 0, s);
    while (true) {
      if (level == n) {
        return true;
      }
      if (candidatePos[level] < candidateCount[level]) {
        chosen[level] = candidates[level][candidatePos[level]++];
        level++;
        if (level < n) {
          if (failed == null && ++steps > memoAfter) {
            startMemo(rule, s);
          }
          enter(rule, level, s);
        }
      } else {
        if (failed != null && keys[level] != null) {
          failed.add(new Key(level, keys[level]));
        }
        level--;
        if (level < 0) {
          return false;
        }
      }
    }
  }

  /** Computes the candidates of a level from the values chosen before it. */
  private void enter(Compiled.SubRule rule, int level, Scratch s) {
    candidatePos[level] = 0;
    candidateCount[level] = 0;
    keys[level] = null;
    int selectedCount = selected(level, s);
    if (failed != null) {
      int[] key = key(level, selectedCount, s);
      if (failed.contains(new Key(level, key))) {
        return;
      }
      keys[level] = key;
    }
    int pid = rule.pathIds[level];
    excluded(selectedCount, s);
    if (rule.absence[level]) {
      sorted(pid, s);
      allow(0, Integer.MAX_VALUE);
      if (!anyIn(sortedMembs[pid], s.pathCountOf(pid))) {
        addCandidate(level, ABSENT);
        return;
      }
    }
    int restrictTo = restriction(pid, selectedCount, s);
    if (restrictTo == 0) {
      allow(0, Integer.MAX_VALUE);
    } else {
      allow(restrictTo, s.membEnd[restrictTo]);
    }
    int[] membs = slotMembs[level];
    int[] leaves = slotLeaves[level];
    int count = slotCount[level];
    for (int k = 0; k < allowedCount; k += 2) {
      int lo = allowed[k];
      int hi = allowed[k + 1];
      for (int j = lowerBound(membs, count, lo); j < count && membs[j] <= hi; j++) {
        addCandidate(level, leaves[j]);
      }
    }
  }

  private void addCandidate(int level, int leaf) {
    int[] list = candidates[level];
    int count = candidateCount[level];
    if (list == null || count == list.length) {
      list = candidates[level] = list == null ? new int[8] : Arrays.copyOf(list, count * 2);
    }
    list[count] = leaf;
    candidateCount[level] = count + 1;
  }

  /** The element nodes the chosen values lie in (with their ancestors), into {@link #selected}. */
  private int selected(int level, Scratch s) {
    int count = 0;
    for (int i = 0; i < level; i++) {
      int leaf = chosen[i];
      if (leaf == ABSENT) {
        continue;
      }
      for (int node = s.leafMemb[leaf]; node != 0; node = s.membParent[node]) {
        if (count == selected.length) {
          selected = Arrays.copyOf(selected, count * 2);
        }
        selected[count++] = node;
      }
    }
    return count;
  }

  private int intervalCount;

  /**
   * The node ranges the selected elements exclude: for each, the other elements of its array.
   * Sorted by start into {@link #intervals}, {@link #intervalCount} ints.
   */
  private void excluded(int selectedCount, Scratch s) {
    int count = 0;
    if (intervals.length < selectedCount * 4) {
      intervals = new int[selectedCount * 4];
    }
    for (int k = 0; k < selectedCount; k++) {
      int node = selected[k];
      int array = s.membArray[node];
      int start = s.arrStart[array];
      int end = s.arrEnd[array];
      if (start <= node - 1) {
        count = insert(count, start, node - 1);
      }
      if (s.membEnd[node] + 1 <= end) {
        count = insert(count, s.membEnd[node] + 1, end);
      }
    }
    intervalCount = count;
  }

  /** Inserts an interval keeping the list sorted by start (the lists are short). */
  private int insert(int count, int lo, int hi) {
    int i = count;
    while (i > 0 && intervals[i - 2] > lo) {
      intervals[i] = intervals[i - 2];
      intervals[i + 1] = intervals[i - 1];
      i -= 2;
    }
    intervals[i] = lo;
    intervals[i + 1] = hi;
    return count + 2;
  }

  /** {@code [lo, hi]} minus the excluded intervals, into {@link #allowed}. */
  private void allow(int lo, int hi) {
    int count = 0;
    long current = lo;
    for (int k = 0; k < intervalCount; k += 2) {
      long a = intervals[k];
      long b = intervals[k + 1];
      if (b < current) {
        continue;
      }
      if (a > hi) {
        break;
      }
      if (a > current) {
        count = addAllowed(count, (int) current, (int) Math.min(a - 1, hi));
      }
      current = Math.max(current, b + 1);
      if (current > hi) {
        break;
      }
    }
    if (current <= hi) {
      count = addAllowed(count, (int) current, hi);
    }
    allowedCount = count;
  }

  private int addAllowed(int count, int lo, int hi) {
    if (count + 2 > allowed.length) {
      allowed = Arrays.copyOf(allowed, allowed.length * 2);
    }
    allowed[count] = lo;
    allowed[count + 1] = hi;
    return count + 2;
  }

  /** Whether a sorted node list has an entry in an allowed range. */
  private boolean anyIn(int[] membs, int count) {
    for (int k = 0; k < allowedCount; k += 2) {
      int j = lowerBound(membs, count, allowed[k]);
      if (j < count && membs[j] <= allowed[k + 1]) {
        return true;
      }
    }
    return false;
  }

  /**
   * event-ruler's restriction: the element, among those the chosen values lie in, of the array that
   * starts first in the document and holds values of this path; 0 for none.
   */
  private int restriction(int pid, int selectedCount, Scratch s) {
    if (selectedCount == 0) {
      return 0;
    }
    long[] arrays = arraysOf(pid, s);
    int best = 0;
    int bestArray = Integer.MAX_VALUE;
    for (int k = 0; k < selectedCount; k++) {
      int node = selected[k];
      int array = s.membArray[node];
      if (array < bestArray && (arrays[array >>> 6] & (1L << array)) != 0) {
        best = node;
        bestArray = array;
      }
    }
    return best;
  }

  private static int lowerBound(int[] sorted, int count, int value) {
    int lo = 0;
    int hi = count;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sorted[mid] < value) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  // ---- per-path and per-slot value lists ------------------------------------------------------

  /** The values of a path sorted by element node (cached for the event). */
  private void sorted(int pid, Scratch s) {
    ensurePaths(pid);
    if (sortedEpoch[pid] == epoch) {
      return;
    }
    int count = s.pathCountOf(pid);
    long[] packed = new long[count];
    int k = 0;
    for (int leaf = s.pathHead[pid]; leaf >= 0; leaf = s.leafNext[leaf]) {
      packed[k++] = ((long) s.leafMemb[leaf] << 32) | leaf;
    }
    Arrays.sort(packed);
    int[] leaves = new int[count];
    int[] membs = new int[count];
    for (int i = 0; i < count; i++) {
      leaves[i] = (int) packed[i];
      membs[i] = (int) (packed[i] >>> 32);
    }
    sortedLeaves[pid] = leaves;
    sortedMembs[pid] = membs;
    sortedEpoch[pid] = epoch;
  }

  /** The values of a slot's path that satisfy its conditions, sorted by element node. */
  private void filter(Compiled.SubRule rule, int i, Scratch s) {
    int pid = rule.pathIds[i];
    sorted(pid, s);
    int[] leaves = sortedLeaves[pid];
    int[] membs = sortedMembs[pid];
    int count = leaves.length;
    if (slotLeaves[i] == null || slotLeaves[i].length < count) {
      slotLeaves[i] = new int[Math.max(8, count)];
      slotMembs[i] = new int[Math.max(8, count)];
    }
    int[] conds = rule.conds[i];
    int kept = 0;
    for (int j = 0; j < count; j++) {
      if (s.satisfies(leaves[j], conds)) {
        slotLeaves[i][kept] = leaves[j];
        slotMembs[i][kept] = membs[j];
        kept++;
      }
    }
    slotCount[i] = kept;
  }

  /** The arrays on the element chains of a path's values, as a bit set (cached for the event). */
  private long[] arraysOf(int pid, Scratch s) {
    ensurePaths(pid);
    if (arraysEpoch[pid] != epoch) {
      long[] set = new long[(s.arrayCount >>> 6) + 1];
      for (int leaf = s.pathHead[pid]; leaf >= 0; leaf = s.leafNext[leaf]) {
        for (int node = s.leafMemb[leaf]; node != 0; node = s.membParent[node]) {
          int array = s.membArray[node];
          set[array >>> 6] |= 1L << array;
        }
      }
      pathArrays[pid] = set;
      arraysEpoch[pid] = epoch;
    }
    return pathArrays[pid];
  }

  private void ensurePaths(int pid) {
    if (pid >= sortedEpoch.length) {
      int size = Math.max(pid + 1, sortedEpoch.length * 2);
      sortedEpoch = Arrays.copyOf(sortedEpoch, size);
      sortedLeaves = Arrays.copyOf(sortedLeaves, size);
      sortedMembs = Arrays.copyOf(sortedMembs, size);
      arraysEpoch = Arrays.copyOf(arraysEpoch, size);
      pathArrays = Arrays.copyOf(pathArrays, size);
    }
  }

  private void grow(int n) {
    if (chosen.length < n) {
      int size = Math.max(n, chosen.length * 2);
      slotLeaves = Arrays.copyOf(slotLeaves, size);
      slotMembs = Arrays.copyOf(slotMembs, size);
      slotCount = Arrays.copyOf(slotCount, size);
      candidates = Arrays.copyOf(candidates, size);
      candidateCount = Arrays.copyOf(candidateCount, size);
      candidatePos = Arrays.copyOf(candidatePos, size);
      chosen = Arrays.copyOf(chosen, size);
      keys = Arrays.copyOf(keys, size);
    }
  }

  // ---- memo -----------------------------------------------------------------------------------

  /**
   * From here on, failed states are remembered. Per level, the arrays that matter are those the
   * values of this and later paths lie in: the choices before a level affect what follows only
   * through the elements they select in those arrays.
   */
  private void startMemo(Compiled.SubRule rule, Scratch s) {
    int n = rule.pathIds.length;
    int words = (s.arrayCount >>> 6) + 1;
    relevant = new long[n + 1][words];
    for (int level = n - 1; level >= 0; level--) {
      long[] here = relevant[level];
      System.arraycopy(relevant[level + 1], 0, here, 0, words);
      long[] arrays = arraysOf(rule.pathIds[level], s);
      for (int w = 0; w < words; w++) {
        here[w] |= arrays[w];
      }
    }
    failed = new HashSet<>();
  }

  /** The selected nodes whose arrays matter from this level on, sorted and without duplicates. */
  private int[] key(int level, int selectedCount, Scratch s) {
    long[] rel = relevant[level];
    int[] out = new int[selectedCount];
    int count = 0;
    for (int k = 0; k < selectedCount; k++) {
      int node = selected[k];
      int array = s.membArray[node];
      if ((rel[array >>> 6] & (1L << array)) != 0) {
        out[count++] = node;
      }
    }
    Arrays.sort(out, 0, count);
    int unique = 0;
    for (int k = 0; k < count; k++) {
      if (unique == 0 || out[unique - 1] != out[k]) {
        out[unique++] = out[k];
      }
    }
    return Arrays.copyOf(out, unique);
  }

  private static final class Key {
    private final int level;
    private final int[] nodes;
    private final int hash;

    Key(int level, int[] nodes) {
      this.level = level;
      this.nodes = nodes;
      this.hash = 31 * level + Arrays.hashCode(nodes);
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Key k && k.level == level && Arrays.equals(k.nodes, nodes);
    }

    @Override
    public int hashCode() {
      return hash;
    }
  }
}
