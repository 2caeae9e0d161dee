package io.github.cognitoevents.patterntest;

import java.util.Objects;

/**
 * Where a {@link Rule} was read from: a template file and the logical id of its {@code
 * AWS::Events::Rule} resource.
 *
 * @param template the template as it was given (a path or a name)
 * @param logicalId the resource's logical id
 */
public record RuleSource(String template, String logicalId) {

  /** Checks the components. */
  public RuleSource {
    Objects.requireNonNull(template, "template");
    Objects.requireNonNull(logicalId, "logicalId");
  }

  /** For example {@code listener.yaml#ClientChangesRule}. */
  @Override
  public String toString() {
    return template + "#" + logicalId;
  }
}
