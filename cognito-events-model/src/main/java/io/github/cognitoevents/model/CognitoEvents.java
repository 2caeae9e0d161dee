package io.github.cognitoevents.model;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.cognitoevents.model.cloudtrail.CloudTrailRecord;
import io.github.cognitoevents.model.eventbridge.EventBridgeEvent;
import io.github.cognitoevents.model.internal.JsonSupport;
import io.github.cognitoevents.model.trigger.TriggerEvents;
import io.github.cognitoevents.model.triggermesh.TriggerMeshEvent;
import java.io.InputStream;

/**
 * The entry point: reads any Cognito event document and returns the right type.
 *
 * <ul>
 *   <li>an EventBridge event whose {@code detail} is a CloudTrail record: {@link
 *       CognitoEvent.CloudTrailViaEventBridge};
 *   <li>a bare CloudTrail record: {@link CognitoEvent.CloudTrail};
 *   <li>a TriggerMesh Cognito user pool CloudEvent: {@link CognitoEvent.TriggerMesh};
 *   <li>a user pool Lambda trigger event (it has {@code triggerSource}, {@code userPoolId} and
 *       {@code request}): {@link CognitoEvent.Trigger}.
 * </ul>
 *
 * <pre>{@code
 * CognitoEvent event = CognitoEvents.parse(Files.readString(path));
 * System.out.println(event.recordType() + " " + event.name());
 * }</pre>
 *
 * <p>Any other input, and malformed input, fails with an {@link EventParseException} that names the
 * offending field and value, never the payload.
 */
public final class CognitoEvents {

  private CognitoEvents() {}

  /**
   * Reads a Cognito event from JSON text.
   *
   * @param json the JSON text
   * @return the typed event
   * @throws EventParseException if the text is not JSON or not a recognised Cognito event
   */
  public static CognitoEvent parse(String json) {
    return parse(JsonSupport.parse(json));
  }

  /**
   * Reads a Cognito event from UTF-8 JSON bytes.
   *
   * @param json the bytes
   * @return the typed event
   * @throws EventParseException if the bytes are not JSON or not a recognised Cognito event
   */
  public static CognitoEvent parse(byte[] json) {
    return parse(JsonSupport.parse(json));
  }

  /**
   * Reads a Cognito event from a JSON stream (the stream is not closed).
   *
   * @param json the stream
   * @return the typed event
   * @throws EventParseException if the stream is not JSON or not a recognised Cognito event
   */
  public static CognitoEvent parse(InputStream json) {
    return parse(JsonSupport.parse(json));
  }

  /**
   * Reads a Cognito event from a JSON tree.
   *
   * @param json the tree
   * @return the typed event
   * @throws EventParseException if the tree is not a recognised Cognito event
   */
  public static CognitoEvent parse(JsonNode json) {
    if (json == null || !json.isObject()) {
      throw new EventParseException(
          "", "a Cognito event must be a JSON object, but was " + JsonSupport.show(json));
    }
    JsonSupport.requireFinite(json);
    if (EventBridgeEvent.looksLikeEnvelope(json)) {
      JsonNode detail = json.get("detail");
      if (!CloudTrailRecord.looksLikeRecord(detail)) {
        throw new EventParseException(
            "/detail",
            "an EventBridge event with detail-type \""
                + JsonSupport.shorten(json.get("detail-type").textValue())
                + "\" is not a Cognito event: its detail is not a CloudTrail record");
      }
      return new CognitoEvent.CloudTrailViaEventBridge(
          EventBridgeEvent.fromJson(json, CloudTrailRecord::fromJson));
    }
    if (CloudTrailRecord.looksLikeRecord(json)) {
      return new CognitoEvent.CloudTrail(CloudTrailRecord.fromJson(json));
    }
    if (TriggerMeshEvent.looksLikeEvent(json)) {
      return new CognitoEvent.TriggerMesh(TriggerMeshEvent.fromJson(json));
    }
    if (json.has("triggerSource") && json.has("userPoolId") && json.has("request")) {
      return new CognitoEvent.Trigger(TriggerEvents.parse(json));
    }
    throw new EventParseException(
        "",
        "not a recognised Cognito event: expected an EventBridge event with a CloudTrail detail, a"
            + " CloudTrail record, a Cognito trigger event (triggerSource, userPoolId, request) or a"
            + " TriggerMesh CloudEvent of type "
            + TriggerMeshEvent.TYPE);
  }
}
