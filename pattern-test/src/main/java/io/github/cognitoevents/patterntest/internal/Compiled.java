package io.github.cognitoevents.patterntest.internal;

import io.github.cognitoevents.pattern.Condition;
import io.github.cognitoevents.pattern.EventPattern;
import io.github.cognitoevents.pattern.Field;
import io.github.cognitoevents.pattern.InvalidEventPatternException;
import io.github.cognitoevents.pattern.MatchList;
import io.github.cognitoevents.pattern.ObjectPattern;
import io.github.cognitoevents.pattern.Or;
import io.github.cognitoevents.pattern.PatternVisitor;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Event patterns compiled together: one pass over an event answers for all of them. Immutable and
 * thread-safe; the per-event state lives in a {@link Scratch}.
 *
 * <ul>
 *   <li>A <b>trie of the event paths</b> any pattern reads: the scanner descends only where some
 *       pattern looks and skips every other subtree once, however many patterns there are.
 *   <li>Per path, the <b>distinct conditions</b> of all patterns, each tested once per event value:
 *       exact strings through one hash lookup, the other operators one by one. A value's result is
 *       a bit per condition.
 *   <li>Each pattern's {@code $or} alternatives as <b>sub-rules</b> (event-ruler's expansion), each
 *       a conjunction of (path, accepted condition bits), with paths in sorted order.
 *   <li>Each sub-rule is <b>indexed under one condition</b>, the most selective one it requires
 *       (for a rule set of distinct {@code eventName}s: its own name). Only sub-rules whose index
 *       condition some event value satisfied are checked after the scan, so the cost of a rule set
 *       grows with the rules an event could fire, not with the size of the set. Sub-rules that
 *       require nothing (only {@code exists: false} and alternatives of it) are always checked.
 * </ul>
 *
 * <p>Semantics follow event-ruler's {@code JsonRuleCompiler} and {@code rulesForJSONEvent}, as the
 * single-pattern matcher always did: {@code $or} expands into sub-rules whose siblings and branches
 * share one map, so a later write to the same dotted path overwrites an earlier one; a sub-rule
 * matches when every path can be given one event value satisfying one of its conditions (or, for
 * {@code exists: false}, none), all chosen values array consistent (see {@link Search}).
 */
public final class Compiled {

  /** Upper bound on sub-rules per pattern; the parser already limits {@code $or} to 1000. */
  static final int MAX_SUB_RULES = 100_000;

  final Trie root;
  final String[] paths;
  final PathTable[] tables;
  final SubRule[] subRules;

  /** Sub-rules with no required path: checked for every event. */
  final int[] unindexed;

  final int patternCount;

  /** Per pattern, its sub-rules. */
  final int[][] subRulesOf;

  private Compiled(List<List<Map<String, MatchList>>> patterns) {
    patternCount = patterns.size();
    Map<String, Integer> pathIds = new LinkedHashMap<>();
    List<Map<Condition, Integer>> condIds = new ArrayList<>();
    for (List<Map<String, MatchList>> rules : patterns) {
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
    }
    int n = pathIds.size();
    paths = pathIds.keySet().toArray(new String[0]);
    Cond[][] compiled = new Cond[n][];
    for (int p = 0; p < n; p++) {
      Map<Condition, Integer> conds = condIds.get(p);
      compiled[p] = new Cond[conds.size()];
      for (Map.Entry<Condition, Integer> e : conds.entrySet()) {
        compiled[p][e.getValue()] = Cond.compile(e.getKey());
      }
    }

    // sub-rules, paths sorted as event-ruler sorts them
    List<SubRule> all = new ArrayList<>();
    subRulesOf = new int[patternCount][];
    for (int r = 0; r < patternCount; r++) {
      List<Map<String, MatchList>> rules = patterns.get(r);
      subRulesOf[r] = new int[rules.size()];
      for (int k = 0; k < rules.size(); k++) {
        Map<String, MatchList> rule = rules.get(k);
        List<String> keys = new ArrayList<>(rule.keySet());
        Collections.sort(keys);
        int size = keys.size();
        int[] ids = new int[size];
        int[][] conds = new int[size][];
        boolean[] absence = new boolean[size];
        MatchList[] lists = new MatchList[size];
        for (int i = 0; i < size; i++) {
          int p = pathIds.get(keys.get(i));
          ids[i] = p;
          lists[i] = rule.get(keys.get(i));
          Map<Condition, Integer> byCondition = condIds.get(p);
          int[] accepted = new int[lists[i].conditions().size()];
          int count = 0;
          for (Condition c : lists[i].conditions()) {
            int bit = byCondition.get(c);
            if (compiled[p][bit].isAbsence()) {
              absence[i] = true;
            } else {
              accepted[count++] = bit;
            }
          }
          conds[i] = dedupe(Arrays.copyOf(accepted, count));
        }
        subRulesOf[r][k] = all.size();
        all.add(new SubRule(r, ids, conds, absence, lists));
      }
    }
    subRules = all.toArray(new SubRule[0]);

    // index every sub-rule under its most selective required slot
    int[][] references = new int[n][];
    for (int p = 0; p < n; p++) {
      references[p] = new int[compiled[p].length];
    }
    for (SubRule rule : subRules) {
      for (int i = 0; i < rule.pathIds.length; i++) {
        for (int c : rule.conds[i]) {
          references[rule.pathIds[i]][c]++;
        }
      }
    }
    List<List<List<Integer>>> indexed = new ArrayList<>();
    for (int p = 0; p < n; p++) {
      List<List<Integer>> perCond = new ArrayList<>();
      for (int c = 0; c < compiled[p].length; c++) {
        perCond.add(null);
      }
      indexed.add(perCond);
    }
    List<Integer> always = new ArrayList<>();
    for (int sr = 0; sr < subRules.length; sr++) {
      SubRule rule = subRules[sr];
      int best = -1;
      long bestCost = Long.MAX_VALUE;
      for (int i = 0; i < rule.pathIds.length; i++) {
        if (rule.absence[i]) {
          continue;
        }
        long cost = 0;
        for (int c : rule.conds[i]) {
          cost += (long) references[rule.pathIds[i]][c] * compiled[rule.pathIds[i]][c].breadth();
        }
        if (cost < bestCost) {
          bestCost = cost;
          best = i;
        }
      }
      if (best < 0) {
        always.add(sr);
        continue;
      }
      List<List<Integer>> perCond = indexed.get(rule.pathIds[best]);
      for (int c : rule.conds[best]) {
        if (perCond.get(c) == null) {
          perCond.set(c, new ArrayList<>());
        }
        perCond.get(c).add(sr);
      }
    }
    unindexed = always.stream().mapToInt(Integer::intValue).toArray();

    tables = new PathTable[n];
    for (int p = 0; p < n; p++) {
      tables[p] = new PathTable(compiled[p], indexed.get(p));
    }

    root = new Trie();
    for (int p = 0; p < n; p++) {
      Trie node = root;
      for (String segment : paths[p].split("\\.", -1)) {
        node = node.child(segment);
      }
      node.pathId = p;
    }
    root.freeze();
  }

  private static int[] dedupe(int[] values) {
    return Arrays.stream(values).distinct().toArray();
  }

  /**
   * Compiles patterns together.
   *
   * @param patterns the patterns, in rule order
   * @return the compiled set
   * @throws InvalidEventPatternException if a pattern expands to too many sub-rules
   */
  public static Compiled compile(List<EventPattern> patterns) {
    List<List<Map<String, MatchList>>> expanded = new ArrayList<>(patterns.size());
    for (EventPattern pattern : patterns) {
      List<Map<String, MatchList>> rules = expand(pattern.root());
      if (rules.isEmpty()) {
        throw new InvalidEventPatternException("Empty objects are not allowed");
      }
      expanded.add(rules);
    }
    return new Compiled(expanded);
  }

  /** A set that only validates events: no paths, no rules. */
  static final Compiled EMPTY = new Compiled(List.of());

  /**
   * The number of patterns compiled.
   *
   * @return the count
   */
  public int patternCount() {
    return patternCount;
  }

  /**
   * The number of sub-rules of one pattern after {@code $or} expansion.
   *
   * @param pattern the pattern's index
   * @return the count
   */
  public int subRuleCount(int pattern) {
    return subRulesOf[pattern].length;
  }

  // ---- compile: $or expansion, event-ruler style, without recursion ---------------------------

  /**
   * event-ruler's {@code $or} expansion: a list of sub-rules, each a map from dotted path to match
   * list, built in written order; an {@code $or} multiplies the sub-rules so far by its branches.
   */
  static List<Map<String, MatchList>> expand(ObjectPattern root) {
    Expander expander = new Expander();
    root.walk(expander);
    return expander.rules;
  }

  private static final class Expander implements PatternVisitor {
    List<Map<String, MatchList>> rules = new ArrayList<>();
    private final List<String> names = new ArrayList<>();

    /** Open fields and {@code $or}s: a field is {@code null}, an {@code $or} its frame. */
    private final List<OrFrame> context = new ArrayList<>();

    private static final class OrFrame {
      final List<Map<String, MatchList>> before;
      final List<Map<String, MatchList>> after = new ArrayList<>();

      OrFrame(List<Map<String, MatchList>> before) {
        this.before = before;
      }
    }

    @Override
    public void enterObject(ObjectPattern object) {
      OrFrame or = context.isEmpty() ? null : context.get(context.size() - 1);
      if (or != null) {
        // a branch starts from a copy of the sub-rules before the $or
        rules = copy(or.before);
        if (rules.isEmpty()) {
          rules.add(new HashMap<>());
        }
      }
    }

    @Override
    public void exitObject(ObjectPattern object) {
      OrFrame or = context.isEmpty() ? null : context.get(context.size() - 1);
      if (or != null) {
        or.after.addAll(rules);
        if (or.after.size() > MAX_SUB_RULES) {
          throw new InvalidEventPatternException(
              "Too many $or combinations: more than " + MAX_SUB_RULES);
        }
      }
    }

    @Override
    public void enterField(Field field) {
      names.add(field.name());
      context.add(null);
    }

    @Override
    public void exitField(Field field) {
      names.remove(names.size() - 1);
      context.remove(context.size() - 1);
    }

    @Override
    public void enterOr(Or or) {
      context.add(new OrFrame(copy(rules)));
    }

    @Override
    public void exitOr(Or or) {
      rules = context.remove(context.size() - 1).after;
    }

    @Override
    public void visitMatchList(MatchList list) {
      String path = String.join(".", names);
      if (rules.isEmpty()) {
        rules.add(new HashMap<>());
      }
      for (Map<String, MatchList> rule : rules) {
        rule.put(path, list);
      }
    }

    private static List<Map<String, MatchList>> copy(List<Map<String, MatchList>> rules) {
      List<Map<String, MatchList>> out = new ArrayList<>(rules.size());
      for (Map<String, MatchList> rule : rules) {
        out.add(new HashMap<>(rule));
      }
      return out;
    }
  }

  // ---- compiled structures --------------------------------------------------------------------

  /**
   * The distinct conditions on one path, and how a value is tested against all of them: exact
   * strings hashed, case-sensitive prefixes in a trie, IP ranges sorted, {@code anything-but}
   * string sets inverted ({@link ConditionIndex}), the other operators tested one by one.
   */
  static final class PathTable {
    final Cond[] conds;
    final int words;

    /** Normalized exact string to the conditions it satisfies. */
    final Map<String, int[]> exact;

    final ConditionIndex.Prefixes prefixes;
    final ConditionIndex.Ranges ipv4;
    final ConditionIndex.Ranges ipv6;
    final ConditionIndex.Exclusions exclusions;

    /** The bits of all {@link #exclusions} conditions, set for every value and then cleared. */
    final long[] exclusionMask;

    /** The {@link #exclusions} conditions with sub-rules indexed under them. */
    final int[] indexedExclusions;

    /** The conditions tested one by one. */
    final int[] tested;

    /** Per condition, the sub-rules indexed under it, or null. */
    final int[][] indexed;

    PathTable(Cond[] conds, List<List<Integer>> indexedUnder) {
      this.conds = conds;
      this.words = (conds.length + 63) >>> 6;
      this.indexed = new int[conds.length][];
      for (int c = 0; c < conds.length; c++) {
        List<Integer> list = indexedUnder.get(c);
        if (list != null) {
          indexed[c] = list.stream().mapToInt(Integer::intValue).toArray();
        }
      }
      Map<String, List<Integer>> strings = new HashMap<>();
      ConditionIndex.Prefixes prefixIndex = new ConditionIndex.Prefixes();
      ConditionIndex.Ranges v4 = new ConditionIndex.Ranges();
      ConditionIndex.Ranges v6 = new ConditionIndex.Ranges();
      ConditionIndex.Exclusions excluded = new ConditionIndex.Exclusions();
      boolean anyPrefix = false;
      List<Integer> others = new ArrayList<>();
      List<Integer> indexedExcluded = new ArrayList<>();
      long[] mask = new long[words];
      for (int c = 0; c < conds.length; c++) {
        Cond cond = conds[c];
        if (cond.isAbsence()) {
          continue;
        }
        String value = cond.exactString();
        String prefix = cond.prefixString();
        byte[][] range = cond.ipRange();
        java.util.Set<String> exclusions = cond.excludedStrings();
        if (value != null) {
          strings.computeIfAbsent(value, k -> new ArrayList<>()).add(c);
        } else if (prefix != null) {
          prefixIndex.add(prefix, c);
          anyPrefix = true;
        } else if (range != null) {
          (range[0].length == 4 ? v4 : v6).add(range[0], range[1], c);
        } else if (exclusions != null) {
          excluded.add(exclusions, c);
          mask[c >>> 6] |= 1L << c;
          if (indexed[c] != null) {
            indexedExcluded.add(c);
          }
        } else {
          others.add(c);
        }
      }
      Map<String, int[]> table = new HashMap<>();
      strings.forEach((k, v) -> table.put(k, v.stream().mapToInt(Integer::intValue).toArray()));
      this.exact = table.isEmpty() ? null : table;
      this.prefixes = anyPrefix ? prefixIndex : null;
      v4.freeze();
      v6.freeze();
      this.ipv4 = v4.isEmpty() ? null : v4;
      this.ipv6 = v6.isEmpty() ? null : v6;
      excluded.freeze();
      this.exclusions = excluded.isEmpty() ? null : excluded;
      this.exclusionMask = mask;
      this.indexedExclusions = indexedExcluded.stream().mapToInt(Integer::intValue).toArray();
      this.tested = others.stream().mapToInt(Integer::intValue).toArray();
    }
  }

  /**
   * One {@code $or} alternative of a pattern: paths in sorted order, with the condition bits each
   * accepts and whether {@code exists: false} is among them.
   */
  static final class SubRule {
    final int pattern;
    final int[] pathIds;
    final int[][] conds;
    final boolean[] absence;
    final MatchList[] lists;

    SubRule(int pattern, int[] pathIds, int[][] conds, boolean[] absence, MatchList[] lists) {
      this.pattern = pattern;
      this.pathIds = pathIds;
      this.conds = conds;
      this.absence = absence;
      this.lists = lists;
    }
  }

  /**
   * One node of the path trie. Children are found by name; names made of ASCII bytes (nearly all
   * names in real events) are also found straight from the event's bytes, without decoding them.
   */
  static final class Trie {
    int pathId = -1;
    private Map<String, Trie> byName;
    private byte[][] keys;
    private Trie[] kids;
    private int mask;

    Trie child(String segment) {
      if (byName == null) {
        byName = new HashMap<>();
      }
      return byName.computeIfAbsent(segment, k -> new Trie());
    }

    boolean hasChildren() {
      return byName != null;
    }

    Trie get(String name) {
      return byName == null ? null : byName.get(name);
    }

    /** Looks up a child by the ASCII bytes of its name, with {@link #hash} of those bytes. */
    Trie get(byte[] bytes, int start, int end, int hash) {
      byte[][] k = keys;
      if (k == null) {
        return null;
      }
      int length = end - start;
      for (int i = spread(hash) & mask; ; i = (i + 1) & mask) {
        byte[] key = k[i];
        if (key == null) {
          return null;
        }
        if (key.length == length && Arrays.equals(key, 0, length, bytes, start, end)) {
          return kids[i];
        }
      }
    }

    void freeze() {
      if (byName == null) {
        return;
      }
      List<String> ascii = new ArrayList<>();
      for (Map.Entry<String, Trie> e : byName.entrySet()) {
        e.getValue().freeze();
        if (isAscii(e.getKey())) {
          ascii.add(e.getKey());
        }
      }
      if (ascii.isEmpty()) {
        return;
      }
      int size = Integer.highestOneBit(Math.max(2, ascii.size() * 2 - 1)) << 1;
      keys = new byte[size][];
      kids = new Trie[size];
      mask = size - 1;
      for (String name : ascii) {
        byte[] bytes = name.getBytes(StandardCharsets.US_ASCII);
        int i = spread(hash(bytes, 0, bytes.length)) & mask;
        while (keys[i] != null) {
          i = (i + 1) & mask;
        }
        keys[i] = bytes;
        kids[i] = byName.get(name);
      }
    }

    private static boolean isAscii(String s) {
      for (int i = 0; i < s.length(); i++) {
        if (s.charAt(i) >= 0x80) {
          return false;
        }
      }
      return true;
    }

    /** The hash the scanner computes while it reads a name: {@code h = 31 * h + byte}. */
    static int hash(byte[] bytes, int start, int end) {
      int h = 0;
      for (int i = start; i < end; i++) {
        h = 31 * h + bytes[i];
      }
      return h;
    }

    private static int spread(int h) {
      return h ^ (h >>> 16);
    }
  }
}
