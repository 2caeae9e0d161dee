package io.github.cognitoevents.model.cloudtrail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cognitoevents.model.internal.Copies;
import io.github.cognitoevents.model.internal.FieldReader;
import io.github.cognitoevents.model.internal.JsonObjectWriter;
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
    unknownFields = Copies.trees(unknownFields);
  }

  static SessionContext read(JsonNode json, String pointer) {
    FieldReader r = FieldReader.of(json, pointer);
    return new SessionContext(
        r.object("sessionIssuer", SessionIssuer::read),
        r.object("webIdFederationData", WebIdFederationData::read),
        r.object("attributes", SessionAttributes::read),
        r.string("sourceIdentity"),
        r.string("ec2RoleDelivery"),
        r.text("assumedRoot"),
        r.unknown());
  }

  /**
   * This value as JSON, in the form it was read (unknown fields included).
   *
   * @return a new JSON object
   */
  public ObjectNode toJson() {
    return JsonObjectWriter.create()
        .object("sessionIssuer", sessionIssuer, SessionIssuer::toJson)
        .object("webIdFederationData", webIdFederationData, WebIdFederationData::toJson)
        .object("attributes", attributes, SessionAttributes::toJson)
        .string("sourceIdentity", sourceIdentity)
        .string("ec2RoleDelivery", ec2RoleDelivery)
        .string("assumedRoot", assumedRoot)
        .finish(unknownFields);
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
