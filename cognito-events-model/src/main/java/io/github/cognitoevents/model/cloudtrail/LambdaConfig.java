package io.github.cognitoevents.model.cloudtrail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cognitoevents.model.internal.Copies;
import io.github.cognitoevents.model.internal.FieldReader;
import io.github.cognitoevents.model.internal.JsonObjectWriter;
import java.util.Map;

/**
 * The Lambda triggers of a user pool ({@code LambdaConfigType}): each member is a function ARN,
 * except the versioned ones, which are kept as JSON.
 *
 * @param preSignUp JSON member {@code preSignUp}
 * @param customMessage JSON member {@code customMessage}
 * @param postConfirmation JSON member {@code postConfirmation}
 * @param preAuthentication JSON member {@code preAuthentication}
 * @param postAuthentication JSON member {@code postAuthentication}
 * @param defineAuthChallenge JSON member {@code defineAuthChallenge}
 * @param createAuthChallenge JSON member {@code createAuthChallenge}
 * @param verifyAuthChallengeResponse JSON member {@code verifyAuthChallengeResponse}
 * @param preTokenGeneration JSON member {@code preTokenGeneration}
 * @param userMigration JSON member {@code userMigration}
 * @param preTokenGenerationConfig JSON member {@code preTokenGenerationConfig}
 * @param customSMSSender JSON member {@code customSMSSender}
 * @param customEmailSender JSON member {@code customEmailSender}
 * @param kmsKeyId JSON member {@code kMSKeyID}
 * @param inboundFederation JSON member {@code inboundFederation}
 * @param unknownFields members not modelled above, explicit JSON nulls and values kept in their
 *     original JSON form; written back unchanged by {@link #toJson()}
 */
public record LambdaConfig(
    String preSignUp,
    String customMessage,
    String postConfirmation,
    String preAuthentication,
    String postAuthentication,
    String defineAuthChallenge,
    String createAuthChallenge,
    String verifyAuthChallengeResponse,
    String preTokenGeneration,
    String userMigration,
    JsonNode preTokenGenerationConfig,
    JsonNode customSMSSender,
    JsonNode customEmailSender,
    String kmsKeyId,
    JsonNode inboundFederation,
    Map<String, JsonNode> unknownFields) {

  /** Creates the record, copying collections so that it is immutable. */
  public LambdaConfig {
    preTokenGenerationConfig = Copies.tree(preTokenGenerationConfig);
    customSMSSender = Copies.tree(customSMSSender);
    customEmailSender = Copies.tree(customEmailSender);
    inboundFederation = Copies.tree(inboundFederation);
    unknownFields = Copies.trees(unknownFields);
  }

  static LambdaConfig read(JsonNode json, String pointer) {
    FieldReader r = FieldReader.of(json, pointer);
    return new LambdaConfig(
        r.string("preSignUp"),
        r.string("customMessage"),
        r.string("postConfirmation"),
        r.string("preAuthentication"),
        r.string("postAuthentication"),
        r.string("defineAuthChallenge"),
        r.string("createAuthChallenge"),
        r.string("verifyAuthChallengeResponse"),
        r.string("preTokenGeneration"),
        r.string("userMigration"),
        r.tree("preTokenGenerationConfig"),
        r.tree("customSMSSender"),
        r.tree("customEmailSender"),
        r.string("kMSKeyID"),
        r.tree("inboundFederation"),
        r.unknown());
  }

  /**
   * This value as JSON, in the form it was read (unknown fields included).
   *
   * @return a new JSON object
   */
  public ObjectNode toJson() {
    return JsonObjectWriter.create()
        .string("preSignUp", preSignUp)
        .string("customMessage", customMessage)
        .string("postConfirmation", postConfirmation)
        .string("preAuthentication", preAuthentication)
        .string("postAuthentication", postAuthentication)
        .string("defineAuthChallenge", defineAuthChallenge)
        .string("createAuthChallenge", createAuthChallenge)
        .string("verifyAuthChallengeResponse", verifyAuthChallengeResponse)
        .string("preTokenGeneration", preTokenGeneration)
        .string("userMigration", userMigration)
        .tree("preTokenGenerationConfig", preTokenGenerationConfig)
        .tree("customSMSSender", customSMSSender)
        .tree("customEmailSender", customEmailSender)
        .string("kMSKeyID", kmsKeyId)
        .tree("inboundFederation", inboundFederation)
        .finish(unknownFields);
  }

  /**
   * JSON member {@code preTokenGenerationConfig}, kept as a tree.
   *
   * @return a copy of the value, or {@code null} when absent
   */
  public JsonNode preTokenGenerationConfig() {
    return Copies.tree(preTokenGenerationConfig);
  }

  /**
   * JSON member {@code customSMSSender}, kept as a tree.
   *
   * @return a copy of the value, or {@code null} when absent
   */
  public JsonNode customSMSSender() {
    return Copies.tree(customSMSSender);
  }

  /**
   * JSON member {@code customEmailSender}, kept as a tree.
   *
   * @return a copy of the value, or {@code null} when absent
   */
  public JsonNode customEmailSender() {
    return Copies.tree(customEmailSender);
  }

  /**
   * JSON member {@code inboundFederation}, kept as a tree.
   *
   * @return a copy of the value, or {@code null} when absent
   */
  public JsonNode inboundFederation() {
    return Copies.tree(inboundFederation);
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
