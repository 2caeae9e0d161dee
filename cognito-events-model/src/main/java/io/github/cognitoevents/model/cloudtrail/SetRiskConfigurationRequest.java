package io.github.cognitoevents.model.cloudtrail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cognitoevents.model.internal.Copies;
import io.github.cognitoevents.model.internal.FieldReader;
import io.github.cognitoevents.model.internal.JsonObjectWriter;
import java.util.Map;

/**
 * The {@code requestParameters} of {@code SetRiskConfiguration}.
 *
 * @param userPoolId JSON member {@code userPoolId}
 * @param clientId JSON member {@code clientId}
 * @param compromisedCredentialsRiskConfiguration JSON member {@code
 *     compromisedCredentialsRiskConfiguration}
 * @param accountTakeoverRiskConfiguration JSON member {@code accountTakeoverRiskConfiguration}
 * @param riskExceptionConfiguration JSON member {@code riskExceptionConfiguration}
 * @param unknownFields members not modelled above, explicit JSON nulls and values kept in their
 *     original JSON form; written back unchanged by {@link #toJson()}
 */
public record SetRiskConfigurationRequest(
    String userPoolId,
    String clientId,
    JsonNode compromisedCredentialsRiskConfiguration,
    JsonNode accountTakeoverRiskConfiguration,
    RiskExceptionConfiguration riskExceptionConfiguration,
    Map<String, JsonNode> unknownFields)
    implements RequestParameters {

  /** Creates the record, copying collections so that it is immutable. */
  public SetRiskConfigurationRequest {
    compromisedCredentialsRiskConfiguration = Copies.tree(compromisedCredentialsRiskConfiguration);
    accountTakeoverRiskConfiguration = Copies.tree(accountTakeoverRiskConfiguration);
    unknownFields = Copies.trees(unknownFields);
  }

  static SetRiskConfigurationRequest read(JsonNode json, String pointer) {
    return read(FieldReader.of(json, pointer));
  }

  /** Reads the members of this shape from {@code r}; the members nobody read are unknown. */
  static SetRiskConfigurationRequest read(FieldReader r) {
    return new SetRiskConfigurationRequest(
        r.string("userPoolId"),
        r.string("clientId"),
        r.tree("compromisedCredentialsRiskConfiguration"),
        r.tree("accountTakeoverRiskConfiguration"),
        r.object("riskExceptionConfiguration", RiskExceptionConfiguration::read),
        r.unknown());
  }

  /**
   * This value as JSON, in the form it was read (unknown fields included).
   *
   * @return a new JSON object
   */
  @Override
  public ObjectNode toJson() {
    return writeMembers(JsonObjectWriter.create()).finish(unknownFields);
  }

  /**
   * Writes the members of this shape (not the unknown fields) to {@code w}; {@link
   * RiskConfiguration} adds to them.
   */
  JsonObjectWriter writeMembers(JsonObjectWriter w) {
    return w.string("userPoolId", userPoolId)
        .string("clientId", clientId)
        .tree("compromisedCredentialsRiskConfiguration", compromisedCredentialsRiskConfiguration)
        .tree("accountTakeoverRiskConfiguration", accountTakeoverRiskConfiguration)
        .object(
            "riskExceptionConfiguration",
            riskExceptionConfiguration,
            RiskExceptionConfiguration::toJson);
  }

  /**
   * JSON member {@code compromisedCredentialsRiskConfiguration}, kept as a tree.
   *
   * @return a copy of the value, or {@code null} when absent
   */
  public JsonNode compromisedCredentialsRiskConfiguration() {
    return Copies.tree(compromisedCredentialsRiskConfiguration);
  }

  /**
   * JSON member {@code accountTakeoverRiskConfiguration}, kept as a tree.
   *
   * @return a copy of the value, or {@code null} when absent
   */
  public JsonNode accountTakeoverRiskConfiguration() {
    return Copies.tree(accountTakeoverRiskConfiguration);
  }

  /**
   * The members kept verbatim (see the class description).
   *
   * @return an immutable map of copies
   */
  public Map<String, JsonNode> unknownFields() {
    return Copies.trees(unknownFields);
  }
}
