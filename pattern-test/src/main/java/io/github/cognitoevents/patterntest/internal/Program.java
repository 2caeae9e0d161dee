package io.github.cognitoevents.patterntest.internal;

import io.github.cognitoevents.pattern.Condition;
import io.github.cognitoevents.pattern.EventPattern;
import io.github.cognitoevents.pattern.Field;
import io.github.cognitoevents.pattern.InvalidEventPatternException;
import io.github.cognitoevents.pattern.MatchList;
import io.github.cognitoevents.pattern.Member;
import io.github.cognitoevents.pattern.ObjectPattern;
import io.github.cognitoevents.pattern.Or;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A compiled event pattern: the {@code $or}-expanded sub-rules, a trie of the event paths they
 * read, and the distinct leaf conditions per path. Immutable and thread-safe; the per-match state
 * lives in a {@link Scratch}.
 *
 * <p>Semantics follow event-ruler's {@code JsonRuleCompiler} and {@code rulesForJSONEvent}:
 *
 * <ul>
 *   <li>{@code $or} expands into sub-rules; siblings and branches share one map per sub-rule and a
 *       later write to the same dotted path overwrites an earlier one (so duplicate keys: the last
 *       one wins).
 *   <li>A sub-rule matches when every path can be given one event leaf satisfying one of its
 *       conditions (or, for {@code exists: false}, no leaf), and all chosen leaves are array
 *       consistent: two leaves inside the same array must come from the same element.
 *   <li>Paths are visited in sorted order, and {@code exists: false} is judged against the leaves
 *       chosen for the paths before it, which is exactly event-ruler's (order-dependent) rule.
 * </ul>
 */
public final class Program {

  /** Upper bound on sub-rules; the parser already limits {@code $or} combinations to 1000. */
  static final int MAX_SUB_RULES = 100_000;

  final TrieNode root;
  final String[] paths;
  final Cond[][] pathConds;
  final int[] pathWords;
  final boolean[] pathNumeric;
  final SubRule[] subRules;
  final EventPattern pattern;

  private Program(EventPattern pattern, List<Map<String, MatchList>> rules) {
    this.pattern = pattern;
    Map<String, Integer> pathIds = new LinkedHashMap<>();
    List<Map<Condition, Integer>> condIds = new ArrayList<>();
    for (Map<String, MatchList> rule : rules) {
      for (Map.Entry<String, MatchList> e : rule.entrySet()) {
        Integer id = pathIds.get(e.getKey());
        if (id == null) {
          id = pathIds.size();
          pathIds.put(e.getKey(), id);
          condIds.add(new LinkedHashMap<>());
        }
        Map<Condition, Integer> conds = condIds.get(id);
        for (Condition c : e.getValue().conditions()) {
          conds.putIfAbsent(c, conds.size());
        }
      }
    }
    int n = pathIds.size();
    paths = pathIds.keySet().toArray(new String[0]);
    pathConds = new Cond[n][];
    pathWords = new int[n];
    pathNumeric = new boolean[n];
    for (int p = 0; p < n; p++) {
      Map<Condition, Integer> conds = condIds.get(p);
      Cond[] compiled = new Cond[conds.size()];
      for (Map.Entry<Condition, Integer> e : conds.entrySet()) {
        compiled[e.getValue()] = Cond.compile(e.getKey());
        pathNumeric[p] |= compiled[e.getValue()].numeric();
      }
      pathConds[p] = compiled;
      pathWords[p] = (compiled.length + 63) >>> 6;
    }
    root = new TrieNode();
    for (int p = 0; p < n; p++) {
      TrieNode node = root;
      for (String segment : paths[p].split("\\.", -1)) {
        node = node.child(segment);
      }
      node.pathId = p;
    }
    subRules = new SubRule[rules.size()];
    for (int r = 0; r < rules.size(); r++) {
      Map<String, MatchList> rule = rules.get(r);
      List<String> keys = new ArrayList<>(rule.keySet());
      Collections.sort(keys);
      int size = keys.size();
      int[] ids = new int[size];
      long[][] masks = new long[size][];
      boolean[] absence = new boolean[size];
      MatchList[] lists = new MatchList[size];
      for (int i = 0; i < size; i++) {
        int p = pathIds.get(keys.get(i));
        ids[i] = p;
        lists[i] = rule.get(keys.get(i));
        long[] mask = new long[pathWords[p]];
        Map<Condition, Integer> conds = condIds.get(p);
        for (Condition c : lists[i].conditions()) {
          int bit = conds.get(c);
          if (pathConds[p][bit].isAbsence()) {
            absence[i] = true;
          } else {
            mask[bit >>> 6] |= 1L << (bit & 63);
          }
        }
        masks[i] = mask;
      }
      subRules[r] = new SubRule(ids, masks, absence, lists);
    }
  }

  /**
   * Compiles a parsed pattern.
   *
   * @param pattern the pattern model
   * @return the program
   */
  public static Program compile(EventPattern pattern) {
    List<Map<String, MatchList>> rules = new ArrayList<>();
    walkObject(pattern.root(), null, rules);
    if (rules.isEmpty()) {
      throw new InvalidEventPatternException("Empty objects are not allowed");
    }
    return new Program(pattern, rules);
  }

  /** A program with no paths: scanning with it only validates the event. */
  static final Program EMPTY = new Program(null, new ArrayList<>());

  /** The pattern this program was compiled from. */
  public EventPattern pattern() {
    return pattern;
  }

  /** The number of sub-rules after {@code $or} expansion. */
  public int subRuleCount() {
    return subRules.length;
  }

  // ---- compile: $or expansion, event-ruler style -------------------------------------------

  private static void walkObject(
      ObjectPattern object, String prefix, List<Map<String, MatchList>> rules) {
    for (Member member : object.members()) {
      if (member instanceof Or or) {
        expandOr(or, prefix, rules);
      } else {
        Field field = (Field) member;
        String path = prefix == null ? field.name() : prefix + "." + field.name();
        if (field.value() instanceof ObjectPattern nested) {
          walkObject(nested, path, rules);
        } else {
          MatchList list = (MatchList) field.value();
          if (rules.isEmpty()) {
            rules.add(new HashMap<>());
          }
          for (Map<String, MatchList> rule : rules) {
            rule.put(path, list);
          }
        }
      }
    }
  }

  private static void expandOr(Or or, String prefix, List<Map<String, MatchList>> rules) {
    List<Map<String, MatchList>> current = copy(rules);
    rules.clear();
    for (ObjectPattern branch : or.branches()) {
      List<Map<String, MatchList>> branchRules = copy(current);
      if (branchRules.isEmpty()) {
        branchRules.add(new HashMap<>());
      }
      walkObject(branch, prefix, branchRules);
      rules.addAll(branchRules);
      if (rules.size() > MAX_SUB_RULES) {
        throw new InvalidEventPatternException(
            "Too many $or combinations: more than " + MAX_SUB_RULES);
      }
    }
  }

  private static List<Map<String, MatchList>> copy(List<Map<String, MatchList>> rules) {
    List<Map<String, MatchList>> out = new ArrayList<>(rules.size());
    for (Map<String, MatchList> rule : rules) {
      out.add(new HashMap<>(rule));
    }
    return out;
  }

  // ---- match --------------------------------------------------------------------------------

  /**
   * Whether any sub-rule holds for the leaves collected in {@code s} by {@link EventScanner}.
   *
   * @param s a scratch filled by a scan of this program
   * @return the verdict
   */
  boolean decide(Scratch s) {
    for (SubRule rule : subRules) {
      if (search(rule, s)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Search steps after which failed states are memoized (keeps the common case allocation-free).
   */
  static final int MEMO_AFTER_STEPS = 2_000;

  /**
   * Depth-first search for an array-consistent choice of leaves, in sorted path order. Iterative
   * (no recursion). Once a search gets long, failed (level, relevant constraints) states are
   * remembered, which keeps adversarial events with large arrays polynomial.
   */
  boolean search(SubRule rule, Scratch s) {
    int n = rule.pathIds.length;
    // quick reject: a path with no absence option needs at least one satisfying leaf
    for (int i = 0; i < n; i++) {
      if (!rule.absence[i] && !anySatisfies(rule, i, s)) {
        return false;
      }
    }
    int[] chosen = s.chosen(n);
    int[] cursor = s.cursor(n);
    int[] restrict = s.restrict(n);
    SearchMemo memo = null;
    int steps = 0;
    int level = 0;
    cursor[0] = Scratch.NOT_STARTED;
    while (true) {
      if (level == n) {
        return true;
      }
      int pid = rule.pathIds[level];
      int c = cursor[level];
      int next;
      if (c == Scratch.NOT_STARTED) {
        if (memo != null && memo.failedBefore(level, chosen, s)) {
          level--;
          if (level < 0) {
            return false;
          }
          continue;
        }
        restrict[level] = restriction(pid, chosen, level, s);
        if (rule.absence[level] && absentGiven(pid, chosen, level, s)) {
          cursor[level] = Scratch.ABSENT;
          chosen[level] = -1;
          level++;
          if (level < n) {
            cursor[level] = Scratch.NOT_STARTED;
          }
          continue;
        }
        next = s.pathHead[pid];
      } else if (c == Scratch.ABSENT) {
        next = s.pathHead[pid];
      } else {
        next = s.leafNext[c];
      }
      long[] mask = rule.masks[level];
      int r = restrict[level];
      while (next >= 0
          && !(s.satisfies(next, mask)
              && (r == 0 || s.inElement(s.leafMemb[next], r))
              && consistentWithChosen(s.leafMemb[next], chosen, level, s))) {
        next = s.leafNext[next];
      }
      if (next >= 0) {
        cursor[level] = next;
        chosen[level] = next;
        level++;
        if (level < n) {
          cursor[level] = Scratch.NOT_STARTED;
        }
        if (memo == null && ++steps > MEMO_AFTER_STEPS) {
          memo = new SearchMemo(rule, s);
        }
      } else {
        if (memo != null) {
          memo.recordFailure(level, chosen, s);
        }
        level--;
        if (level < 0) {
          return false;
        }
      }
    }
  }

  static boolean absentGiven(int pid, int[] chosen, int level, Scratch s) {
    for (int leaf = s.pathHead[pid]; leaf >= 0; leaf = s.leafNext[leaf]) {
      if (consistentWithChosen(s.leafMemb[leaf], chosen, level, s)) {
        return false;
      }
    }
    return true;
  }

  static boolean consistentWithChosen(int memb, int[] chosen, int level, Scratch s) {
    if (memb == 0) {
      return true;
    }
    for (int i = 0; i < level; i++) {
      int other = chosen[i];
      if (other >= 0 && !s.consistent(memb, s.leafMemb[other])) {
        return false;
      }
    }
    return true;
  }

  /**
   * event-ruler 2.x's StructuredFinder looks up the candidate values of a path through the array
   * constraints gathered so far: if the path has values inside one of the constrained arrays, only
   * the values in the constrained element of that array are candidates, even though values in
   * other, unconstrained arrays would be array consistent too (its own ACFinder, the pre-2.0
   * default, accepts them). We reproduce that so verdicts agree with {@code rulesForJSONEvent}. It
   * only matters when one path has values in several arrays (duplicate keys, or dotted keys mixed
   * with nesting). Where several constrained arrays qualify, event-ruler takes the first in hash
   * order; we take the lowest array (first in the document), an unverified approximation.
   *
   * @return the array-element node the candidates must lie in, or 0 for no restriction
   */
  private static int restriction(int pid, int[] chosen, int level, Scratch s) {
    int best = 0;
    int bestArray = Integer.MAX_VALUE;
    for (int i = 0; i < level; i++) {
      int leaf = chosen[i];
      if (leaf < 0) {
        continue;
      }
      for (int node = s.leafMemb[leaf]; node != 0; node = s.membParent[node]) {
        int array = s.membArray[node];
        if (array < bestArray && pathHasArray(pid, array, s)) {
          best = node;
          bestArray = array;
        }
      }
    }
    return best;
  }

  private static boolean pathHasArray(int pid, int array, Scratch s) {
    for (int leaf = s.pathHead[pid]; leaf >= 0; leaf = s.leafNext[leaf]) {
      for (int node = s.leafMemb[leaf]; node != 0; node = s.membParent[node]) {
        if (s.membArray[node] == array) {
          return true;
        }
      }
    }
    return false;
  }

  boolean anySatisfies(SubRule rule, int i, Scratch s) {
    long[] mask = rule.masks[i];
    for (int leaf = s.pathHead[rule.pathIds[i]]; leaf >= 0; leaf = s.leafNext[leaf]) {
      if (s.satisfies(leaf, mask)) {
        return true;
      }
    }
    return false;
  }

  /** One node of the path trie; children keyed by path segment. */
  static final class TrieNode {
    Map<String, TrieNode> children;
    int pathId = -1;

    TrieNode child(String segment) {
      if (children == null) {
        children = new HashMap<>();
      }
      return children.computeIfAbsent(segment, k -> new TrieNode());
    }

    TrieNode get(String segment) {
      return children == null ? null : children.get(segment);
    }

    boolean hasChildren() {
      return children != null;
    }
  }

  /** One sub-rule: paths in sorted order, with the condition bits each accepts. */
  static final class SubRule {
    final int[] pathIds;
    final long[][] masks;
    final boolean[] absence;
    final MatchList[] lists;

    SubRule(int[] pathIds, long[][] masks, boolean[] absence, MatchList[] lists) {
      this.pathIds = pathIds;
      this.masks = masks;
      this.absence = absence;
      this.lists = lists;
    }
  }
}
