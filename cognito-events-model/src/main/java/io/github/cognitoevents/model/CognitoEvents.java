package io.github.cognitoevents.model;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.cognitoevents.model.cloudtrail.CloudTrailRecord;
import io.github.cognitoevents.model.eventbridge.EventBridgeEvent;
import io.github.cognitoevents.model.internal.codec.Documents;
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
 * offending field (a JSON pointer) and the JSON kind found, never a value or the payload.
 *
 * <h2>One behaviour on every entry point</h2>
 *
 * <p>This class, {@link TriggerEvents}, {@link EventBridgeEvent}, {@link CloudTrailRecord} and
 * {@link TriggerMeshEvent} read JSON text, bytes (UTF-8, -16 or -32), streams (read to their end,
 * not closed) and Jackson trees (not changed) with the same rules:
 *
 * <ul>
 *   <li>a {@code null} document: {@code EventParseException} "the document is null" (a {@code null}
 *       type, detail type or reader argument is a {@link NullPointerException} naming it);
 *   <li>a leading byte-order mark: ignored;
 *   <li>content after the object, or a document that is not a JSON object: rejected;
 *   <li>a member name twice in one object, at any depth: rejected (a security-relevant payload must
 *       not mean two things);
 *   <li>nesting deeper than 1000 levels, also in a tree built in code: rejected, never a {@code
 *       StackOverflowError};
 *   <li>NaN or an infinity (only possible in a tree built in code): rejected;
 *   <li>an EventBridge envelope without a {@code detail} object: rejected.
 * </ul>
 *
 * <p>Errors never carry the parser's exception (which quotes the offending token) as their cause;
 * they give the line and column where there is one.
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
    return classify(Documents.tree(json));
  }

  /**
   * Reads a Cognito event from JSON bytes (UTF-8, -16 or -32).
   *
   * @param json the bytes
   * @return the typed event
   * @throws EventParseException if the bytes are not JSON or not a recognised Cognito event
   */
  public static CognitoEvent parse(byte[] json) {
    return classify(Documents.tree(json));
  }

  /**
   * Reads a Cognito event from a JSON stream (read to its end, not closed).
   *
   * @param json the stream
   * @return the typed event
   * @throws EventParseException if the stream is not JSON or not a recognised Cognito event
   */
  public static CognitoEvent parse(InputStream json) {
    return classify(Documents.tree(json));
  }

  /**
   * Reads a Cognito event from a JSON tree (not changed).
   *
   * @param json the tree
   * @return the typed event
   * @throws EventParseException if the tree is not a recognised Cognito event
   */
  public static CognitoEvent parse(JsonNode json) {
    return classify(Documents.tree((Object) json));
  }

  /** Picks the reader for a read-only tree that passed every check, and reads it. */
  private static CognitoEvent classify(JsonNode tree) {
    if (EventBridgeEvent.looksLikeEnvelope(tree)) {
      JsonNode detail = tree.get("detail");
      if (detail != null && !detail.isNull() && !CloudTrailRecord.looksLikeRecord(detail)) {
        throw new EventParseException(
            "/detail",
            "an EventBridge event is a Cognito event only when its detail is a CloudTrail record,"
                + " and this detail is not one");
      }
      return new CognitoEvent.CloudTrailViaEventBridge(
          EventBridgeEvent.fromJson(tree, CloudTrailRecord.class));
    }
    if (CloudTrailRecord.looksLikeRecord(tree)) {
      return new CognitoEvent.CloudTrail(CloudTrailRecord.fromJson(tree));
    }
    if (TriggerMeshEvent.looksLikeEvent(tree)) {
      return new CognitoEvent.TriggerMesh(TriggerMeshEvent.fromJson(tree));
    }
    if (tree.has("triggerSource") && tree.has("userPoolId") && tree.has("request")) {
      return new CognitoEvent.Trigger(TriggerEvents.parse(tree));
    }
    throw new EventParseException(
        "",
        "not a recognised Cognito event: expected an EventBridge event with a CloudTrail detail, a"
            + " CloudTrail record, a Cognito trigger event (triggerSource, userPoolId, request) or a"
            + " TriggerMesh CloudEvent of type "
            + TriggerMeshEvent.TYPE);
  }
}
