package io.github.cognitoevents.model.trigger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cognitoevents.model.internal.codec.Frozen;
import io.github.cognitoevents.model.internal.codec.Kinds;
import io.github.cognitoevents.model.internal.codec.RecordCodec;
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
    unknownFields = Frozen.unknown(unknownFields);
  }

  static final RecordCodec<ChallengeResult> CODEC =
      RecordCodec.builder(ChallengeResult.class)
          .field("challengeName", Kinds.STRING, ChallengeResult::challengeName)
          .field("challengeResult", Kinds.BOOLEAN, ChallengeResult::challengeResult)
          .field("challengeMetadata", Kinds.STRING, ChallengeResult::challengeMetadata)
          .unknownFields(ChallengeResult::unknownFields)
          .build(v -> new ChallengeResult(v.get(0), v.get(1), v.get(2), v.unknown()));

  @Override
  public String toString() {
    return CODEC.toString(this);
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

  /**
   * This result as JSON.
   *
   * @return a new object node
   */
  public ObjectNode toJson() {
    return CODEC.toJson(this);
  }
}
