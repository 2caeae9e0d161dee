package io.github.cognitoevents.model.triggermesh;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cognitoevents.model.internal.codec.Frozen;
import io.github.cognitoevents.model.internal.codec.Kinds;
import io.github.cognitoevents.model.internal.codec.RecordCodec;
import io.github.cognitoevents.model.internal.codec.Sensitivity;
import java.util.Map;

/**
 * One attribute of a {@link CognitoUser} (Go field names {@code Name}, {@code Value}).
 *
 * @param name JSON member {@code Name}
 * @param value JSON member {@code Value}
 * @param unknownFields members not modelled above, explicit JSON nulls and values kept in their
 *     original JSON form; written back unchanged by {@link #toJson()}
 */
public record CognitoUserAttribute(String name, String value, Map<String, JsonNode> unknownFields) {

  /** Creates the record, copying collections so that it is immutable. */
  public CognitoUserAttribute {
    unknownFields = Frozen.unknown(unknownFields);
  }

  static final RecordCodec<CognitoUserAttribute> CODEC =
      RecordCodec.builder(CognitoUserAttribute.class)
          .field("Name", Kinds.STRING, CognitoUserAttribute::name)
          .field("Value", Kinds.STRING, Sensitivity.PERSONAL, CognitoUserAttribute::value)
          .unknownFields(CognitoUserAttribute::unknownFields)
          .build(v -> new CognitoUserAttribute(v.get(0), v.get(1), v.unknown()));

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
