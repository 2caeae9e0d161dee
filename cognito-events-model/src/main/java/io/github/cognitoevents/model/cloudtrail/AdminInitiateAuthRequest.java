package io.github.cognitoevents.model.cloudtrail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cognitoevents.model.internal.Copies;
import io.github.cognitoevents.model.internal.FieldReader;
import io.github.cognitoevents.model.internal.JsonObjectWriter;
import io.github.cognitoevents.model.internal.JsonSupport;
import io.github.cognitoevents.model.internal.JsonValues;
import io.github.cognitoevents.model.internal.Redactables;
import io.github.cognitoevents.model.internal.Redaction;
import java.util.Map;

/**
 * The {@code requestParameters} of {@code AdminInitiateAuth}. {@code toString()} masks the
 * authentication parameters and the session.
 *
 * @param userPoolId JSON member {@code userPoolId}
 * @param clientId JSON member {@code clientId}
 * @param authFlow JSON member {@code authFlow}
 * @param authParameters JSON member {@code authParameters}
 * @param clientMetadata JSON member {@code clientMetadata}
 * @param analyticsMetadata JSON member {@code analyticsMetadata}
 * @param contextData JSON member {@code contextData}
 * @param session JSON member {@code session}
 * @param unknownFields members not modelled above, explicit JSON nulls and values kept in their
 *     original JSON form; written back unchanged by {@link #toJson()}
 */
public record AdminInitiateAuthRequest(
    String userPoolId,
    String clientId,
    String authFlow,
    Redactable<Map<String, String>> authParameters,
    Redactable<Map<String, String>> clientMetadata,
    JsonNode analyticsMetadata,
    JsonNode contextData,
    Redactable<String> session,
    Map<String, JsonNode> unknownFields)
    implements RequestParameters {

  /** Creates the record, copying collections so that it is immutable. */
  public AdminInitiateAuthRequest {
    analyticsMetadata = Copies.tree(analyticsMetadata);
    contextData = Copies.tree(contextData);
    unknownFields = Copies.trees(unknownFields);
  }

  static AdminInitiateAuthRequest read(JsonNode json, String pointer) {
    FieldReader r = FieldReader.of(json, pointer);
    return new AdminInitiateAuthRequest(
        r.string("userPoolId"),
        r.string("clientId"),
        r.string("authFlow"),
        r.redactable("authParameters", (n, p) -> FieldReader.of(n, p).stringMap()),
        r.redactable("clientMetadata", (n, p) -> FieldReader.of(n, p).stringMap()),
        r.tree("analyticsMetadata"),
        r.tree("contextData"),
        r.redactable("session", (n, p) -> JsonSupport.text(n, p, "session")),
        r.unknown());
  }

  /**
   * This value as JSON, in the form it was read (unknown fields included).
   *
   * @return a new JSON object
   */
  @Override
  public ObjectNode toJson() {
    return JsonObjectWriter.create()
        .string("userPoolId", userPoolId)
        .string("clientId", clientId)
        .string("authFlow", authFlow)
        .object(
            "authParameters", authParameters, x -> Redactables.write(x, JsonValues::ofStringMap))
        .object(
            "clientMetadata", clientMetadata, x -> Redactables.write(x, JsonValues::ofStringMap))
        .tree("analyticsMetadata", analyticsMetadata)
        .tree("contextData", contextData)
        .object("session", session, x -> Redactables.write(x, JsonSupport.NODES::textNode))
        .finish(unknownFields);
  }

  /**
   * JSON member {@code analyticsMetadata}, kept as a tree.
   *
   * @return a copy of the value, or {@code null} when absent
   */
  public JsonNode analyticsMetadata() {
    return Copies.tree(analyticsMetadata);
  }

  /**
   * JSON member {@code contextData}, kept as a tree.
   *
   * @return a copy of the value, or {@code null} when absent
   */
  public JsonNode contextData() {
    return Copies.tree(contextData);
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
   * {@code authFlow} as an enum.
   *
   * @return the constant, {@link AuthFlow#UNKNOWN} for a value this library does not know, or
   *     {@code null} when absent
   */
  public AuthFlow authFlowEnum() {
    return authFlow == null ? null : AuthFlow.fromValue(authFlow);
  }

  /** Like the default record {@code toString()}, with secrets masked. */
  @Override
  public String toString() {
    return Redaction.of("AdminInitiateAuthRequest")
        .field("userPoolId", userPoolId)
        .field("clientId", clientId)
        .field("authFlow", authFlow)
        .secret("authParameters", authParameters)
        .field("clientMetadata", clientMetadata)
        .field("analyticsMetadata", analyticsMetadata)
        .secret("contextData", contextData)
        .secret("session", session)
        .field("unknownFields", unknownFields.keySet())
        .toString();
  }
}
