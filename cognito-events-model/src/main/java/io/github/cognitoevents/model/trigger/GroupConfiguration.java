package io.github.cognitoevents.model.trigger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cognitoevents.model.internal.Copies;
import io.github.cognitoevents.model.internal.JsonCursor;
import io.github.cognitoevents.model.internal.JsonObjectWriter;
import java.util.List;
import java.util.Map;

/**
 * Groups and IAM roles of a user: {@code request.groupConfiguration} of a pre-token-generation
 * event, and the {@code groupOverrideDetails} of its response (which replaces {@code
 * cognito:groups}, {@code cognito:roles} and {@code cognito:preferred_role} in the tokens).
 *
 * <pre>{@code
 * GroupConfiguration.of(List.of("admins"), List.of(), null);
 * }</pre>
 *
 * @param groupsToOverride group names; may be null
 * @param iamRolesToOverride IAM role ARNs; may be null
 * @param preferredRole the preferred role ARN; may be null
 * @param unknownFields members not modelled, kept verbatim (see {@link TriggerHeader})
 */
public record GroupConfiguration(
    List<String> groupsToOverride,
    List<String> iamRolesToOverride,
    String preferredRole,
    Map<String, JsonNode> unknownFields) {

  /** Copies the lists and the unknown fields. */
  public GroupConfiguration {
    groupsToOverride = Copies.list(groupsToOverride);
    iamRolesToOverride = Copies.list(iamRolesToOverride);
    unknownFields = Copies.mapOrEmpty(unknownFields);
  }

  /**
   * A configuration without unknown fields.
   *
   * @param groupsToOverride group names, may be null
   * @param iamRolesToOverride role ARNs, may be null
   * @param preferredRole preferred role ARN, may be null
   * @return the configuration
   */
  public static GroupConfiguration of(
      List<String> groupsToOverride, List<String> iamRolesToOverride, String preferredRole) {
    return new GroupConfiguration(groupsToOverride, iamRolesToOverride, preferredRole, Map.of());
  }

  static GroupConfiguration read(JsonCursor c) {
    List<String> groupsToOverride = null;
    List<String> iamRolesToOverride = null;
    String preferredRole = null;
    while (c.next()) {
      switch (c.name()) {
        case "groupsToOverride" -> groupsToOverride = c.stringList();
        case "iamRolesToOverride" -> iamRolesToOverride = c.stringList();
        case "preferredRole" -> preferredRole = c.string();
        default -> c.keep();
      }
    }
    return new GroupConfiguration(groupsToOverride, iamRolesToOverride, preferredRole, c.rest());
  }

  /**
   * This configuration as JSON.
   *
   * @return a new object node
   */
  public ObjectNode toJson() {
    return JsonObjectWriter.create(unknownFields)
        .stringList("groupsToOverride", groupsToOverride)
        .stringList("iamRolesToOverride", iamRolesToOverride)
        .string("preferredRole", preferredRole)
        .finish();
  }
}
