package io.github.cognitoevents.model.cloudtrail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cognitoevents.model.internal.codec.Frozen;
import io.github.cognitoevents.model.internal.codec.Kinds;
import io.github.cognitoevents.model.internal.codec.RecordCodec;
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
    unknownFields = Frozen.unknown(unknownFields);
  }

  static final RecordCodec<HttpResponseParameters> CODEC =
      RecordCodec.builder(HttpResponseParameters.class)
          .field("status", Kinds.LONG, HttpResponseParameters::status)
          .unknownFields(HttpResponseParameters::unknownFields)
          .build(v -> new HttpResponseParameters(v.get(0), v.unknown()));

  @Override
  public String toString() {
    return CODEC.toString(this);
  }

  /**
   * This value as JSON, in the form it was read (unknown fields included).
   *
   * @return a new JSON object
   */
  public ObjectNode toJson() {
    return CODEC.toJson(this);
  }
}
