package io.github.cognitoevents.patterntest.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Per-thread working memory for one match: the scan stack, the array-element tree, the collected
 * leaves and the search state. Arrays grow as needed and are reused, so a steady-state match
 * allocates almost nothing.
 */
final class Scratch {

  static final int NOT_STARTED = -2;
  static final int ABSENT = -1;

  private static final ThreadLocal<Scratch> LOCAL = ThreadLocal.withInitial(Scratch::new);

  // scan stack
  int[] frameArray = new int[32]; // -1 for an object frame, else the array id
  int[] frameMemb = new int[32];
  Program.TrieNode[] frameNode = new Program.TrieNode[32];

  // array-element tree: node 0 is "not inside any array element"
  int[] membParent = new int[64];
  int[] membArray = new int[64];
  int[] membDepth = new int[64];
  int membCount;
  int arrayCount;

  // leaves
  int[] pathHead = new int[8];
  int[] leafNext = new int[64];
  int[] leafMemb = new int[64];
  int[] leafBits = new int[64];
  long[] bits = new long[64];
  int leafCount;
  int bitCount;
  List<String> leafDisplay; // only when explaining
  int[] leafPath = new int[64];

  final Leaf leaf = new Leaf();

  private int[] chosen = new int[16];
  private int[] cursor = new int[16];
  private int[] restrict = new int[16];
  boolean inUse;

  static Scratch get() {
    Scratch s = LOCAL.get();
    if (s.inUse) {
      return new Scratch(); // re-entrant use (never happens in practice)
    }
    return s;
  }

  void reset(int pathCount, boolean explain) {
    if (pathHead.length < pathCount) {
      pathHead = new int[Math.max(pathCount, pathHead.length * 2)];
    }
    Arrays.fill(pathHead, 0, pathCount, -1);
    membCount = 1;
    membParent[0] = 0;
    membDepth[0] = 0;
    membArray[0] = -1;
    leafCount = 0;
    bitCount = 0;
    leafDisplay = explain ? new ArrayList<>() : null;
  }

  void ensureFrames(int depth) {
    if (depth >= frameArray.length) {
      int size = frameArray.length * 2;
      frameArray = Arrays.copyOf(frameArray, size);
      frameMemb = Arrays.copyOf(frameMemb, size);
      frameNode = Arrays.copyOf(frameNode, size);
    }
  }

  int newMemb(int parent, int array) {
    if (membCount == membParent.length) {
      int size = membCount * 2;
      membParent = Arrays.copyOf(membParent, size);
      membArray = Arrays.copyOf(membArray, size);
      membDepth = Arrays.copyOf(membDepth, size);
    }
    int id = membCount++;
    membParent[id] = parent;
    membArray[id] = array;
    membDepth[id] = membDepth[parent] + 1;
    return id;
  }

  /** Adds a leaf; returns its index. The caller fills its condition bits. */
  int addLeaf(int pathId, int memb, int words) {
    if (leafCount == leafNext.length) {
      int size = leafCount * 2;
      leafNext = Arrays.copyOf(leafNext, size);
      leafMemb = Arrays.copyOf(leafMemb, size);
      leafBits = Arrays.copyOf(leafBits, size);
      leafPath = Arrays.copyOf(leafPath, size);
    }
    if (bitCount + words > bits.length) {
      bits = Arrays.copyOf(bits, Math.max(bits.length * 2, bitCount + words));
    }
    int id = leafCount++;
    leafMemb[id] = memb;
    leafBits[id] = bitCount;
    leafPath[id] = pathId;
    Arrays.fill(bits, bitCount, bitCount + words, 0L);
    bitCount += words;
    leafNext[id] = pathHead[pathId];
    pathHead[pathId] = id;
    return id;
  }

  boolean satisfies(int leafId, long[] mask) {
    int off = leafBits[leafId];
    for (int w = 0; w < mask.length; w++) {
      if ((bits[off + w] & mask[w]) != 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether two array-element contexts are array consistent: walking up to their lowest common
   * ancestor, they must not sit in different elements of the same array.
   */
  boolean consistent(int a, int b) {
    if (a == b || a == 0 || b == 0) {
      return true;
    }
    int x = a;
    int y = b;
    int cx = -1;
    int cy = -1;
    while (membDepth[x] > membDepth[y]) {
      cx = x;
      x = membParent[x];
    }
    while (membDepth[y] > membDepth[x]) {
      cy = y;
      y = membParent[y];
    }
    while (x != y) {
      cx = x;
      cy = y;
      x = membParent[x];
      y = membParent[y];
    }
    if (cx < 0 || cy < 0) {
      return true;
    }
    return membArray[cx] != membArray[cy];
  }

  int[] chosen(int n) {
    if (chosen.length < n) {
      chosen = new int[n * 2];
    }
    return chosen;
  }

  /** Whether the array-element context {@code memb} lies within element node {@code element}. */
  boolean inElement(int memb, int element) {
    int target = membDepth[element];
    int node = memb;
    while (node != 0 && membDepth[node] > target) {
      node = membParent[node];
    }
    return node == element;
  }

  int[] restrict(int n) {
    if (restrict.length < n) {
      restrict = new int[n * 2];
    }
    return restrict;
  }

  int[] cursor(int n) {
    if (cursor.length < n) {
      cursor = new int[n * 2];
    }
    return cursor;
  }
}
