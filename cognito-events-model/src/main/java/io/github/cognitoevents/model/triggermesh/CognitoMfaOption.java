package io.github.cognitoevents.model.triggermesh;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cognitoevents.model.internal.Copies;
import io.github.cognitoevents.model.internal.FieldReader;
import io.github.cognitoevents.model.internal.JsonObjectWriter;
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
    unknownFields = Copies.trees(unknownFields);
  }

  static CognitoMfaOption read(JsonNode json, String pointer) {
    FieldReader r = FieldReader.of(json, pointer);
    return new CognitoMfaOption(r.string("AttributeName"), r.string("DeliveryMedium"), r.unknown());
  }

  /**
   * This value as JSON, in the form it was read (unknown fields included).
   *
   * @return a new JSON object
   */
  public ObjectNode toJson() {
    return JsonObjectWriter.create()
        .string("AttributeName", attributeName)
        .string("DeliveryMedium", deliveryMedium)
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
