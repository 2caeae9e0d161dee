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
 * The {@code requestParameters} of {@code AdminRespondToAuthChallenge}. {@code toString()} masks
 * the challenge responses and the session.
 *
 * @param userPoolId JSON member {@code userPoolId}
 * @param clientId JSON member {@code clientId}
 * @param challengeName JSON member {@code challengeName}
 * @param challengeResponses JSON member {@code challengeResponses}
 * @param session JSON member {@code session}
 * @param analyticsMetadata JSON member {@code analyticsMetadata}
 * @param contextData JSON member {@code contextData}
 * @param clientMetadata JSON member {@code clientMetadata}
 * @param unknownFields members not modelled above, explicit JSON nulls and values kept in their
 *     original JSON form; written back unchanged by {@link #toJson()}
 */
public record AdminRespondToAuthChallengeRequest(
    String userPoolId,
    String clientId,
    String challengeName,
    Redactable<Map<String, String>> challengeResponses,
    Redactable<String> session,
    JsonNode analyticsMetadata,
    JsonNode contextData,
    Redactable<Map<String, String>> clientMetadata,
    Map<String, JsonNode> unknownFields)
    implements RequestParameters {

  /** Creates the record, copying collections so that it is immutable. */
  public AdminRespondToAuthChallengeRequest {
    analyticsMetadata = Copies.tree(analyticsMetadata);
    contextData = Copies.tree(contextData);
    unknownFields = Copies.trees(unknownFields);
  }

  static AdminRespondToAuthChallengeRequest read(JsonNode json, String pointer) {
    FieldReader r = FieldReader.of(json, pointer);
    return new AdminRespondToAuthChallengeRequest(
        r.string("userPoolId"),
        r.string("clientId"),
        r.string("challengeName"),
        r.redactable("challengeResponses", (n, p) -> FieldReader.of(n, p).stringMap()),
        r.redactable("session", (n, p) -> JsonSupport.text(n, p, "session")),
        r.tree("analyticsMetadata"),
        r.tree("contextData"),
        r.redactable("clientMetadata", (n, p) -> FieldReader.of(n, p).stringMap()),
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
        .string("challengeName", challengeName)
        .object(
            "challengeResponses",
            challengeResponses,
            x -> Redactables.write(x, JsonValues::ofStringMap))
        .object("session", session, x -> Redactables.write(x, JsonSupport.NODES::textNode))
        .tree("analyticsMetadata", analyticsMetadata)
        .tree("contextData", contextData)
        .object(
            "clientMetadata", clientMetadata, x -> Redactables.write(x, JsonValues::ofStringMap))
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
   * {@code challengeName} as an enum.
   *
   * @return the constant, {@link ChallengeName#UNKNOWN} for a value this library does not know, or
   *     {@code null} when absent
   */
  public ChallengeName challengeNameEnum() {
    return challengeName == null ? null : ChallengeName.fromValue(challengeName);
  }

  /** Like the default record {@code toString()}, with secrets masked. */
  @Override
  public String toString() {
    return Redaction.of("AdminRespondToAuthChallengeRequest")
        .field("userPoolId", userPoolId)
        .field("clientId", clientId)
        .field("challengeName", challengeName)
        .secret("challengeResponses", challengeResponses)
        .secret("session", session)
        .field("analyticsMetadata", analyticsMetadata)
        .secret("contextData", contextData)
        .field("clientMetadata", clientMetadata)
        .field("unknownFields", unknownFields.keySet())
        .toString();
  }
}
