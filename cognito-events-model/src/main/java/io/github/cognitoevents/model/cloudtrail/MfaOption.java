package io.github.cognitoevents.model.cloudtrail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cognitoevents.model.internal.Copies;
import io.github.cognitoevents.model.internal.FieldReader;
import io.github.cognitoevents.model.internal.JsonObjectWriter;
import java.util.Map;

/**
 * An SMS/email MFA option of a user ({@code MFAOptionType}).
 *
 * @param deliveryMedium JSON member {@code deliveryMedium}
 * @param attributeName JSON member {@code attributeName}
 * @param unknownFields members not modelled above, explicit JSON nulls and values kept in their
 *     original JSON form; written back unchanged by {@link #toJson()}
 */
public record MfaOption(
    String deliveryMedium, String attributeName, Map<String, JsonNode> unknownFields) {

  /** Creates the record, copying collections so that it is immutable. */
  public MfaOption {
    unknownFields = Copies.trees(unknownFields);
  }

  static MfaOption read(JsonNode json, String pointer) {
    FieldReader r = FieldReader.of(json, pointer);
    return new MfaOption(r.string("deliveryMedium"), r.string("attributeName"), r.unknown());
  }

  /**
   * This value as JSON, in the form it was read (unknown fields included).
   *
   * @return a new JSON object
   */
  public ObjectNode toJson() {
    return JsonObjectWriter.create()
        .string("deliveryMedium", deliveryMedium)
        .string("attributeName", attributeName)
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
