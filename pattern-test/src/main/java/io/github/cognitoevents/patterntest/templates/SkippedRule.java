package io.github.cognitoevents.patterntest.templates;

import io.github.cognitoevents.patterntest.RuleSource;
import java.util.Objects;

/**
 * A rule of a template that receives no events, so it is listed and left out of the rule set: a
 * disabled rule, a schedule rule without an event pattern, or a rule whose resource condition is
 * false for the given parameters.
 *
 * @param source the template and the rule's logical id
 * @param rule the rule's name
 * @param reason why it is skipped, for example {@code disabled}
 */
public record SkippedRule(RuleSource source, String rule, String reason) {

  /** Checks the components. */
  public SkippedRule {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(reason, "reason");
  }

  /** For example {@code rule OldRule (listener.yaml#OldRule): disabled}. */
  @Override
  public String toString() {
    return "rule " + rule + " (" + source + "): " + reason;
  }
}
