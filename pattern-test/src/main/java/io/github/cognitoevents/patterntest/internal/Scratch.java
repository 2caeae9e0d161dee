package io.github.cognitoevents.patterntest.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Per-thread working memory for one event: the scan stack, the array-element tree, the collected
 * values with their condition bits, the candidate sub-rules and the fired patterns. Arrays grow as
 * needed and are reused, so a steady-state match allocates almost nothing.
 *
 * <p>Array elements form a tree of <em>element nodes</em>, numbered in document order (node 0 is
 * "not inside any array element"). Because of that numbering the nodes inside one element are the
 * contiguous range {@code [node, membEnd[node]]}, and the nodes inside one array the range {@code
 * [arrStart[array], arrEnd[array]]}: {@link Search} turns array consistency into interval
 * arithmetic on these ranges.
 */
final class Scratch {

  private static final ThreadLocal<Scratch> LOCAL = ThreadLocal.withInitial(Scratch::new);

  // scan stack
  int frames;
  boolean[] frameArray = new boolean[32];
  int[] frameMemb = new int[32];
  int[] frameArrayId = new int[32];
  int[] frameOwned = new int[32];
  boolean[] frameAfterValue = new boolean[32];
  Compiled.Trie[] frameNode = new Compiled.Trie[32];

  /** Container kinds of a skipped subtree: bit set = object. */
  long[] skipKinds = new long[(EventScanner.MAX_DEPTH >>> 6) + 2];

  // array-element tree
  int[] membParent = new int[64];
  int[] membArray = new int[64];
  int[] membEnd = new int[64];
  int membCount;
  int[] arrStart = new int[16];
  int[] arrEnd = new int[16];
  int arrayCount;

  // values
  int[] pathHead = new int[8];
  int[] pathCount = new int[8];
  boolean[] pathInArray = new boolean[8];
  int[] leafNext = new int[64];
  int[] leafMemb = new int[64];
  int[] leafBits = new int[64];
  long[] bits = new long[64];
  int leafCount;
  int bitCount;

  /** The values as JSON text, only when explaining. */
  List<String> leafDisplay;

  final Leaf leaf = new Leaf();
  char[] chars = new char[256];

  // candidate sub-rules and fired patterns
  private int[] candidateMark = new int[16];
  int[] candidates = new int[16];
  int candidateCount;
  private int[] firedMark = new int[16];
  int[] fired = new int[16];
  int firedCount;
  private int epoch;

  final Search search = new Search();
  final EventScanner scanner = new EventScanner();
  boolean inUse;

  static Scratch get() {
    Scratch s = LOCAL.get();
    if (s.inUse) {
      return new Scratch(); // re-entrant use (never happens in practice)
    }
    return s;
  }

  void reset(Compiled program, boolean explain) {
    int paths = program.paths.length;
    if (pathHead.length < paths) {
      pathHead = new int[Math.max(paths, pathHead.length * 2)];
      pathCount = new int[pathHead.length];
      pathInArray = new boolean[pathHead.length];
    }
    Arrays.fill(pathHead, 0, paths, -1);
    Arrays.fill(pathCount, 0, paths, 0);
    Arrays.fill(pathInArray, 0, paths, false);
    membCount = 1;
    membParent[0] = 0;
    membArray[0] = -1;
    membEnd[0] = Integer.MAX_VALUE;
    arrayCount = 0;
    leafCount = 0;
    bitCount = 0;
    frames = 0;
    leafDisplay = explain ? new ArrayList<>() : null;
    int subRules = program.subRules.length;
    if (candidateMark.length < subRules) {
      candidateMark = new int[Math.max(subRules, candidateMark.length * 2)];
      candidates = new int[candidateMark.length];
    }
    if (firedMark.length < program.patternCount) {
      firedMark = new int[Math.max(program.patternCount, firedMark.length * 2)];
      fired = new int[firedMark.length];
    }
    candidateCount = 0;
    firedCount = 0;
    if (++epoch == 0) {
      Arrays.fill(candidateMark, 0);
      Arrays.fill(firedMark, 0);
      epoch = 1;
    }
    search.reset();
  }

  /** Marks a sub-rule as worth checking after the scan. */
  void candidate(int subRule) {
    if (candidateMark[subRule] != epoch) {
      candidateMark[subRule] = epoch;
      candidates[candidateCount++] = subRule;
    }
  }

  /** Records that a pattern matched; returns false if it already had. */
  boolean fire(int pattern) {
    if (firedMark[pattern] == epoch) {
      return false;
    }
    firedMark[pattern] = epoch;
    fired[firedCount++] = pattern;
    return true;
  }

  boolean hasFired(int pattern) {
    return firedMark[pattern] == epoch;
  }

  void ensureFrames(int depth) {
    if (depth >= frameArray.length) {
      int size = frameArray.length * 2;
      frameArray = Arrays.copyOf(frameArray, size);
      frameMemb = Arrays.copyOf(frameMemb, size);
      frameArrayId = Arrays.copyOf(frameArrayId, size);
      frameOwned = Arrays.copyOf(frameOwned, size);
      frameAfterValue = Arrays.copyOf(frameAfterValue, size);
      frameNode = Arrays.copyOf(frameNode, size);
    }
  }

  /** A new element node: an object or array that is an element of {@code array}. */
  int newMemb(int parent, int array) {
    if (membCount == membParent.length) {
      int size = membCount * 2;
      membParent = Arrays.copyOf(membParent, size);
      membArray = Arrays.copyOf(membArray, size);
      membEnd = Arrays.copyOf(membEnd, size);
    }
    int id = membCount++;
    membParent[id] = parent;
    membArray[id] = array;
    membEnd[id] = Integer.MAX_VALUE;
    return id;
  }

  /** A new array; its element nodes start at the next node number. */
  int newArray() {
    if (arrayCount == arrStart.length) {
      arrStart = Arrays.copyOf(arrStart, arrayCount * 2);
      arrEnd = Arrays.copyOf(arrEnd, arrayCount * 2);
    }
    arrStart[arrayCount] = membCount;
    arrEnd[arrayCount] = Integer.MAX_VALUE;
    return arrayCount++;
  }

  /** Adds a value; returns its index. The caller sets its condition bits. */
  int addLeaf(int pathId, int memb, int words) {
    if (leafCount == leafNext.length) {
      int size = leafCount * 2;
      leafNext = Arrays.copyOf(leafNext, size);
      leafMemb = Arrays.copyOf(leafMemb, size);
      leafBits = Arrays.copyOf(leafBits, size);
    }
    if (bitCount + words > bits.length) {
      bits = Arrays.copyOf(bits, Math.max(bits.length * 2, bitCount + words));
    }
    int id = leafCount++;
    leafMemb[id] = memb;
    leafBits[id] = bitCount;
    Arrays.fill(bits, bitCount, bitCount + words, 0L);
    bitCount += words;
    leafNext[id] = pathHead[pathId];
    pathHead[pathId] = id;
    pathCount[pathId]++;
    if (memb != 0) {
      pathInArray[pathId] = true;
    }
    return id;
  }

  /** Whether the value satisfies one of the conditions. */
  boolean satisfies(int leafId, int[] conds) {
    int off = leafBits[leafId];
    for (int c : conds) {
      if ((bits[off + (c >>> 6)] & (1L << c)) != 0) {
        return true;
      }
    }
    return false;
  }

  int pathCountOf(int pathId) {
    return pathCount[pathId];
  }

  char[] chars(int size) {
    if (chars.length < size) {
      chars = new char[Math.max(size, chars.length * 2)];
    }
    return chars;
  }
}
