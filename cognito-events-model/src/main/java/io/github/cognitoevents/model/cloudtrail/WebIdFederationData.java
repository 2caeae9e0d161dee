package io.github.cognitoevents.model.cloudtrail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cognitoevents.model.internal.codec.Frozen;
import io.github.cognitoevents.model.internal.codec.Kinds;
import io.github.cognitoevents.model.internal.codec.RecordCodec;
import io.github.cognitoevents.model.internal.codec.Sensitivity;
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
    attributes = Frozen.of(attributes);
    unknownFields = Frozen.unknown(unknownFields);
  }

  static final RecordCodec<WebIdFederationData> CODEC =
      RecordCodec.builder(WebIdFederationData.class)
          .field("federatedProvider", Kinds.STRING, WebIdFederationData::federatedProvider)
          .field(
              "attributes",
              Kinds.map(Kinds.STRING),
              Sensitivity.PERSONAL,
              WebIdFederationData::attributes)
          .unknownFields(WebIdFederationData::unknownFields)
          .build(v -> new WebIdFederationData(v.get(0), v.get(1), v.unknown()));

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
