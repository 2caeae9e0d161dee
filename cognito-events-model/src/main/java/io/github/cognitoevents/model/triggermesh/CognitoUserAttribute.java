package io.github.cognitoevents.model.triggermesh;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cognitoevents.model.internal.Copies;
import io.github.cognitoevents.model.internal.FieldReader;
import io.github.cognitoevents.model.internal.JsonObjectWriter;
import java.util.Map;

/**
 * One attribute of a {@link CognitoUser} (Go field names {@code Name}, {@code Value}).
 *
 * @param name JSON member {@code Name}
 * @param value JSON member {@code Value}
 * @param unknownFields members not modelled above, explicit JSON nulls and values kept in their
 *     original JSON form; written back unchanged by {@link #toJson()}
 */
public record CognitoUserAttribute(String name, String value, Map<String, JsonNode> unknownFields) {

  /** Creates the record, copying collections so that it is immutable. */
  public CognitoUserAttribute {
    unknownFields = Copies.trees(unknownFields);
  }

  static CognitoUserAttribute read(JsonNode json, String pointer) {
    FieldReader r = FieldReader.of(json, pointer);
    return new CognitoUserAttribute(r.string("Name"), r.string("Value"), r.unknown());
  }

  /**
   * This value as JSON, in the form it was read (unknown fields included).
   *
   * @return a new JSON object
   */
  public ObjectNode toJson() {
    return JsonObjectWriter.create()
        .string("Name", name)
        .string("Value", value)
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
