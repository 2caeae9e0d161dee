package io.github.cognitoevents.model.cloudtrail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cognitoevents.model.internal.codec.Frozen;
import io.github.cognitoevents.model.internal.codec.Kinds;
import io.github.cognitoevents.model.internal.codec.RecordCodec;
import io.github.cognitoevents.model.internal.codec.Sensitivity;
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
    onBehalfOf = Frozen.of(onBehalfOf);
    inScopeOf = Frozen.of(inScopeOf);
    invokedByDelegate = Frozen.of(invokedByDelegate);
    unknownFields = Frozen.unknown(unknownFields);
  }

  static final RecordCodec<UserIdentity> CODEC =
      RecordCodec.builder(UserIdentity.class)
          .field("type", Kinds.STRING, UserIdentity::type)
          .field("principalId", Kinds.STRING, UserIdentity::principalId)
          .field("arn", Kinds.STRING, UserIdentity::arn)
          .field("accountId", Kinds.STRING, UserIdentity::accountId)
          .field("accessKeyId", Kinds.STRING, UserIdentity::accessKeyId)
          .field("userName", Kinds.STRING, Sensitivity.PERSONAL, UserIdentity::userName)
          .field("invokedBy", Kinds.STRING, UserIdentity::invokedBy)
          .field("identityProvider", Kinds.STRING, UserIdentity::identityProvider)
          .field("credentialId", Kinds.STRING, UserIdentity::credentialId)
          .field("onBehalfOf", Kinds.JSON, UserIdentity::onBehalfOf)
          .field("inScopeOf", Kinds.JSON, UserIdentity::inScopeOf)
          .field("invokedByDelegate", Kinds.JSON, UserIdentity::invokedByDelegate)
          .field(
              "sessionContext",
              Kinds.record(() -> SessionContext.CODEC),
              UserIdentity::sessionContext)
          .unknownFields(UserIdentity::unknownFields)
          .build(
              v ->
                  new UserIdentity(
                      v.get(0),
                      v.get(1),
                      v.get(2),
                      v.get(3),
                      v.get(4),
                      v.get(5),
                      v.get(6),
                      v.get(7),
                      v.get(8),
                      v.get(9),
                      v.get(10),
                      v.get(11),
                      v.get(12),
                      v.unknown()));

  @Override
  public String toString() {
    return CODEC.toString(this);
  }

  /**
   * This value as JSON, in the form it was read (unknown fields included).
   *
   * @return a new JSON object
   */
  public ObjectNode toJson() {
    return CODEC.toJson(this);
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
