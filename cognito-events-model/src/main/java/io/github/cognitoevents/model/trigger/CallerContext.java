package io.github.cognitoevents.model.trigger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cognitoevents.model.internal.Copies;
import io.github.cognitoevents.model.internal.JsonCursor;
import io.github.cognitoevents.model.internal.JsonObjectWriter;
import java.util.Map;

/**
 * The {@code callerContext} of a trigger event. Both members may be JSON null (account-takeover
 * notifications, machine-to-machine token requests).
 *
 * @param awsSdkVersion the SDK of the caller, e.g. {@code "aws-sdk-unknown-unknown"}; may be null
 * @param clientId the app client id; may be null
 * @param unknownFields members not modelled here, and modelled members as received when they were
 *     JSON null or converted; written back verbatim (see {@link TriggerHeader})
 */
public record CallerContext(
    String awsSdkVersion, String clientId, Map<String, JsonNode> unknownFields) {
  /** Copies the unknown fields. */
  public CallerContext {
    unknownFields = Copies.mapOrEmpty(unknownFields);
  }

  /**
   * A caller context without unknown fields.
   *
   * @param awsSdkVersion the SDK version, may be null
   * @param clientId the app client id, may be null
   * @return the context
   */
  public static CallerContext of(String awsSdkVersion, String clientId) {
    return new CallerContext(awsSdkVersion, clientId, Map.of());
  }

  static CallerContext read(JsonCursor c) {
    String awsSdkVersion = null;
    String clientId = null;
    while (c.next()) {
      switch (c.name()) {
        case "awsSdkVersion" -> awsSdkVersion = c.string();
        case "clientId" -> clientId = c.string();
        default -> c.keep();
      }
    }
    return new CallerContext(awsSdkVersion, clientId, c.rest());
  }

  /**
   * This context as JSON.
   *
   * @return a new object node
   */
  public ObjectNode toJson() {
    return JsonObjectWriter.create(unknownFields)
        .string("awsSdkVersion", awsSdkVersion)
        .string("clientId", clientId)
        .finish();
  }
}
