package io.github.cognitoevents.model.trigger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cognitoevents.model.internal.codec.Frozen;
import io.github.cognitoevents.model.internal.codec.Kinds;
import io.github.cognitoevents.model.internal.codec.RecordCodec;
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
    groupsToOverride = Frozen.of(groupsToOverride);
    iamRolesToOverride = Frozen.of(iamRolesToOverride);
    unknownFields = Frozen.unknown(unknownFields);
  }

  static final RecordCodec<GroupConfiguration> CODEC =
      RecordCodec.builder(GroupConfiguration.class)
          .field("groupsToOverride", Kinds.list(Kinds.STRING), GroupConfiguration::groupsToOverride)
          .field(
              "iamRolesToOverride",
              Kinds.list(Kinds.STRING),
              GroupConfiguration::iamRolesToOverride)
          .field("preferredRole", Kinds.STRING, GroupConfiguration::preferredRole)
          .unknownFields(GroupConfiguration::unknownFields)
          .build(v -> new GroupConfiguration(v.get(0), v.get(1), v.get(2), v.unknown()));

  @Override
  public String toString() {
    return CODEC.toString(this);
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

  /**
   * This configuration as JSON.
   *
   * @return a new object node
   */
  public ObjectNode toJson() {
    return CODEC.toJson(this);
  }
}
