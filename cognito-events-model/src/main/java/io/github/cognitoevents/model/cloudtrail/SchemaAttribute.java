package io.github.cognitoevents.model.cloudtrail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cognitoevents.model.internal.Copies;
import io.github.cognitoevents.model.internal.FieldReader;
import io.github.cognitoevents.model.internal.JsonObjectWriter;
import java.util.Map;

/**
 * A user pool attribute definition ({@code SchemaAttributeType}).
 *
 * @param name JSON member {@code name}
 * @param attributeDataType JSON member {@code attributeDataType}
 * @param developerOnlyAttribute JSON member {@code developerOnlyAttribute}
 * @param mutable JSON member {@code mutable}
 * @param required JSON member {@code required}
 * @param numberAttributeConstraints JSON member {@code numberAttributeConstraints}
 * @param stringAttributeConstraints JSON member {@code stringAttributeConstraints}
 * @param unknownFields members not modelled above, explicit JSON nulls and values kept in their
 *     original JSON form; written back unchanged by {@link #toJson()}
 */
public record SchemaAttribute(
    String name,
    String attributeDataType,
    Boolean developerOnlyAttribute,
    Boolean mutable,
    Boolean required,
    JsonNode numberAttributeConstraints,
    JsonNode stringAttributeConstraints,
    Map<String, JsonNode> unknownFields) {

  /** Creates the record, copying collections so that it is immutable. */
  public SchemaAttribute {
    numberAttributeConstraints = Copies.tree(numberAttributeConstraints);
    stringAttributeConstraints = Copies.tree(stringAttributeConstraints);
    unknownFields = Copies.trees(unknownFields);
  }

  static SchemaAttribute read(JsonNode json, String pointer) {
    FieldReader r = FieldReader.of(json, pointer);
    return new SchemaAttribute(
        r.string("name"),
        r.string("attributeDataType"),
        r.bool("developerOnlyAttribute"),
        r.bool("mutable"),
        r.bool("required"),
        r.tree("numberAttributeConstraints"),
        r.tree("stringAttributeConstraints"),
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
        .string("attributeDataType", attributeDataType)
        .bool("developerOnlyAttribute", developerOnlyAttribute)
        .bool("mutable", mutable)
        .bool("required", required)
        .tree("numberAttributeConstraints", numberAttributeConstraints)
        .tree("stringAttributeConstraints", stringAttributeConstraints)
        .finish(unknownFields);
  }

  /**
   * JSON member {@code numberAttributeConstraints}, kept as a tree.
   *
   * @return a copy of the value, or {@code null} when absent
   */
  public JsonNode numberAttributeConstraints() {
    return Copies.tree(numberAttributeConstraints);
  }

  /**
   * JSON member {@code stringAttributeConstraints}, kept as a tree.
   *
   * @return a copy of the value, or {@code null} when absent
   */
  public JsonNode stringAttributeConstraints() {
    return Copies.tree(stringAttributeConstraints);
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
