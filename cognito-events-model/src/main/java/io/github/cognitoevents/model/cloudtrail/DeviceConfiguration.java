package io.github.cognitoevents.model.cloudtrail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cognitoevents.model.internal.Copies;
import io.github.cognitoevents.model.internal.FieldReader;
import io.github.cognitoevents.model.internal.JsonObjectWriter;
import java.util.Map;

/**
 * Device tracking settings ({@code DeviceConfigurationType}).
 *
 * @param challengeRequiredOnNewDevice JSON member {@code challengeRequiredOnNewDevice}
 * @param deviceOnlyRememberedOnUserPrompt JSON member {@code deviceOnlyRememberedOnUserPrompt}
 * @param unknownFields members not modelled above, explicit JSON nulls and values kept in their
 *     original JSON form; written back unchanged by {@link #toJson()}
 */
public record DeviceConfiguration(
    Boolean challengeRequiredOnNewDevice,
    Boolean deviceOnlyRememberedOnUserPrompt,
    Map<String, JsonNode> unknownFields) {

  /** Creates the record, copying collections so that it is immutable. */
  public DeviceConfiguration {
    unknownFields = Copies.trees(unknownFields);
  }

  static DeviceConfiguration read(JsonNode json, String pointer) {
    FieldReader r = FieldReader.of(json, pointer);
    return new DeviceConfiguration(
        r.bool("challengeRequiredOnNewDevice"),
        r.bool("deviceOnlyRememberedOnUserPrompt"),
        r.unknown());
  }

  /**
   * This value as JSON, in the form it was read (unknown fields included).
   *
   * @return a new JSON object
   */
  public ObjectNode toJson() {
    return JsonObjectWriter.create()
        .bool("challengeRequiredOnNewDevice", challengeRequiredOnNewDevice)
        .bool("deviceOnlyRememberedOnUserPrompt", deviceOnlyRememberedOnUserPrompt)
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
