package io.github.cognitoevents.model.cloudtrail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cognitoevents.model.internal.Copies;
import io.github.cognitoevents.model.internal.FieldReader;
import io.github.cognitoevents.model.internal.JsonObjectWriter;
import java.util.Map;

/**
 * TOTP MFA settings ({@code SoftwareTokenMfaConfigType}).
 *
 * @param enabled JSON member {@code enabled}
 * @param unknownFields members not modelled above, explicit JSON nulls and values kept in their
 *     original JSON form; written back unchanged by {@link #toJson()}
 */
public record SoftwareTokenMfaConfig(Boolean enabled, Map<String, JsonNode> unknownFields) {

  /** Creates the record, copying collections so that it is immutable. */
  public SoftwareTokenMfaConfig {
    unknownFields = Copies.trees(unknownFields);
  }

  static SoftwareTokenMfaConfig read(JsonNode json, String pointer) {
    FieldReader r = FieldReader.of(json, pointer);
    return new SoftwareTokenMfaConfig(r.bool("enabled"), r.unknown());
  }

  /**
   * This value as JSON, in the form it was read (unknown fields included).
   *
   * @return a new JSON object
   */
  public ObjectNode toJson() {
    return JsonObjectWriter.create().bool("enabled", enabled).finish(unknownFields);
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
