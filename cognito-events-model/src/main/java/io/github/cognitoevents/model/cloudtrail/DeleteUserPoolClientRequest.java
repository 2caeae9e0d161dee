package io.github.cognitoevents.model.cloudtrail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cognitoevents.model.internal.Copies;
import io.github.cognitoevents.model.internal.FieldReader;
import io.github.cognitoevents.model.internal.JsonObjectWriter;
import java.util.Map;

/**
 * The {@code requestParameters} of {@code DeleteUserPoolClient} (the call has no {@code
 * responseElements}).
 *
 * @param userPoolId JSON member {@code userPoolId}
 * @param clientId JSON member {@code clientId}
 * @param unknownFields members not modelled above, explicit JSON nulls and values kept in their
 *     original JSON form; written back unchanged by {@link #toJson()}
 */
public record DeleteUserPoolClientRequest(
    String userPoolId, String clientId, Map<String, JsonNode> unknownFields)
    implements RequestParameters {

  /** Creates the record, copying collections so that it is immutable. */
  public DeleteUserPoolClientRequest {
    unknownFields = Copies.trees(unknownFields);
  }

  static DeleteUserPoolClientRequest read(JsonNode json, String pointer) {
    FieldReader r = FieldReader.of(json, pointer);
    return new DeleteUserPoolClientRequest(
        r.string("userPoolId"), r.string("clientId"), r.unknown());
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
        .string("clientId", clientId)
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
