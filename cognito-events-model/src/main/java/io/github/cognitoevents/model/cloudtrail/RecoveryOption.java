package io.github.cognitoevents.model.cloudtrail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cognitoevents.model.internal.Copies;
import io.github.cognitoevents.model.internal.FieldReader;
import io.github.cognitoevents.model.internal.JsonObjectWriter;
import java.util.Map;

/**
 * One account recovery mechanism ({@code RecoveryOptionType}).
 *
 * @param priority JSON member {@code priority}
 * @param name JSON member {@code name}
 * @param unknownFields members not modelled above, explicit JSON nulls and values kept in their
 *     original JSON form; written back unchanged by {@link #toJson()}
 */
public record RecoveryOption(Integer priority, String name, Map<String, JsonNode> unknownFields) {

  /** Creates the record, copying collections so that it is immutable. */
  public RecoveryOption {
    unknownFields = Copies.trees(unknownFields);
  }

  static RecoveryOption read(JsonNode json, String pointer) {
    FieldReader r = FieldReader.of(json, pointer);
    return new RecoveryOption(r.int32("priority"), r.string("name"), r.unknown());
  }

  /**
   * This value as JSON, in the form it was read (unknown fields included).
   *
   * @return a new JSON object
   */
  public ObjectNode toJson() {
    return JsonObjectWriter.create()
        .integer("priority", priority)
        .string("name", name)
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
