package io.github.cognitoevents.patterntest.templates;

import io.github.cognitoevents.patterntest.RuleSource;
import java.util.Objects;

/**
 * Why a rule of a template could not be read: an intrinsic function that cannot be resolved without
 * guessing, an event pattern EventBridge would reject, a state that is not one. The rule is left
 * out of {@link TemplateRules#rules()}.
 *
 * @param source the template and the rule's logical id
 * @param rule the rule's name
 * @param path where in the resource, for example {@code
 *     Properties.EventPattern.detail.requestParameters.userPoolId[0]}
 * @param message what is wrong, for example {@code Fn::ImportValue cannot be resolved}
 */
public record TemplateProblem(RuleSource source, String rule, String path, String message) {

  /** Checks the components. */
  public TemplateProblem {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(message, "message");
  }

  /**
   * For example {@code rule ClientChanges (listener.yaml#ClientChangesRule) at Properties.State:
   * ...}.
   */
  @Override
  public String toString() {
    return "rule " + rule + " (" + source + ") at " + path + ": " + message;
  }
}
