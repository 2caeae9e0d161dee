package io.github.cognitoevents.model.cloudtrail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cognitoevents.model.internal.Copies;
import io.github.cognitoevents.model.internal.FieldReader;
import io.github.cognitoevents.model.internal.JsonObjectWriter;
import java.util.Map;

/**
 * Threat protection settings of a user pool ({@code UserPoolAddOnsType}).
 *
 * @param advancedSecurityMode JSON member {@code advancedSecurityMode}
 * @param advancedSecurityAdditionalFlows JSON member {@code advancedSecurityAdditionalFlows}
 * @param unknownFields members not modelled above, explicit JSON nulls and values kept in their
 *     original JSON form; written back unchanged by {@link #toJson()}
 */
public record UserPoolAddOns(
    String advancedSecurityMode,
    JsonNode advancedSecurityAdditionalFlows,
    Map<String, JsonNode> unknownFields) {

  /** Creates the record, copying collections so that it is immutable. */
  public UserPoolAddOns {
    advancedSecurityAdditionalFlows = Copies.tree(advancedSecurityAdditionalFlows);
    unknownFields = Copies.trees(unknownFields);
  }

  static UserPoolAddOns read(JsonNode json, String pointer) {
    FieldReader r = FieldReader.of(json, pointer);
    return new UserPoolAddOns(
        r.string("advancedSecurityMode"), r.tree("advancedSecurityAdditionalFlows"), r.unknown());
  }

  /**
   * This value as JSON, in the form it was read (unknown fields included).
   *
   * @return a new JSON object
   */
  public ObjectNode toJson() {
    return JsonObjectWriter.create()
        .string("advancedSecurityMode", advancedSecurityMode)
        .tree("advancedSecurityAdditionalFlows", advancedSecurityAdditionalFlows)
        .finish(unknownFields);
  }

  /**
   * JSON member {@code advancedSecurityAdditionalFlows}, kept as a tree.
   *
   * @return a copy of the value, or {@code null} when absent
   */
  public JsonNode advancedSecurityAdditionalFlows() {
    return Copies.tree(advancedSecurityAdditionalFlows);
  }

  /**
   * The members kept verbatim (see the class description).
   *
   * @return an immutable map of copies
   */
  public Map<String, JsonNode> unknownFields() {
    return Copies.trees(unknownFields);
  }

  /**
   * {@code advancedSecurityMode} as an enum.
   *
   * @return the constant, {@link AdvancedSecurityMode#UNKNOWN} for a value this library does not
   *     know, or {@code null} when absent
   */
  public AdvancedSecurityMode advancedSecurityModeEnum() {
    return advancedSecurityMode == null
        ? null
        : AdvancedSecurityMode.fromValue(advancedSecurityMode);
  }
}
