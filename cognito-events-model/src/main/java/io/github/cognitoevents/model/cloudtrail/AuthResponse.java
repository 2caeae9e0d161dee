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
import java.util.List;
import java.util.Map;

/**
 * The {@code responseElements} of {@code AdminInitiateAuth} and {@code
 * AdminRespondToAuthChallenge}: a next challenge or the tokens. {@code toString()} masks the
 * session.
 *
 * @param challengeName JSON member {@code challengeName}
 * @param session JSON member {@code session}
 * @param challengeParameters JSON member {@code challengeParameters}
 * @param authenticationResult JSON member {@code authenticationResult}
 * @param availableChallenges JSON member {@code availableChallenges}
 * @param unknownFields members not modelled above, explicit JSON nulls and values kept in their
 *     original JSON form; written back unchanged by {@link #toJson()}
 */
public record AuthResponse(
    String challengeName,
    Redactable<String> session,
    Redactable<Map<String, String>> challengeParameters,
    AuthenticationResult authenticationResult,
    List<String> availableChallenges,
    Map<String, JsonNode> unknownFields)
    implements ResponseElements {

  /** Creates the record, copying collections so that it is immutable. */
  public AuthResponse {
    availableChallenges = Copies.nonNullList(availableChallenges);
    unknownFields = Copies.trees(unknownFields);
  }

  static AuthResponse read(JsonNode json, String pointer) {
    FieldReader r = FieldReader.of(json, pointer);
    return new AuthResponse(
        r.string("challengeName"),
        r.redactable("session", (n, p) -> JsonSupport.text(n, p, "session")),
        r.redactable("challengeParameters", (n, p) -> FieldReader.of(n, p).stringMap()),
        r.object("authenticationResult", AuthenticationResult::read),
        r.strings("availableChallenges"),
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
        .string("challengeName", challengeName)
        .object("session", session, x -> Redactables.write(x, JsonSupport.NODES::textNode))
        .object(
            "challengeParameters",
            challengeParameters,
            x -> Redactables.write(x, JsonValues::ofStringMap))
        .object("authenticationResult", authenticationResult, AuthenticationResult::toJson)
        .stringList("availableChallenges", availableChallenges)
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
    return Redaction.of("AuthResponse")
        .field("challengeName", challengeName)
        .secret("session", session)
        .field("challengeParameters", challengeParameters)
        .field("authenticationResult", authenticationResult)
        .field("availableChallenges", availableChallenges)
        .field("unknownFields", unknownFields.keySet())
        .toString();
  }
}
