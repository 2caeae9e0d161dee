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
 * A user attribute ({@code AttributeType}); the value may be hidden by CloudTrail.
 *
 * @param name JSON member {@code name}
 * @param value JSON member {@code value}
 * @param unknownFields members not modelled above, explicit JSON nulls and values kept in their
 *     original JSON form; written back unchanged by {@link #toJson()}
 */
public record UserAttribute(
    String name, Redactable<String> value, Map<String, JsonNode> unknownFields) {

  /** Creates the record, copying collections so that it is immutable. */
  public UserAttribute {
    unknownFields = Copies.trees(unknownFields);
  }

  static UserAttribute read(JsonNode json, String pointer) {
    FieldReader r = FieldReader.of(json, pointer);
    return new UserAttribute(
        r.string("name"),
        r.redactable("value", (n, p) -> JsonSupport.text(n, p, "value")),
        r.unknown());
  }

  /**
   * This value as JSON, in the form it was read (unknown fields included).
   *
   * @return a new JSON object
   */
  public ObjectNode toJson() {
    return JsonObjectWriter.create()
        .string("name", name)
        .object("value", value, x -> Redactables.write(x, JsonSupport.NODES::textNode))
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
