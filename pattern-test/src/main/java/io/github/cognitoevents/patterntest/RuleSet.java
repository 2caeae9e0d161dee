package io.github.cognitoevents.patterntest;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.cognitoevents.pattern.EventPattern;
import io.github.cognitoevents.pattern.InvalidEventPatternException;
import io.github.cognitoevents.pattern.PatternLimits;
import io.github.cognitoevents.pattern.RuleState;
import io.github.cognitoevents.patterntest.internal.Compiled;
import io.github.cognitoevents.patterntest.internal.Engine;
import java.io.InputStream;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Named event patterns compiled together: which of my rules fire on this event, in one pass over
 * it, however many rules there are. Verdicts are, rule by rule, those of {@link PatternMatcher}
 * (and so of EventBridge's {@code TestEventPattern}).
 *
 * <pre>{@code
 * RuleSet rules = RuleSet.builder()
 *     .add("ClientChanges", clientChanges)
 *     .add("SignUps", signUps)
 *     .build();
 * List<String> fired = rules.matching(eventBytes);   // e.g. [ClientChanges]
 * System.out.println(rules.explain(eventJson));      // why each rule did or did not fire
 * }</pre>
 *
 * <p><b>How it scales.</b> The event is read and validated once. Fields no rule names are skipped
 * once, not once per rule; each distinct condition on a field is tested once per value, exact
 * strings through one hash lookup; and each rule is indexed under its most selective condition, so
 * after the pass only the rules whose index condition held are checked. A set of 1,000 rules on
 * distinct {@code eventName}s costs about what one rule does, not 1,000 matches.
 *
 * <p><b>Results.</b> {@link #matching} lists the names of the rules that fire <em>in the order of
 * {@link #rules()}</em> (the order they were added in). A {@link RuleState#DISABLED} rule never
 * fires; its pattern is still explained. Rule names are unique within a set.
 *
 * <p>Immutable and thread-safe. {@link Serializable} for distributed jobs (an Apache Spark map, for
 * instance): a set is written as its rules' names, pattern JSON, states, buses and sources, and
 * compiled again when read.
 */
public final class RuleSet implements Serializable {

  private static final long serialVersionUID = 1L;

  private final transient List<Rule> rules;
  private final transient Compiled program;
  private final transient boolean[] enabled;

  private RuleSet(List<Rule> rules) {
    this.rules = List.copyOf(rules);
    Set<String> names = new HashSet<>();
    List<EventPattern> patterns = new ArrayList<>(rules.size());
    enabled = new boolean[rules.size()];
    for (int i = 0; i < this.rules.size(); i++) {
      Rule rule = this.rules.get(i);
      if (!names.add(rule.name())) {
        throw new IllegalArgumentException("two rules are named " + rule.name());
      }
      patterns.add(rule.pattern());
      enabled[i] = rule.state() != RuleState.DISABLED;
    }
    this.program = Compiled.compile(patterns);
  }

  /**
   * A set of the given rules, in the collection's iteration order.
   *
   * @param rules the rules, with unique names
   * @return the set
   * @throws IllegalArgumentException if two rules have the same name
   */
  public static RuleSet of(Collection<Rule> rules) {
    Objects.requireNonNull(rules, "rules");
    return new RuleSet(new ArrayList<>(rules));
  }

  /**
   * A builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The rules of this set, in order.
   *
   * @return the rules
   */
  public List<Rule> rules() {
    return rules;
  }

  /**
   * The number of rules.
   *
   * @return the size
   */
  public int size() {
    return rules.size();
  }

  /**
   * The rule of a name.
   *
   * @param name the name
   * @return the rule, or null when the set has none of that name
   */
  public Rule rule(String name) {
    for (Rule rule : rules) {
      if (rule.name().equals(name)) {
        return rule;
      }
    }
    return null;
  }

  /**
   * The names of the rules that fire on an event, in rule order.
   *
   * @param eventJson the event as JSON text
   * @return the names, empty when none fires
   * @throws InvalidEventException if the event is not a valid test event
   */
  public List<String> matching(String eventJson) {
    return names(Engine.matching(program, Engine.bytes(nonNull(eventJson))));
  }

  /**
   * The names of the rules that fire on an event, in rule order. No tree is built: the bytes are
   * read once and only the values some rule looks at are decoded.
   *
   * @param eventJson the event as UTF-8 JSON bytes
   * @return the names, empty when none fires
   * @throws InvalidEventException if the event is not a valid test event
   */
  public List<String> matching(byte[] eventJson) {
    return names(Engine.matching(program, nonNull(eventJson)));
  }

  /**
   * The names of the rules that fire on an event read from a stream (not closed; at most 32 MiB).
   *
   * @param eventJson the event as a JSON stream
   * @return the names, empty when none fires
   * @throws InvalidEventException if the event is not a valid test event
   * @throws java.io.UncheckedIOException if reading the stream fails
   */
  public List<String> matching(InputStream eventJson) {
    return names(Engine.matching(program, Engine.bytes(nonNull(eventJson))));
  }

  /**
   * The names of the rules that fire on an event given as a Jackson tree (numbers are seen as the
   * tree renders them, for example a {@code double} node as {@code 300.0}).
   *
   * @param event the event
   * @return the names, empty when none fires
   * @throws InvalidEventException if the event is not a valid test event
   */
  public List<String> matching(JsonNode event) {
    return names(Engine.matching(program, Engine.bytes(nonNull(event))));
  }

  /**
   * The rules that fire on an event, in rule order.
   *
   * @param eventJson the event as UTF-8 JSON bytes
   * @return the rules, empty when none fires
   * @throws InvalidEventException if the event is not a valid test event
   */
  public List<Rule> matchingRules(byte[] eventJson) {
    return rulesOf(Engine.matching(program, nonNull(eventJson)));
  }

  /**
   * The rules that fire on an event held in part of an array (a buffer reused from event to event,
   * as a log reader keeps one), in rule order.
   *
   * @param eventJson an array holding the event as UTF-8 JSON bytes
   * @param offset where the event starts
   * @param length how many bytes it has
   * @return the rules, empty when none fires
   * @throws InvalidEventException if the event is not a valid test event
   * @throws IndexOutOfBoundsException if the range is not inside the array
   */
  public List<Rule> matchingRules(byte[] eventJson, int offset, int length) {
    return rulesOf(Engine.matching(program, nonNull(eventJson), offset, length));
  }

  private List<Rule> rulesOf(int[] fired) {
    List<Rule> out = new ArrayList<>(fired.length);
    for (int i : fired) {
      if (enabled[i]) {
        out.add(rules.get(i));
      }
    }
    return out;
  }

  /**
   * Why each rule did or did not fire on an event.
   *
   * @param eventJson the event as JSON text
   * @return one outcome per rule, in rule order
   * @throws InvalidEventException if the event is not a valid test event
   */
  public RuleSetExplanation explain(String eventJson) {
    return explainBytes(Engine.bytes(nonNull(eventJson)));
  }

  /**
   * Why each rule did or did not fire on an event.
   *
   * @param eventJson the event as UTF-8 JSON bytes
   * @return one outcome per rule, in rule order
   * @throws InvalidEventException if the event is not a valid test event
   */
  public RuleSetExplanation explain(byte[] eventJson) {
    return explainBytes(nonNull(eventJson));
  }

  /**
   * Why each rule did or did not fire on an event read from a stream (not closed).
   *
   * @param eventJson the event as a JSON stream
   * @return one outcome per rule, in rule order
   * @throws InvalidEventException if the event is not a valid test event
   */
  public RuleSetExplanation explain(InputStream eventJson) {
    return explainBytes(Engine.bytes(nonNull(eventJson)));
  }

  /**
   * Why each rule did or did not fire on an event given as a Jackson tree.
   *
   * @param event the event
   * @return one outcome per rule, in rule order
   * @throws InvalidEventException if the event is not a valid test event
   */
  public RuleSetExplanation explain(JsonNode event) {
    return explainBytes(Engine.bytes(nonNull(event)));
  }

  private RuleSetExplanation explainBytes(byte[] event) {
    List<MatchExplanation> explanations = Engine.explain(program, event);
    List<RuleSetExplanation.Outcome> outcomes = new ArrayList<>(rules.size());
    for (int i = 0; i < rules.size(); i++) {
      outcomes.add(new RuleSetExplanation.Outcome(rules.get(i), explanations.get(i)));
    }
    return new RuleSetExplanation(outcomes);
  }

  private List<String> names(int[] fired) {
    List<String> out = new ArrayList<>(fired.length);
    for (int i : fired) {
      if (enabled[i]) {
        out.add(rules.get(i).name());
      }
    }
    return out;
  }

  private static <T> T nonNull(T event) {
    if (event == null) {
      throw new InvalidEventException("the event is null", null);
    }
    return event;
  }

  /** For example {@code RuleSet[3 rules: ClientChanges, SignUps, Deletions]}. */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder("RuleSet[").append(rules.size()).append(" rules");
    for (int i = 0; i < rules.size(); i++) {
      out.append(i == 0 ? ": " : ", ");
      if (i == 10) {
        out.append("...");
        break;
      }
      out.append(rules.get(i).name());
    }
    return out.append(']').toString();
  }

  /**
   * Parses a pattern that was valid when it was serialized, without the limits (which a pattern
   * built under raised limits may exceed).
   */
  static EventPattern reparse(String json) {
    return EventPattern.parse(
        json, new PatternLimits(Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MAX_VALUE));
  }

  private Object writeReplace() {
    return new SerializedForm(rules);
  }

  private void readObject(ObjectInputStream in) throws InvalidObjectException {
    throw new InvalidObjectException("RuleSet is read through its serialized form");
  }

  /** What a serialized rule set holds: per rule its name, pattern JSON, state, bus and source. */
  private static final class SerializedForm implements Serializable {
    private static final long serialVersionUID = 1L;
    private final String[][] rules;

    SerializedForm(List<Rule> list) {
      rules = new String[list.size()][];
      for (int i = 0; i < rules.length; i++) {
        Rule rule = list.get(i);
        RuleSource source = rule.source().orElse(null);
        rules[i] =
            new String[] {
              rule.name(),
              rule.pattern().toJson(),
              rule.state().name(),
              rule.eventBusName(),
              source == null ? null : source.template(),
              source == null ? null : source.logicalId()
            };
      }
    }

    private Object readResolve() throws InvalidObjectException {
      List<Rule> list = new ArrayList<>(rules.length);
      try {
        for (String[] r : rules) {
          Rule rule =
              Rule.of(r[0], reparse(r[1]))
                  .withState(RuleState.valueOf(r[2]))
                  .withEventBusName(r[3]);
          if (r[4] != null) {
            rule = rule.withSource(new RuleSource(r[4], r[5]));
          }
          list.add(rule);
        }
        return new RuleSet(list);
      } catch (InvalidEventPatternException | IllegalArgumentException | NullPointerException e) {
        InvalidObjectException invalid = new InvalidObjectException("corrupt rule set: " + e);
        invalid.initCause(e);
        throw invalid;
      }
    }
  }

  /** Collects rules for a {@link RuleSet}. Not thread-safe. */
  public static final class Builder {
    private final List<Rule> rules = new ArrayList<>();

    private Builder() {}

    /**
     * Adds an enabled rule on the default event bus.
     *
     * @param name the rule's name, unique within the set
     * @param pattern its event pattern
     * @return this builder
     */
    public Builder add(String name, EventPattern pattern) {
      rules.add(Rule.of(name, pattern));
      return this;
    }

    /**
     * Adds a rule.
     *
     * @param rule the rule
     * @return this builder
     */
    public Builder add(Rule rule) {
      rules.add(Objects.requireNonNull(rule, "rule"));
      return this;
    }

    /**
     * Adds rules in iteration order.
     *
     * @param more the rules
     * @return this builder
     */
    public Builder addAll(Collection<Rule> more) {
      for (Rule rule : more) {
        add(rule);
      }
      return this;
    }

    /**
     * Compiles the rules added so far.
     *
     * @return the rule set
     * @throws IllegalArgumentException if two rules have the same name
     */
    public RuleSet build() {
      return new RuleSet(rules);
    }
  }
}
