package io.github.cognitoevents.patterntest;

import io.github.cognitoevents.pattern.RuleState;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Why each rule of a {@link RuleSet} did or did not fire on one event: per rule, the same {@link
 * MatchExplanation} a {@link PatternMatcher} gives for its pattern.
 *
 * <pre>{@code
 * RuleSetExplanation why = rules.explain(event);
 * why.fired();                 // [ClientChanges]
 * System.out.println(why);     // one line per rule, the failed conditions of those that did not fire
 * }</pre>
 */
public final class RuleSetExplanation {

  /**
   * One rule's outcome.
   *
   * @param rule the rule
   * @param explanation its pattern's explanation (computed for disabled rules too)
   */
  public record Outcome(Rule rule, MatchExplanation explanation) {

    /** Checks the components. */
    public Outcome {
      Objects.requireNonNull(rule, "rule");
      Objects.requireNonNull(explanation, "explanation");
    }

    /**
     * Whether the rule fires: its pattern matches and it is not disabled.
     *
     * @return the verdict
     */
    public boolean fired() {
      return explanation.matched() && !disabled();
    }

    /**
     * Whether the rule is disabled (it never fires, whatever its pattern says).
     *
     * @return true for {@link RuleState#DISABLED}
     */
    public boolean disabled() {
      return rule.state() == RuleState.DISABLED;
    }

    /**
     * The rule's name.
     *
     * @return the name
     */
    public String name() {
      return rule.name();
    }

    /**
     * The conditions of the pattern that did not hold.
     *
     * @return the failed checks, empty when the pattern matched
     */
    public List<MatchExplanation.Check> failedChecks() {
      return explanation.matched() ? List.of() : explanation.failedChecks();
    }
  }

  private final List<Outcome> outcomes;

  /**
   * Creates an explanation (normally built by {@link RuleSet#explain(String)}).
   *
   * @param outcomes one outcome per rule, in rule order
   */
  public RuleSetExplanation(List<Outcome> outcomes) {
    this.outcomes = List.copyOf(outcomes);
  }

  /**
   * Every rule's outcome, in rule order.
   *
   * @return the outcomes
   */
  public List<Outcome> outcomes() {
    return outcomes;
  }

  /**
   * The names of the rules that fire, in rule order (what {@link RuleSet#matching} returns).
   *
   * @return the names
   */
  public List<String> fired() {
    return outcomes.stream().filter(Outcome::fired).map(Outcome::name).toList();
  }

  /**
   * The outcomes of the rules that do not fire, disabled ones included.
   *
   * @return the outcomes
   */
  public List<Outcome> notFired() {
    return outcomes.stream().filter(o -> !o.fired()).toList();
  }

  /**
   * One rule's outcome.
   *
   * @param name the rule's name
   * @return the outcome, or empty when the set has no rule of that name
   */
  public Optional<Outcome> outcome(String name) {
    return outcomes.stream().filter(o -> o.name().equals(name)).findFirst();
  }

  /**
   * A short report: one line per rule ({@code fires}, {@code does not fire} or {@code disabled}),
   * and under each rule that does not fire, its checks as {@link MatchExplanation#toString()} shows
   * them.
   */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder();
    for (Outcome o : outcomes) {
      if (out.length() > 0) {
        out.append('\n');
      }
      out.append(o.name()).append(": ");
      if (o.fired()) {
        out.append("fires");
        continue;
      }
      if (o.disabled()) {
        out.append("disabled (its pattern ")
            .append(o.explanation().matched() ? "matches" : "does not match")
            .append(')');
        continue;
      }
      out.append("does not fire");
      String detail = o.explanation().toString();
      int firstLine = detail.indexOf('\n');
      if (firstLine >= 0) {
        out.append(detail.substring(firstLine).replace("\n", "\n  "));
      }
    }
    return out.toString();
  }
}
