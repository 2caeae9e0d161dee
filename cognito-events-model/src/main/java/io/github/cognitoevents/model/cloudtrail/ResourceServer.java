package io.github.cognitoevents.model.cloudtrail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cognitoevents.model.internal.Copies;
import io.github.cognitoevents.model.internal.FieldReader;
import io.github.cognitoevents.model.internal.JsonObjectWriter;
import java.util.List;
import java.util.Map;

/**
 * A resource server ({@code ResourceServerType}).
 *
 * @param userPoolId JSON member {@code userPoolId}
 * @param identifier JSON member {@code identifier}
 * @param name JSON member {@code name}
 * @param scopes JSON member {@code scopes}
 * @param unknownFields members not modelled above, explicit JSON nulls and values kept in their
 *     original JSON form; written back unchanged by {@link #toJson()}
 */
public record ResourceServer(
    String userPoolId,
    String identifier,
    String name,
    List<ResourceServerScope> scopes,
    Map<String, JsonNode> unknownFields) {

  /** Creates the record, copying collections so that it is immutable. */
  public ResourceServer {
    scopes = Copies.nonNullList(scopes);
    unknownFields = Copies.trees(unknownFields);
  }

  static ResourceServer read(JsonNode json, String pointer) {
    FieldReader r = FieldReader.of(json, pointer);
    return new ResourceServer(
        r.string("userPoolId"),
        r.string("identifier"),
        r.string("name"),
        r.list("scopes", ResourceServerScope::read),
        r.unknown());
  }

  /**
   * This value as JSON, in the form it was read (unknown fields included).
   *
   * @return a new JSON object
   */
  public ObjectNode toJson() {
    return JsonObjectWriter.create()
        .string("userPoolId", userPoolId)
        .string("identifier", identifier)
        .string("name", name)
        .objectList("scopes", scopes, ResourceServerScope::toJson)
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
