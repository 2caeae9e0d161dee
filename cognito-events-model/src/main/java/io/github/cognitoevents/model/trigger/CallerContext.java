package io.github.cognitoevents.model.trigger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cognitoevents.model.internal.codec.Frozen;
import io.github.cognitoevents.model.internal.codec.Kinds;
import io.github.cognitoevents.model.internal.codec.RecordCodec;
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

  static final RecordCodec<CallerContext> CODEC =
      RecordCodec.builder(CallerContext.class)
          .field("awsSdkVersion", Kinds.STRING, CallerContext::awsSdkVersion)
          .field("clientId", Kinds.STRING, CallerContext::clientId)
          .unknownFields(CallerContext::unknownFields)
          .build(v -> new CallerContext(v.get(0), v.get(1), v.unknown()));

  /** Copies the unknown fields. */
  public CallerContext {
    unknownFields = Frozen.unknown(unknownFields);
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

  /**
   * This context as JSON.
   *
   * @return a new object node
   */
  public ObjectNode toJson() {
    return CODEC.toJson(this);
  }

  @Override
  public String toString() {
    return CODEC.toString(this);
  }
}
