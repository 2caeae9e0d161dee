package io.github.cognitoevents.model.cloudtrail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cognitoevents.model.internal.Copies;
import io.github.cognitoevents.model.internal.FieldReader;
import io.github.cognitoevents.model.internal.JsonObjectWriter;
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
    unknownFields = Copies.trees(unknownFields);
  }

  static SessionIssuer read(JsonNode json, String pointer) {
    FieldReader r = FieldReader.of(json, pointer);
    return new SessionIssuer(
        r.string("type"),
        r.string("principalId"),
        r.string("arn"),
        r.string("accountId"),
        r.string("userName"),
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
        .string("userName", userName)
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
}
