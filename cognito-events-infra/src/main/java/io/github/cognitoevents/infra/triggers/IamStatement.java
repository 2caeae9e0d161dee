package io.github.cognitoevents.infra.triggers;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cognitoevents.infra.CfnValue;
import java.util.List;
import java.util.Objects;

/**
 * A permission the wiring needs, and who needs it.
 *
 * @param grantee who needs it
 * @param function for {@link Grantee#FUNCTION}: the function whose execution role needs it
 * @param actions the IAM actions
 * @param resource the resource ARN
 */
public record IamStatement(
    IamStatement.Grantee grantee, String function, List<String> actions, CfnValue resource) {

  /** Who needs a permission. */
  public enum Grantee {
    /**
     * Whoever creates or updates the user pool: CloudFormation's role, or the principal that runs
     * {@link ExistingPoolTriggers}.
     */
    DEPLOYER,
    /** A trigger function's execution role. */
    FUNCTION
  }

  /** Copies the actions. */
  public IamStatement {
    Objects.requireNonNull(grantee, "grantee");
    actions = List.copyOf(actions);
    Objects.requireNonNull(resource, "resource");
  }

  /**
   * The statement in an IAM policy document.
   *
   * @return a new {@code {"Effect": "Allow", "Action": [...], "Resource": ...}} object
   */
  public ObjectNode toJson() {
    ObjectNode s = JsonNodeFactory.instance.objectNode().put("Effect", "Allow");
    actions.forEach(s.putArray("Action")::add);
    s.set("Resource", resource.toJson());
    return s;
  }
}
