package io.github.cognitoevents.model.trigger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cognitoevents.model.internal.Copies;
import io.github.cognitoevents.model.internal.JsonCursor;
import io.github.cognitoevents.model.internal.JsonObjectWriter;
import java.util.Map;

/**
 * One element of a custom-authentication {@code session}: a challenge already presented and whether
 * the user answered it.
 *
 * @param challengeName the raw challenge name; see {@link #challenge()}
 * @param challengeResult whether the answer was correct
 * @param challengeMetadata the metadata set by CreateAuthChallenge; may be null
 * @param unknownFields members not modelled, kept verbatim (see {@link TriggerHeader})
 */
public record ChallengeResult(
    String challengeName,
    Boolean challengeResult,
    String challengeMetadata,
    Map<String, JsonNode> unknownFields) {

  /** Copies the unknown fields. */
  public ChallengeResult {
    unknownFields = Copies.mapOrEmpty(unknownFields);
  }

  /**
   * A result without metadata or unknown fields.
   *
   * @param challengeName the challenge name
   * @param challengeResult whether the answer was correct
   * @return the result
   */
  public static ChallengeResult of(String challengeName, boolean challengeResult) {
    return new ChallengeResult(challengeName, challengeResult, null, Map.of());
  }

  /**
   * The typed challenge name.
   *
   * @return the constant, {@link ChallengeName#UNKNOWN} when undocumented
   */
  public ChallengeName challenge() {
    return ChallengeName.of(challengeName);
  }

  static ChallengeResult read(JsonCursor c) {
    String challengeName = null;
    Boolean challengeResult = null;
    String challengeMetadata = null;
    while (c.next()) {
      switch (c.name()) {
        case "challengeName" -> challengeName = c.string();
        case "challengeResult" -> challengeResult = c.bool();
        case "challengeMetadata" -> challengeMetadata = c.string();
        default -> c.keep();
      }
    }
    return new ChallengeResult(challengeName, challengeResult, challengeMetadata, c.rest());
  }

  /**
   * This result as JSON.
   *
   * @return a new object node
   */
  public ObjectNode toJson() {
    return JsonObjectWriter.create(unknownFields)
        .string("challengeName", challengeName)
        .bool("challengeResult", challengeResult)
        .string("challengeMetadata", challengeMetadata)
        .finish();
  }
}
