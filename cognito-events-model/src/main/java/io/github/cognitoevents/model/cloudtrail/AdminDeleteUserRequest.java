package io.github.cognitoevents.model.cloudtrail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cognitoevents.model.internal.Copies;
import io.github.cognitoevents.model.internal.FieldReader;
import io.github.cognitoevents.model.internal.JsonObjectWriter;
import io.github.cognitoevents.model.internal.JsonSupport;
import io.github.cognitoevents.model.internal.Redactables;
import java.util.Map;

/**
 * The {@code requestParameters} of {@code AdminDeleteUser} (no {@code responseElements}); the user
 * name is normally hidden, the user's {@code sub} is in {@code additionalEventData}.
 *
 * @param userPoolId JSON member {@code userPoolId}
 * @param username JSON member {@code username}
 * @param unknownFields members not modelled above, explicit JSON nulls and values kept in their
 *     original JSON form; written back unchanged by {@link #toJson()}
 */
public record AdminDeleteUserRequest(
    String userPoolId, Redactable<String> username, Map<String, JsonNode> unknownFields)
    implements RequestParameters {

  /** Creates the record, copying collections so that it is immutable. */
  public AdminDeleteUserRequest {
    unknownFields = Copies.trees(unknownFields);
  }

  static AdminDeleteUserRequest read(JsonNode json, String pointer) {
    FieldReader r = FieldReader.of(json, pointer);
    return new AdminDeleteUserRequest(
        r.string("userPoolId"),
        r.redactable("username", (n, p) -> JsonSupport.text(n, p, "username")),
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
