package io.github.cognitoevents.patterntest;

import io.github.cognitoevents.pattern.EventPattern;
import io.github.cognitoevents.pattern.RuleState;
import java.util.Objects;
import java.util.Optional;

/**
 * A named EventBridge rule as a {@link RuleSet} sees it: its name, event pattern, state, event bus
 * and, when it was read from a template, where. Immutable.
 *
 * <pre>{@code
 * Rule rule = Rule.of("ClientChanges", EventPattern.parse(json))
 *     .withEventBusName("audit")
 *     .withState(RuleState.ENABLED_WITH_ALL_CLOUDTRAIL_MANAGEMENT_EVENTS);
 * }</pre>
 */
public final class Rule {

  /** The name of the account's default event bus. */
  public static final String DEFAULT_EVENT_BUS = "default";

  private final String name;
  private final EventPattern pattern;
  private final RuleState state;
  private final String eventBusName;
  private final RuleSource source;

  private Rule(
      String name, EventPattern pattern, RuleState state, String eventBusName, RuleSource source) {
    this.name = Objects.requireNonNull(name, "name");
    if (name.isEmpty()) {
      throw new IllegalArgumentException("a rule name must not be empty");
    }
    this.pattern = Objects.requireNonNull(pattern, "pattern");
    this.state = Objects.requireNonNull(state, "state");
    this.eventBusName = Objects.requireNonNull(eventBusName, "eventBusName");
    this.source = source;
  }

  /**
   * An enabled rule on the default event bus.
   *
   * @param name the rule's name, unique within a rule set
   * @param pattern its event pattern
   * @return the rule
   */
  public static Rule of(String name, EventPattern pattern) {
    return new Rule(name, pattern, RuleState.ENABLED, DEFAULT_EVENT_BUS, null);
  }

  /**
   * The rule's name.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * The rule's event pattern.
   *
   * @return the pattern
   */
  public EventPattern pattern() {
    return pattern;
  }

  /**
   * The rule's state: a {@link RuleState#DISABLED} rule never fires.
   *
   * @return the state
   */
  public RuleState state() {
    return state;
  }

  /**
   * The event bus the rule belongs to.
   *
   * @return the bus name or ARN as written, {@value #DEFAULT_EVENT_BUS} when none was given
   */
  public String eventBusName() {
    return eventBusName;
  }

  /**
   * Where the rule was read from.
   *
   * @return the template and logical id, or empty when the rule was built in code
   */
  public Optional<RuleSource> source() {
    return Optional.ofNullable(source);
  }

  /**
   * A copy in another state.
   *
   * @param newState the state
   * @return the copy
   */
  public Rule withState(RuleState newState) {
    return new Rule(name, pattern, newState, eventBusName, source);
  }

  /**
   * A copy on another event bus.
   *
   * @param newEventBusName the bus name or ARN
   * @return the copy
   */
  public Rule withEventBusName(String newEventBusName) {
    return new Rule(name, pattern, state, newEventBusName, source);
  }

  /**
   * A copy with the place it was read from.
   *
   * @param newSource the template and logical id, or null
   * @return the copy
   */
  public Rule withSource(RuleSource newSource) {
    return new Rule(name, pattern, state, eventBusName, newSource);
  }

  /**
   * A copy with another name.
   *
   * @param newName the name
   * @return the copy
   */
  public Rule withName(String newName) {
    return new Rule(newName, pattern, state, eventBusName, source);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Rule that
        && name.equals(that.name)
        && pattern.equals(that.pattern)
        && state == that.state
        && eventBusName.equals(that.eventBusName)
        && Objects.equals(source, that.source);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, pattern, state, eventBusName, source);
  }

  /** For example {@code Rule[ClientChanges, ENABLED, bus default] {"source":[...]}}. */
  @Override
  public String toString() {
    return "Rule["
        + name
        + ", "
        + state
        + ", bus "
        + eventBusName
        + (source == null ? "" : ", " + source)
        + "] "
        + pattern.toJson();
  }
}
