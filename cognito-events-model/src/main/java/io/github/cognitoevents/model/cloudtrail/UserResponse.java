package io.github.cognitoevents.model.cloudtrail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cognitoevents.model.internal.Copies;
import io.github.cognitoevents.model.internal.FieldReader;
import io.github.cognitoevents.model.internal.JsonObjectWriter;
import java.util.Map;

/**
 * The {@code responseElements} of {@code AdminCreateUser}.
 *
 * @param user JSON member {@code user}
 * @param unknownFields members not modelled above, explicit JSON nulls and values kept in their
 *     original JSON form; written back unchanged by {@link #toJson()}
 */
public record UserResponse(User user, Map<String, JsonNode> unknownFields)
    implements ResponseElements {

  /** Creates the record, copying collections so that it is immutable. */
  public UserResponse {
    unknownFields = Copies.trees(unknownFields);
  }

  static UserResponse read(JsonNode json, String pointer) {
    FieldReader r = FieldReader.of(json, pointer);
    return new UserResponse(r.object("user", User::read), r.unknown());
  }

  /**
   * This value as JSON, in the form it was read (unknown fields included).
   *
   * @return a new JSON object
   */
  @Override
  public ObjectNode toJson() {
    return JsonObjectWriter.create().object("user", user, User::toJson).finish(unknownFields);
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
