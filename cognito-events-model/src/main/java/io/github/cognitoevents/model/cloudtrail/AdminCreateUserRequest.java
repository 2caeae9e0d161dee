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
 * The {@code requestParameters} of {@code AdminCreateUser}. {@code toString()} masks the temporary
 * password.
 *
 * @param userPoolId JSON member {@code userPoolId}
 * @param username JSON member {@code username}
 * @param userAttributes JSON member {@code userAttributes}
 * @param validationData JSON member {@code validationData}
 * @param temporaryPassword JSON member {@code temporaryPassword}
 * @param forceAliasCreation JSON member {@code forceAliasCreation}
 * @param messageAction JSON member {@code messageAction}
 * @param desiredDeliveryMediums JSON member {@code desiredDeliveryMediums}
 * @param clientMetadata JSON member {@code clientMetadata}
 * @param unknownFields members not modelled above, explicit JSON nulls and values kept in their
 *     original JSON form; written back unchanged by {@link #toJson()}
 */
public record AdminCreateUserRequest(
    String userPoolId,
    Redactable<String> username,
    Redactable<List<UserAttribute>> userAttributes,
    Redactable<List<UserAttribute>> validationData,
    Redactable<String> temporaryPassword,
    Boolean forceAliasCreation,
    String messageAction,
    List<String> desiredDeliveryMediums,
    Redactable<Map<String, String>> clientMetadata,
    Map<String, JsonNode> unknownFields)
    implements RequestParameters {

  /** Creates the record, copying collections so that it is immutable. */
  public AdminCreateUserRequest {
    desiredDeliveryMediums = Copies.nonNullList(desiredDeliveryMediums);
    unknownFields = Copies.trees(unknownFields);
  }

  static AdminCreateUserRequest read(JsonNode json, String pointer) {
    FieldReader r = FieldReader.of(json, pointer);
    return new AdminCreateUserRequest(
        r.string("userPoolId"),
        r.redactable("username", (n, p) -> JsonSupport.text(n, p, "username")),
        r.redactable(
            "userAttributes",
            (n, p) -> FieldReader.listOf(n, p, "userAttributes", UserAttribute::read)),
        r.redactable(
            "validationData",
            (n, p) -> FieldReader.listOf(n, p, "validationData", UserAttribute::read)),
        r.redactable("temporaryPassword", (n, p) -> JsonSupport.text(n, p, "temporaryPassword")),
        r.bool("forceAliasCreation"),
        r.string("messageAction"),
        r.strings("desiredDeliveryMediums"),
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
        .object("username", username, x -> Redactables.write(x, JsonSupport.NODES::textNode))
        .object(
            "userAttributes",
            userAttributes,
            x -> Redactables.write(x, l -> JsonValues.ofList(l, UserAttribute::toJson)))
        .object(
            "validationData",
            validationData,
            x -> Redactables.write(x, l -> JsonValues.ofList(l, UserAttribute::toJson)))
        .object(
            "temporaryPassword",
            temporaryPassword,
            x -> Redactables.write(x, JsonSupport.NODES::textNode))
        .bool("forceAliasCreation", forceAliasCreation)
        .string("messageAction", messageAction)
        .stringList("desiredDeliveryMediums", desiredDeliveryMediums)
        .object(
            "clientMetadata", clientMetadata, x -> Redactables.write(x, JsonValues::ofStringMap))
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

  /** Like the default record {@code toString()}, with secrets masked. */
  @Override
  public String toString() {
    return Redaction.of("AdminCreateUserRequest")
        .field("userPoolId", userPoolId)
        .field("username", username)
        .field("userAttributes", userAttributes)
        .field("validationData", validationData)
        .secret("temporaryPassword", temporaryPassword)
        .field("forceAliasCreation", forceAliasCreation)
        .field("messageAction", messageAction)
        .field("desiredDeliveryMediums", desiredDeliveryMediums)
        .field("clientMetadata", clientMetadata)
        .field("unknownFields", unknownFields.keySet())
        .toString();
  }
}
