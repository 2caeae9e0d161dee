package io.github.cognitoevents.model.cloudtrail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cognitoevents.model.internal.Copies;
import io.github.cognitoevents.model.internal.FieldReader;
import io.github.cognitoevents.model.internal.JsonObjectWriter;
import java.util.Map;

/**
 * Who made the call ({@code userIdentity}). One record for every identity type: the members that a
 * type does not use are {@code null}. Cognito managed-login events carry only {@code accountId};
 * unauthenticated identity-pool calls only {@code type} = {@code "Unknown"}.
 *
 * <pre>{@code
 * if (record.userIdentity().typeEnum() == IdentityType.ASSUMED_ROLE) {
 *   String role = record.userIdentity().sessionContext().sessionIssuer().arn();
 * }
 * }</pre>
 *
 * @param type JSON member {@code type}
 * @param principalId JSON member {@code principalId}
 * @param arn JSON member {@code arn}
 * @param accountId JSON member {@code accountId}
 * @param accessKeyId JSON member {@code accessKeyId}
 * @param userName JSON member {@code userName}
 * @param invokedBy JSON member {@code invokedBy}
 * @param identityProvider JSON member {@code identityProvider}
 * @param credentialId JSON member {@code credentialId}
 * @param onBehalfOf JSON member {@code onBehalfOf}
 * @param inScopeOf JSON member {@code inScopeOf}
 * @param invokedByDelegate JSON member {@code invokedByDelegate}
 * @param sessionContext JSON member {@code sessionContext}
 * @param unknownFields members not modelled above, explicit JSON nulls and values kept in their
 *     original JSON form; written back unchanged by {@link #toJson()}
 */
public record UserIdentity(
    String type,
    String principalId,
    String arn,
    String accountId,
    String accessKeyId,
    String userName,
    String invokedBy,
    String identityProvider,
    String credentialId,
    JsonNode onBehalfOf,
    JsonNode inScopeOf,
    JsonNode invokedByDelegate,
    SessionContext sessionContext,
    Map<String, JsonNode> unknownFields) {

  /** Creates the record, copying collections so that it is immutable. */
  public UserIdentity {
    onBehalfOf = Copies.tree(onBehalfOf);
    inScopeOf = Copies.tree(inScopeOf);
    invokedByDelegate = Copies.tree(invokedByDelegate);
    unknownFields = Copies.trees(unknownFields);
  }

  static UserIdentity read(JsonNode json, String pointer) {
    FieldReader r = FieldReader.of(json, pointer);
    return new UserIdentity(
        r.string("type"),
        r.string("principalId"),
        r.string("arn"),
        r.string("accountId"),
        r.string("accessKeyId"),
        r.string("userName"),
        r.string("invokedBy"),
        r.string("identityProvider"),
        r.string("credentialId"),
        r.tree("onBehalfOf"),
        r.tree("inScopeOf"),
        r.tree("invokedByDelegate"),
        r.object("sessionContext", SessionContext::read),
        r.unknown());
  }

  /**
   * This value as JSON, in the form it was read (unknown fields included).
   *
   * @return a new JSON object
   */
  public ObjectNode toJson() {
    return JsonObjectWriter.create()
        .string("type", type)
        .string("principalId", principalId)
        .string("arn", arn)
        .string("accountId", accountId)
        .string("accessKeyId", accessKeyId)
        .string("userName", userName)
        .string("invokedBy", invokedBy)
        .string("identityProvider", identityProvider)
        .string("credentialId", credentialId)
        .tree("onBehalfOf", onBehalfOf)
        .tree("inScopeOf", inScopeOf)
        .tree("invokedByDelegate", invokedByDelegate)
        .object("sessionContext", sessionContext, SessionContext::toJson)
        .finish(unknownFields);
  }

  /**
   * JSON member {@code onBehalfOf}, kept as a tree.
   *
   * @return a copy of the value, or {@code null} when absent
   */
  public JsonNode onBehalfOf() {
    return Copies.tree(onBehalfOf);
  }

  /**
   * JSON member {@code inScopeOf}, kept as a tree.
   *
   * @return a copy of the value, or {@code null} when absent
   */
  public JsonNode inScopeOf() {
    return Copies.tree(inScopeOf);
  }

  /**
   * JSON member {@code invokedByDelegate}, kept as a tree.
   *
   * @return a copy of the value, or {@code null} when absent
   */
  public JsonNode invokedByDelegate() {
    return Copies.tree(invokedByDelegate);
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
   * {@code type} as an enum.
   *
   * @return the constant, {@link IdentityType#UNKNOWN} for a value this library does not know, or
   *     {@code null} when absent
   */
  public IdentityType typeEnum() {
    return type == null ? null : IdentityType.fromValue(type);
  }
}
