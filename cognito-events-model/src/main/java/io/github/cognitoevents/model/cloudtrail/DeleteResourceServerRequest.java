package io.github.cognitoevents.model.cloudtrail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cognitoevents.model.internal.Copies;
import io.github.cognitoevents.model.internal.FieldReader;
import io.github.cognitoevents.model.internal.JsonObjectWriter;
import java.util.Map;

/**
 * The {@code requestParameters} of {@code DeleteResourceServer} (no {@code responseElements}).
 *
 * @param userPoolId JSON member {@code userPoolId}
 * @param identifier JSON member {@code identifier}
 * @param unknownFields members not modelled above, explicit JSON nulls and values kept in their
 *     original JSON form; written back unchanged by {@link #toJson()}
 */
public record DeleteResourceServerRequest(
    String userPoolId, String identifier, Map<String, JsonNode> unknownFields)
    implements RequestParameters {

  /** Creates the record, copying collections so that it is immutable. */
  public DeleteResourceServerRequest {
    unknownFields = Copies.trees(unknownFields);
  }

  static DeleteResourceServerRequest read(JsonNode json, String pointer) {
    FieldReader r = FieldReader.of(json, pointer);
    return new DeleteResourceServerRequest(
        r.string("userPoolId"), r.string("identifier"), r.unknown());
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
        .string("identifier", identifier)
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
