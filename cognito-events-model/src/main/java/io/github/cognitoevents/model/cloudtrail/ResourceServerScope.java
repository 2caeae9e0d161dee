package io.github.cognitoevents.model.cloudtrail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cognitoevents.model.internal.Copies;
import io.github.cognitoevents.model.internal.FieldReader;
import io.github.cognitoevents.model.internal.JsonObjectWriter;
import java.util.Map;

/**
 * A scope of a resource server ({@code ResourceServerScopeType}).
 *
 * @param scopeName JSON member {@code scopeName}
 * @param scopeDescription JSON member {@code scopeDescription}
 * @param unknownFields members not modelled above, explicit JSON nulls and values kept in their
 *     original JSON form; written back unchanged by {@link #toJson()}
 */
public record ResourceServerScope(
    String scopeName, String scopeDescription, Map<String, JsonNode> unknownFields) {

  /** Creates the record, copying collections so that it is immutable. */
  public ResourceServerScope {
    unknownFields = Copies.trees(unknownFields);
  }

  static ResourceServerScope read(JsonNode json, String pointer) {
    FieldReader r = FieldReader.of(json, pointer);
    return new ResourceServerScope(
        r.string("scopeName"), r.string("scopeDescription"), r.unknown());
  }

  /**
   * This value as JSON, in the form it was read (unknown fields included).
   *
   * @return a new JSON object
   */
  public ObjectNode toJson() {
    return JsonObjectWriter.create()
        .string("scopeName", scopeName)
        .string("scopeDescription", scopeDescription)
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
