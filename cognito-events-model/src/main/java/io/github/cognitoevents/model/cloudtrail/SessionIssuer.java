package io.github.cognitoevents.model.cloudtrail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cognitoevents.model.internal.codec.Frozen;
import io.github.cognitoevents.model.internal.codec.Kinds;
import io.github.cognitoevents.model.internal.codec.RecordCodec;
import java.util.Map;

/**
 * The issuer of temporary credentials ({@code userIdentity.sessionContext.sessionIssuer}).
 *
 * @param type JSON member {@code type}
 * @param principalId JSON member {@code principalId}
 * @param arn JSON member {@code arn}
 * @param accountId JSON member {@code accountId}
 * @param userName JSON member {@code userName}
 * @param unknownFields members not modelled above, explicit JSON nulls and values kept in their
 *     original JSON form; written back unchanged by {@link #toJson()}
 */
public record SessionIssuer(
    String type,
    String principalId,
    String arn,
    String accountId,
    String userName,
    Map<String, JsonNode> unknownFields) {

  /** Creates the record, copying collections so that it is immutable. */
  public SessionIssuer {
    unknownFields = Frozen.unknown(unknownFields);
  }

  static final RecordCodec<SessionIssuer> CODEC =
      RecordCodec.builder(SessionIssuer.class)
          .field("type", Kinds.STRING, SessionIssuer::type)
          .field("principalId", Kinds.STRING, SessionIssuer::principalId)
          .field("arn", Kinds.STRING, SessionIssuer::arn)
          .field("accountId", Kinds.STRING, SessionIssuer::accountId)
          .field("userName", Kinds.STRING, SessionIssuer::userName)
          .unknownFields(SessionIssuer::unknownFields)
          .build(
              v ->
                  new SessionIssuer(v.get(0), v.get(1), v.get(2), v.get(3), v.get(4), v.unknown()));

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
}
