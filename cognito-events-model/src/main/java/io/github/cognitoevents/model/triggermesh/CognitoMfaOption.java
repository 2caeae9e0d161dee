package io.github.cognitoevents.model.triggermesh;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cognitoevents.model.internal.codec.Frozen;
import io.github.cognitoevents.model.internal.codec.Kinds;
import io.github.cognitoevents.model.internal.codec.RecordCodec;
import java.util.Map;

/**
 * An MFA option of a {@link CognitoUser} (Go field names {@code AttributeName}, {@code
 * DeliveryMedium}).
 *
 * @param attributeName JSON member {@code AttributeName}
 * @param deliveryMedium JSON member {@code DeliveryMedium}
 * @param unknownFields members not modelled above, explicit JSON nulls and values kept in their
 *     original JSON form; written back unchanged by {@link #toJson()}
 */
public record CognitoMfaOption(
    String attributeName, String deliveryMedium, Map<String, JsonNode> unknownFields) {

  /** Creates the record, copying collections so that it is immutable. */
  public CognitoMfaOption {
    unknownFields = Frozen.unknown(unknownFields);
  }

  static final RecordCodec<CognitoMfaOption> CODEC =
      RecordCodec.builder(CognitoMfaOption.class)
          .field("AttributeName", Kinds.STRING, CognitoMfaOption::attributeName)
          .field("DeliveryMedium", Kinds.STRING, CognitoMfaOption::deliveryMedium)
          .unknownFields(CognitoMfaOption::unknownFields)
          .build(v -> new CognitoMfaOption(v.get(0), v.get(1), v.unknown()));

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
