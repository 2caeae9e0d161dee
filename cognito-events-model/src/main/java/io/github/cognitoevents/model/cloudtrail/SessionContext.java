package io.github.cognitoevents.model.cloudtrail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cognitoevents.model.internal.codec.Frozen;
import io.github.cognitoevents.model.internal.codec.Kinds;
import io.github.cognitoevents.model.internal.codec.RecordCodec;
import java.util.Map;

/**
 * The session of temporary credentials ({@code userIdentity.sessionContext}).
 *
 * @param sessionIssuer JSON member {@code sessionIssuer}
 * @param webIdFederationData JSON member {@code webIdFederationData}
 * @param attributes JSON member {@code attributes}
 * @param sourceIdentity JSON member {@code sourceIdentity}
 * @param ec2RoleDelivery JSON member {@code ec2RoleDelivery}
 * @param assumedRoot JSON member {@code assumedRoot}
 * @param unknownFields members not modelled above, explicit JSON nulls and values kept in their
 *     original JSON form; written back unchanged by {@link #toJson()}
 */
public record SessionContext(
    SessionIssuer sessionIssuer,
    WebIdFederationData webIdFederationData,
    SessionAttributes attributes,
    String sourceIdentity,
    String ec2RoleDelivery,
    String assumedRoot,
    Map<String, JsonNode> unknownFields) {

  /** Creates the record, copying collections so that it is immutable. */
  public SessionContext {
    unknownFields = Frozen.unknown(unknownFields);
  }

  static final RecordCodec<SessionContext> CODEC =
      RecordCodec.builder(SessionContext.class)
          .field(
              "sessionIssuer",
              Kinds.record(() -> SessionIssuer.CODEC),
              SessionContext::sessionIssuer)
          .field(
              "webIdFederationData",
              Kinds.record(() -> WebIdFederationData.CODEC),
              SessionContext::webIdFederationData)
          .field(
              "attributes", Kinds.record(() -> SessionAttributes.CODEC), SessionContext::attributes)
          .field("sourceIdentity", Kinds.STRING, SessionContext::sourceIdentity)
          .field("ec2RoleDelivery", Kinds.STRING, SessionContext::ec2RoleDelivery)
          .field("assumedRoot", Kinds.STRING, SessionContext::assumedRoot)
          .unknownFields(SessionContext::unknownFields)
          .build(
              v ->
                  new SessionContext(
                      v.get(0), v.get(1), v.get(2), v.get(3), v.get(4), v.get(5), v.unknown()));

  @Override
  public String toString() {
    return CODEC.toString(this);
  }

  /**
   * This value as JSON, in the form it was read (unknown fields included).
   *
   * @return a new JSON object
   */
  public ObjectNode toJson() {
    return CODEC.toJson(this);
  }
}
