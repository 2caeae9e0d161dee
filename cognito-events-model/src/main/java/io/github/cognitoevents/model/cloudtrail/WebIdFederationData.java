package io.github.cognitoevents.model.cloudtrail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cognitoevents.model.internal.Copies;
import io.github.cognitoevents.model.internal.FieldReader;
import io.github.cognitoevents.model.internal.JsonObjectWriter;
import java.util.Map;

/**
 * Web identity federation data of a session ({@code sessionContext.webIdFederationData}).
 *
 * @param federatedProvider JSON member {@code federatedProvider}
 * @param attributes JSON member {@code attributes}
 * @param unknownFields members not modelled above, explicit JSON nulls and values kept in their
 *     original JSON form; written back unchanged by {@link #toJson()}
 */
public record WebIdFederationData(
    String federatedProvider, Map<String, String> attributes, Map<String, JsonNode> unknownFields) {

  /** Creates the record, copying collections so that it is immutable. */
  public WebIdFederationData {
    attributes = Copies.nonNullStringMap(attributes);
    unknownFields = Copies.trees(unknownFields);
  }

  static WebIdFederationData read(JsonNode json, String pointer) {
    FieldReader r = FieldReader.of(json, pointer);
    return new WebIdFederationData(
        r.string("federatedProvider"), r.stringMap("attributes"), r.unknown());
  }

  /**
   * This value as JSON, in the form it was read (unknown fields included).
   *
   * @return a new JSON object
   */
  public ObjectNode toJson() {
    return JsonObjectWriter.create()
        .string("federatedProvider", federatedProvider)
        .stringMap("attributes", attributes)
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
