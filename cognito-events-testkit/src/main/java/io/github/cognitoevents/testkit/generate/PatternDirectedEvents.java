package io.github.cognitoevents.testkit.generate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.RawValue;
import io.github.cognitoevents.pattern.Condition;
import io.github.cognitoevents.pattern.EventPattern;
import io.github.cognitoevents.pattern.Field;
import io.github.cognitoevents.pattern.MatchList;
import io.github.cognitoevents.pattern.ObjectPattern;
import io.github.cognitoevents.pattern.Or;
import io.github.cognitoevents.pattern.PatternVisitor;
import io.github.cognitoevents.testkit.generate.ConditionValues.Value;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;

/**
 * Pattern-directed event generation: for a pattern and a seed, events that match it and near-misses
 * that each break exactly one condition, with their expected verdicts. Values are constructed from
 * each operator's semantics (not filtered through a matcher), so a property test of a rule can
 * fail.
 *
 * <pre>{@code
 * PatternMatcher matcher = PatternMatcher.compile(rule);
 * for (GeneratedCase c : PatternDirectedEvents.of(rule, 42).cases(200)) {
 *   assertThat(matcher.matches(c.json())).as(c.description()).isEqualTo(c.shouldMatch());
 * }
 * }</pre>
 *
 * <p>Events start from {@link EventGenerator}'s realistic Cognito CloudTrail events (so the six
 * envelope fields TestEventPattern requires are present and unconstrained fields look real); each
 * leaf the pattern constrains is then set (or removed, for {@code "exists": false}). Matching
 * events satisfy one condition of each leaf's match list and one branch of each {@code $or}, and
 * sometimes wrap a nested object in a one-element array or a leaf value in an array with a second
 * value, which keeps the verdict. A near-miss takes a matching event and gives one leaf a value
 * that breaks every condition of its match list (or removes it when that breaks them).
 *
 * <p>What is skipped, and counted in {@link #skipped()}: leaves inside an {@code $or} and leaves
 * whose path another leaf of the pattern also constrains get no near-miss (the branches' other
 * sub-rules could still match); match lists that cannot be broken ({@code [{"exists":true},
 * {"exists":false}]}) or satisfied; and events whose envelope a pattern removes.
 */
public final class PatternDirectedEvents {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final List<String> ENVELOPE =
      List.of("id", "account", "source", "time", "region", "detail-type");
  private static final int ATTEMPTS = 8;

  private final EventPattern pattern;
  private final Random random;
  private final ConditionValues values;
  private final EventGenerator base;
  private final List<String> skipped = new ArrayList<>();

  private PatternDirectedEvents(EventPattern pattern, long seed) {
    this.pattern = pattern;
    this.random = new Random(seed);
    this.values = new ConditionValues(random);
    this.base = EventGenerator.seeded(seed);
  }

  /**
   * A generator for the pattern, reproducible for a given seed.
   *
   * @param pattern the pattern
   * @param seed the seed: the same seed gives the same cases
   * @return the generator
   */
  public static PatternDirectedEvents of(EventPattern pattern, long seed) {
    return new PatternDirectedEvents(Objects.requireNonNull(pattern, "pattern"), seed);
  }

  /**
   * The pattern the events are generated for.
   *
   * @return the pattern
   */
  public EventPattern pattern() {
    return pattern;
  }

  /**
   * {@code matching} events that match, followed by every near-miss.
   *
   * @param matching how many matching events to generate
   * @return the cases
   */
  public List<GeneratedCase> cases(int matching) {
    List<GeneratedCase> out = new ArrayList<>(matching(matching));
    out.addAll(nearMisses());
    return out;
  }

  /**
   * Up to {@code count} events that match the pattern (fewer when the pattern cannot be satisfied
   * by construction; see {@link #skipped()}).
   *
   * @param count how many to generate
   * @return the cases, each with {@code shouldMatch() == true}
   */
  public List<GeneratedCase> matching(int count) {
    if (count < 0) {
      throw new IllegalArgumentException("count must not be negative: " + count);
    }
    List<GeneratedCase> out = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      Optional<GeneratedCase> made = Optional.empty();
      for (int attempt = 0; attempt < ATTEMPTS && made.isEmpty(); attempt++) {
        made = build(null);
      }
      if (made.isPresent()) {
        out.add(made.get());
      } else {
        skipped.add("matching event #" + i + ": no combination could be satisfied");
      }
    }
    return out;
  }

  /**
   * One near-miss per breakable leaf outside {@code $or}: an event that satisfies every other
   * condition and breaks that leaf's match list (a value matching none of its conditions, or the
   * field removed).
   *
   * @return the cases, each with {@code shouldMatch() == false}
   */
  public List<GeneratedCase> nearMisses() {
    List<Leaf> all = new ArrayList<>();
    collect(pattern.root(), null, all);
    List<GeneratedCase> out = new ArrayList<>();
    for (Leaf leaf : all) {
      if (leaf.inOr()) {
        skipped.add(leaf.path() + ": inside $or, no near-miss generated");
        continue;
      }
      boolean shared = false;
      for (Leaf other : all) {
        if (other != leaf && overlaps(other.path(), leaf.path())) {
          shared = true;
        }
      }
      if (shared) {
        skipped.add(leaf.path() + ": path also constrained elsewhere, no near-miss generated");
        continue;
      }
      Optional<GeneratedCase> made = Optional.empty();
      for (int attempt = 0; attempt < ATTEMPTS && made.isEmpty(); attempt++) {
        made = build(leaf);
      }
      if (made.isPresent()) {
        out.add(made.get());
      } else {
        skipped.add(leaf.path() + " " + leaf.match() + ": cannot be broken");
      }
    }
    return out;
  }

  /**
   * What could not be generated so far, one line each (path and reason), in order.
   *
   * @return the skipped cases
   */
  public List<String> skipped() {
    return List.copyOf(skipped);
  }

  // ---- internals

  private record Leaf(String path, MatchList match, boolean inOr) {}

  private static boolean overlaps(String a, String b) {
    return a.equals(b) || a.startsWith(b + ".") || b.startsWith(a + ".");
  }

  private static String join(String prefix, String name) {
    return prefix == null ? name : prefix + "." + name;
  }

  /**
   * The leaves of a pattern, duplicates included (a repeated path then counts as constrained
   * twice): in each object its fields first, in written order, then the leaves of its {@code $or}
   * branches. With {@code chooser}, each {@code $or} contributes one branch, the one it picks;
   * without, every branch, marked as inside an {@code $or}.
   */
  private static void collect(ObjectPattern root, Chooser chooser, List<Leaf> out) {
    root.walk(new LeafCollector(chooser, out));
  }

  /** Picks the branch an {@code $or} of {@code n} branches contributes. */
  @FunctionalInterface
  private interface Chooser {
    int choose(int n);
  }

  /** Collects leaves over the walk, keeping per object its fields' and its branches' leaves. */
  private static final class LeafCollector implements PatternVisitor {
    private final Chooser chooser;
    private final List<Leaf> out;

    /** Per open object: the leaves of its fields, then of its branches. */
    private final List<List<Leaf>> fieldLeaves = new ArrayList<>();

    private final List<List<Leaf>> branchLeaves = new ArrayList<>();

    /** Per open field or $or: the field's path, or null for an $or. */
    private final List<String> paths = new ArrayList<>();

    /** Per open $or: the chosen branch (-1: all) and the branches seen so far. */
    private final List<int[]> ors = new ArrayList<>();

    private int skipping; // depth inside branches that were not chosen
    private int orDepth;

    LeafCollector(Chooser chooser, List<Leaf> out) {
      this.chooser = chooser;
      this.out = out;
    }

    private String prefix() {
      for (int i = paths.size() - 1; i >= 0; i--) {
        if (paths.get(i) != null) {
          return paths.get(i);
        }
      }
      return null;
    }

    @Override
    public void enterObject(ObjectPattern object) {
      boolean branch = !paths.isEmpty() && paths.get(paths.size() - 1) == null;
      if (branch) {
        int[] or = ors.get(ors.size() - 1);
        int index = or[1]++;
        if (skipping > 0 || (or[0] >= 0 && or[0] != index)) {
          skipping++;
          return;
        }
      } else if (skipping > 0) {
        skipping++;
        return;
      }
      fieldLeaves.add(new ArrayList<>());
      branchLeaves.add(new ArrayList<>());
    }

    @Override
    public void exitObject(ObjectPattern object) {
      if (skipping > 0) {
        skipping--;
        return;
      }
      List<Leaf> mine = fieldLeaves.remove(fieldLeaves.size() - 1);
      mine.addAll(branchLeaves.remove(branchLeaves.size() - 1));
      boolean branch = !paths.isEmpty() && paths.get(paths.size() - 1) == null;
      if (fieldLeaves.isEmpty()) {
        out.addAll(mine);
      } else if (branch) {
        branchLeaves.get(branchLeaves.size() - 1).addAll(mine);
      } else {
        fieldLeaves.get(fieldLeaves.size() - 1).addAll(mine);
      }
    }

    @Override
    public void enterField(Field field) {
      paths.add(join(prefix(), field.name()));
    }

    @Override
    public void exitField(Field field) {
      paths.remove(paths.size() - 1);
    }

    @Override
    public void enterOr(Or or) {
      int chosen = skipping > 0 || chooser == null ? -1 : chooser.choose(or.branches().size());
      ors.add(new int[] {chosen, 0});
      paths.add(null);
      orDepth++;
    }

    @Override
    public void exitOr(Or or) {
      ors.remove(ors.size() - 1);
      paths.remove(paths.size() - 1);
      orDepth--;
    }

    @Override
    public void visitMatchList(MatchList list) {
      if (skipping == 0) {
        fieldLeaves
            .get(fieldLeaves.size() - 1)
            .add(new Leaf(paths.get(paths.size() - 1), list, chooser == null && orDepth > 0));
      }
    }
  }

  /** Builds a matching event, or a near-miss breaking {@code broken}; empty when it cannot. */
  private Optional<GeneratedCase> build(Leaf broken) {
    List<Leaf> leaves = new ArrayList<>();
    collect(pattern.root(), random::nextInt, leaves);
    for (int i = 0; i < leaves.size(); i++) {
      for (int j = i + 1; j < leaves.size(); j++) {
        if (overlaps(leaves.get(i).path(), leaves.get(j).path())) {
          return Optional.empty();
        }
      }
    }
    Map<String, Optional<Value>> assigned = new LinkedHashMap<>();
    Map<String, Value> extra = new LinkedHashMap<>();
    String description = null;
    for (Leaf leaf : leaves) {
      if (broken != null && leaf.path().equals(broken.path())) {
        List<Value> candidates = new ArrayList<>();
        for (Condition c : leaf.match().conditions()) {
          candidates.addAll(values.breakers(c));
        }
        Collections.shuffle(candidates, random);
        List<Value> generic = values.genericBreakers();
        Collections.shuffle(generic, random);
        candidates.addAll(generic);
        candidates.add(null);
        List<Value> breaking = new ArrayList<>();
        for (Value v : candidates) {
          if (breaksAll(leaf.match(), v) && (v != null || breaking.isEmpty())) {
            breaking.add(v);
            if (v == null) {
              break;
            }
          }
        }
        if (breaking.isEmpty()) {
          return Optional.empty();
        }
        Value chosen = breaking.get(0);
        assigned.put(leaf.path(), Optional.ofNullable(chosen));
        if (chosen != null
            && breaking.size() > 1
            && breaking.get(1) != null
            && random.nextInt(4) == 0) {
          extra.put(leaf.path(), breaking.get(1));
        }
        description =
            leaf.path()
                + " "
                + leaf.match()
                + " broken by "
                + (chosen == null ? "absence" : chosen);
        continue;
      }
      List<Condition> conditions = new ArrayList<>(leaf.match().conditions());
      Collections.shuffle(conditions, random);
      Optional<Optional<Value>> value = Optional.empty();
      for (Condition c : conditions) {
        value = values.satisfy(c);
        if (value.isPresent()) {
          break;
        }
      }
      if (value.isEmpty()) {
        return Optional.empty();
      }
      assigned.put(leaf.path(), value.get());
      if (value.get().isPresent() && random.nextInt(5) == 0) {
        extra.put(leaf.path(), Value.string(values.word()));
      }
    }
    if (broken != null && description == null) {
      return Optional.empty();
    }
    ObjectNode event;
    try {
      event = (ObjectNode) MAPPER.readTree(base.nextJson());
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
    List<String[]> wrappable = new ArrayList<>();
    for (Map.Entry<String, Optional<Value>> entry : assigned.entrySet()) {
      String[] path = entry.getKey().split("\\.", -1);
      if (entry.getValue().isEmpty()) {
        remove(event, path);
      } else {
        JsonNode node = node(entry.getValue().get());
        Value second = extra.get(entry.getKey());
        if (second != null) {
          ArrayNode array = JsonNodeFactory.instance.arrayNode();
          if (random.nextBoolean()) {
            array.add(node).add(node(second));
          } else {
            array.add(node(second)).add(node);
          }
          node = array;
        }
        put(event, path, node);
        for (int depth = 2; depth < path.length; depth++) {
          wrappable.add(Arrays.copyOf(path, depth));
        }
      }
    }
    for (String name : ENVELOPE) {
      if (!event.has(name)) {
        skipped.add("event without envelope field " + name + " (pattern removes it)");
        return Optional.empty();
      }
    }
    if (!wrappable.isEmpty() && random.nextInt(4) == 0) {
      wrap(event, wrappable.get(random.nextInt(wrappable.size())));
    }
    String json;
    try {
      json = MAPPER.writeValueAsString(event);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
    return Optional.of(
        new GeneratedCase(
            json, broken == null, broken == null ? "matches " + pattern.toJson() : description));
  }

  private boolean breaksAll(MatchList match, Value v) {
    for (Condition c : match.conditions()) {
      if (ConditionValues.mayMatch(c, v)) {
        return false;
      }
    }
    return true;
  }

  private static JsonNode node(Value v) {
    return switch (v.kind()) {
      case STRING -> JsonNodeFactory.instance.textNode(v.text());
      case NUMBER -> JsonNodeFactory.instance.rawValueNode(new RawValue(v.text()));
      case BOOLEAN -> JsonNodeFactory.instance.booleanNode(Boolean.parseBoolean(v.text()));
      case NULL -> JsonNodeFactory.instance.nullNode();
    };
  }

  private static void put(ObjectNode root, String[] path, JsonNode value) {
    ObjectNode node = root;
    for (int i = 0; i < path.length - 1; i++) {
      JsonNode child = node.get(path[i]);
      if (child instanceof ObjectNode object) {
        node = object;
      } else {
        node = node.putObject(path[i]);
      }
    }
    node.set(path[path.length - 1], value);
  }

  private static void remove(ObjectNode root, String[] path) {
    ObjectNode node = root;
    for (int i = 0; i < path.length; i++) {
      JsonNode child = node.get(path[i]);
      if (child == null) {
        return;
      }
      if (i == path.length - 1 || !(child instanceof ObjectNode)) {
        node.remove(path[i]);
        return;
      }
      node = (ObjectNode) child;
    }
  }

  /** Replaces the object at the path with a one-element array holding it. */
  private static void wrap(ObjectNode root, String[] path) {
    JsonNode node = root;
    for (int i = 0; i < path.length - 1; i++) {
      node = node.get(path[i]);
      if (!(node instanceof ObjectNode)) {
        return;
      }
    }
    JsonNode target = node.get(path[path.length - 1]);
    if (target instanceof ObjectNode) {
      ((ObjectNode) node)
          .set(path[path.length - 1], JsonNodeFactory.instance.arrayNode().add(target));
    }
  }
}
