package io.github.cognitoevents.model.cloudtrail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cognitoevents.model.internal.Copies;
import io.github.cognitoevents.model.internal.FieldReader;
import io.github.cognitoevents.model.internal.JsonObjectWriter;
import java.util.Map;

/**
 * Refresh token rotation settings of an app client ({@code RefreshTokenRotationType}).
 *
 * @param feature JSON member {@code feature}
 * @param retryGracePeriodSeconds JSON member {@code retryGracePeriodSeconds}
 * @param unknownFields members not modelled above, explicit JSON nulls and values kept in their
 *     original JSON form; written back unchanged by {@link #toJson()}
 */
public record RefreshTokenRotation(
    String feature, Integer retryGracePeriodSeconds, Map<String, JsonNode> unknownFields) {

  /** Creates the record, copying collections so that it is immutable. */
  public RefreshTokenRotation {
    unknownFields = Copies.trees(unknownFields);
  }

  static RefreshTokenRotation read(JsonNode json, String pointer) {
    FieldReader r = FieldReader.of(json, pointer);
    return new RefreshTokenRotation(
        r.string("feature"), r.int32("retryGracePeriodSeconds"), r.unknown());
  }

  /**
   * This value as JSON, in the form it was read (unknown fields included).
   *
   * @return a new JSON object
   */
  public ObjectNode toJson() {
    return JsonObjectWriter.create()
        .string("feature", feature)
        .integer("retryGracePeriodSeconds", retryGracePeriodSeconds)
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
