package io.github.cognitoevents.model.cloudtrail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cognitoevents.model.internal.Copies;
import io.github.cognitoevents.model.internal.FieldReader;
import io.github.cognitoevents.model.internal.JsonObjectWriter;
import java.util.Map;

/**
 * The HTTP response of a managed-login event ({@code additionalEventData.responseParameters}). The
 * status arrives as {@code 200} or {@code 200.0}; both read as {@code 200} and are written back as
 * sent.
 *
 * @param status JSON member {@code status}
 * @param unknownFields members not modelled above, explicit JSON nulls and values kept in their
 *     original JSON form; written back unchanged by {@link #toJson()}
 */
public record HttpResponseParameters(Long status, Map<String, JsonNode> unknownFields) {

  /** Creates the record, copying collections so that it is immutable. */
  public HttpResponseParameters {
    unknownFields = Copies.trees(unknownFields);
  }

  static HttpResponseParameters read(JsonNode json, String pointer) {
    FieldReader r = FieldReader.of(json, pointer);
    return new HttpResponseParameters(r.integer("status"), r.unknown());
  }

  /**
   * This value as JSON, in the form it was read (unknown fields included).
   *
   * @return a new JSON object
   */
  public ObjectNode toJson() {
    return JsonObjectWriter.create().integer("status", status).finish(unknownFields);
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
