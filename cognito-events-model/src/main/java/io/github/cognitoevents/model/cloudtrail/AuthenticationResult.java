package io.github.cognitoevents.model.cloudtrail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cognitoevents.model.internal.Copies;
import io.github.cognitoevents.model.internal.FieldReader;
import io.github.cognitoevents.model.internal.JsonObjectWriter;
import io.github.cognitoevents.model.internal.JsonSupport;
import io.github.cognitoevents.model.internal.Redactables;
import io.github.cognitoevents.model.internal.Redaction;
import java.util.Map;

/**
 * The tokens issued by a successful authentication ({@code AuthenticationResultType}). {@code
 * toString()} masks the tokens.
 *
 * @param accessToken JSON member {@code accessToken}
 * @param expiresIn JSON member {@code expiresIn}
 * @param tokenType JSON member {@code tokenType}
 * @param refreshToken JSON member {@code refreshToken}
 * @param idToken JSON member {@code idToken}
 * @param newDeviceMetadata JSON member {@code newDeviceMetadata}
 * @param unknownFields members not modelled above, explicit JSON nulls and values kept in their
 *     original JSON form; written back unchanged by {@link #toJson()}
 */
public record AuthenticationResult(
    Redactable<String> accessToken,
    Integer expiresIn,
    String tokenType,
    Redactable<String> refreshToken,
    Redactable<String> idToken,
    JsonNode newDeviceMetadata,
    Map<String, JsonNode> unknownFields) {

  /** Creates the record, copying collections so that it is immutable. */
  public AuthenticationResult {
    newDeviceMetadata = Copies.tree(newDeviceMetadata);
    unknownFields = Copies.trees(unknownFields);
  }

  static AuthenticationResult read(JsonNode json, String pointer) {
    FieldReader r = FieldReader.of(json, pointer);
    return new AuthenticationResult(
        r.redactable("accessToken", (n, p) -> JsonSupport.text(n, p, "accessToken")),
        r.int32("expiresIn"),
        r.string("tokenType"),
        r.redactable("refreshToken", (n, p) -> JsonSupport.text(n, p, "refreshToken")),
        r.redactable("idToken", (n, p) -> JsonSupport.text(n, p, "idToken")),
        r.tree("newDeviceMetadata"),
        r.unknown());
  }

  /**
   * This value as JSON, in the form it was read (unknown fields included).
   *
   * @return a new JSON object
   */
  public ObjectNode toJson() {
    return JsonObjectWriter.create()
        .object("accessToken", accessToken, x -> Redactables.write(x, JsonSupport.NODES::textNode))
        .integer("expiresIn", expiresIn)
        .string("tokenType", tokenType)
        .object(
            "refreshToken", refreshToken, x -> Redactables.write(x, JsonSupport.NODES::textNode))
        .object("idToken", idToken, x -> Redactables.write(x, JsonSupport.NODES::textNode))
        .tree("newDeviceMetadata", newDeviceMetadata)
        .finish(unknownFields);
  }

  /**
   * JSON member {@code newDeviceMetadata}, kept as a tree.
   *
   * @return a copy of the value, or {@code null} when absent
   */
  public JsonNode newDeviceMetadata() {
    return Copies.tree(newDeviceMetadata);
  }

  /**
   * The members kept verbatim (see the class description).
   *
   * @return an immutable map of copies
   */
  public Map<String, JsonNode> unknownFields() {
    return Copies.trees(unknownFields);
  }

  /** Like the default record {@code toString()}, with secrets masked. */
  @Override
  public String toString() {
    return Redaction.of("AuthenticationResult")
        .secret("accessToken", accessToken)
        .field("expiresIn", expiresIn)
        .field("tokenType", tokenType)
        .secret("refreshToken", refreshToken)
        .secret("idToken", idToken)
        .field("newDeviceMetadata", newDeviceMetadata)
        .field("unknownFields", unknownFields.keySet())
        .toString();
  }
}
