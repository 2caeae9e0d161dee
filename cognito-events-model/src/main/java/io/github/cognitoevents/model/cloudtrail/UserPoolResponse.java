package io.github.cognitoevents.model.cloudtrail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cognitoevents.model.internal.Copies;
import io.github.cognitoevents.model.internal.FieldReader;
import io.github.cognitoevents.model.internal.JsonObjectWriter;
import java.util.Map;

/**
 * The {@code responseElements} of {@code CreateUserPool}.
 *
 * @param userPool JSON member {@code userPool}
 * @param unknownFields members not modelled above, explicit JSON nulls and values kept in their
 *     original JSON form; written back unchanged by {@link #toJson()}
 */
public record UserPoolResponse(UserPool userPool, Map<String, JsonNode> unknownFields)
    implements ResponseElements {

  /** Creates the record, copying collections so that it is immutable. */
  public UserPoolResponse {
    unknownFields = Copies.trees(unknownFields);
  }

  static UserPoolResponse read(JsonNode json, String pointer) {
    FieldReader r = FieldReader.of(json, pointer);
    return new UserPoolResponse(r.object("userPool", UserPool::read), r.unknown());
  }

  /**
   * This value as JSON, in the form it was read (unknown fields included).
   *
   * @return a new JSON object
   */
  @Override
  public ObjectNode toJson() {
    return JsonObjectWriter.create()
        .object("userPool", userPool, UserPool::toJson)
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
