package io.github.cognitoevents.model.cloudtrail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cognitoevents.model.internal.Copies;
import io.github.cognitoevents.model.internal.FieldReader;
import io.github.cognitoevents.model.internal.JsonObjectWriter;
import java.util.Map;

/**
 * Threat-protection settings ({@code RiskConfigurationType}).
 *
 * @param userPoolId JSON member {@code userPoolId}
 * @param clientId JSON member {@code clientId}
 * @param compromisedCredentialsRiskConfiguration JSON member {@code
 *     compromisedCredentialsRiskConfiguration}
 * @param accountTakeoverRiskConfiguration JSON member {@code accountTakeoverRiskConfiguration}
 * @param riskExceptionConfiguration JSON member {@code riskExceptionConfiguration}
 * @param lastModifiedDate JSON member {@code lastModifiedDate}
 * @param unknownFields members not modelled above, explicit JSON nulls and values kept in their
 *     original JSON form; written back unchanged by {@link #toJson()}
 */
public record RiskConfiguration(
    String userPoolId,
    String clientId,
    JsonNode compromisedCredentialsRiskConfiguration,
    JsonNode accountTakeoverRiskConfiguration,
    RiskExceptionConfiguration riskExceptionConfiguration,
    String lastModifiedDate,
    Map<String, JsonNode> unknownFields) {

  /** Creates the record, copying collections so that it is immutable. */
  public RiskConfiguration {
    compromisedCredentialsRiskConfiguration = Copies.tree(compromisedCredentialsRiskConfiguration);
    accountTakeoverRiskConfiguration = Copies.tree(accountTakeoverRiskConfiguration);
    unknownFields = Copies.trees(unknownFields);
  }

  static RiskConfiguration read(JsonNode json, String pointer) {
    FieldReader r = FieldReader.of(json, pointer);
    String lastModifiedDate = r.text("lastModifiedDate");
    SetRiskConfigurationRequest c = SetRiskConfigurationRequest.read(r);
    return new RiskConfiguration(
        c.userPoolId(),
        c.clientId(),
        c.compromisedCredentialsRiskConfiguration(),
        c.accountTakeoverRiskConfiguration(),
        c.riskExceptionConfiguration(),
        lastModifiedDate,
        c.unknownFields());
  }

  /**
   * This value as JSON, in the form it was read (unknown fields included).
   *
   * @return a new JSON object
   */
  public ObjectNode toJson() {
    SetRiskConfigurationRequest c =
        new SetRiskConfigurationRequest(
            userPoolId,
            clientId,
            compromisedCredentialsRiskConfiguration,
            accountTakeoverRiskConfiguration,
            riskExceptionConfiguration,
            null);
    return c.writeMembers(JsonObjectWriter.create())
        .string("lastModifiedDate", lastModifiedDate)
        .finish(unknownFields);
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
