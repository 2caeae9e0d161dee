package io.github.cognitoevents.model.cloudtrail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cognitoevents.model.internal.Copies;
import java.util.List;
import java.util.Map;

/**
 * The {@code requestParameters} of {@code CreateResourceServer}.
 *
 * @param userPoolId JSON member {@code userPoolId}
 * @param identifier JSON member {@code identifier}
 * @param name JSON member {@code name}
 * @param scopes JSON member {@code scopes}
 * @param unknownFields members not modelled above, explicit JSON nulls and values kept in their
 *     original JSON form; written back unchanged by {@link #toJson()}
 */
public record CreateResourceServerRequest(
    String userPoolId,
    String identifier,
    String name,
    List<ResourceServerScope> scopes,
    Map<String, JsonNode> unknownFields)
    implements RequestParameters {

  /** Creates the record, copying collections so that it is immutable. */
  public CreateResourceServerRequest {
    scopes = Copies.nonNullList(scopes);
    unknownFields = Copies.trees(unknownFields);
  }

  static CreateResourceServerRequest read(JsonNode json, String pointer) {
    ResourceServer s = ResourceServer.read(json, pointer);
    return new CreateResourceServerRequest(
        s.userPoolId(), s.identifier(), s.name(), s.scopes(), s.unknownFields());
  }

  /**
   * This value as JSON, in the form it was read (unknown fields included).
   *
   * @return a new JSON object
   */
  @Override
  public ObjectNode toJson() {
    return new ResourceServer(userPoolId, identifier, name, scopes, unknownFields).toJson();
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
