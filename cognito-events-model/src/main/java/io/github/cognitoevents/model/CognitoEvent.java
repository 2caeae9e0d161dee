package io.github.cognitoevents.model;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cognitoevents.model.cloudtrail.CloudTrailRecord;
import io.github.cognitoevents.model.eventbridge.EventBridgeEvent;
import io.github.cognitoevents.model.trigger.TriggerEvent;
import io.github.cognitoevents.model.triggermesh.TriggerMeshEvent;
import java.util.Objects;
import java.util.Optional;

/**
 * Any Cognito event document, as recognised by {@link CognitoEvents#parse(String)}: one variant per
 * kind of document.
 *
 * <pre>{@code
 * CognitoEvent event = CognitoEvents.parse(json);
 * if (event instanceof CognitoEvent.Trigger t) {
 *   handle(t.event());
 * } else {
 *   event.cloudTrailRecord().ifPresent(record -> audit(record.summary()));
 * }
 * }</pre>
 */
public sealed interface CognitoEvent
    permits CognitoEvent.CloudTrailViaEventBridge,
        CognitoEvent.CloudTrail,
        CognitoEvent.Trigger,
        CognitoEvent.TriggerMesh {

  /**
   * The document as JSON, in the form it was read.
   *
   * @return a new JSON object
   */
  ObjectNode toJson();

  /**
   * The name of the record type, such as {@code CloudTrailRecord} or {@code PreSignUpEvent}.
   *
   * @return the simple type name
   */
  String recordType();

  /**
   * What the event is about: the trigger source of a trigger event, the {@code eventName} of a
   * CloudTrail record, the CloudEvents {@code type} of a TriggerMesh event.
   *
   * @return the name, {@code "?"} when the document has none
   */
  String name();

  /**
   * The CloudTrail record, for the two CloudTrail variants.
   *
   * @return the record, or empty for trigger and TriggerMesh events
   */
  default Optional<CloudTrailRecord> cloudTrailRecord() {
    if (this instanceof CloudTrailViaEventBridge e) {
      return Optional.ofNullable(e.event().detail());
    }
    if (this instanceof CloudTrail c) {
      return Optional.of(c.record());
    }
    return Optional.empty();
  }

  /**
   * An EventBridge event whose detail is a CloudTrail record ({@code AWS API Call via CloudTrail},
   * {@code AWS Service Event via CloudTrail}).
   *
   * @param event the event
   */
  record CloudTrailViaEventBridge(EventBridgeEvent<CloudTrailRecord> event)
      implements CognitoEvent {
    /**
     * Creates the variant.
     *
     * @param event the event, not {@code null}
     */
    public CloudTrailViaEventBridge {
      Objects.requireNonNull(event, "event");
    }

    @Override
    public ObjectNode toJson() {
      return event.toJson();
    }

    @Override
    public String recordType() {
      return "EventBridgeEvent<CloudTrailRecord>";
    }

    @Override
    public String name() {
      CloudTrailRecord detail = event.detail();
      return detail == null || detail.eventName() == null ? "?" : detail.eventName();
    }
  }

  /**
   * A bare CloudTrail record (as in a trail's log file, or an EventBridge {@code detail}).
   *
   * @param record the record
   */
  record CloudTrail(CloudTrailRecord record) implements CognitoEvent {
    /**
     * Creates the variant.
     *
     * @param record the record, not {@code null}
     */
    public CloudTrail {
      Objects.requireNonNull(record, "record");
    }

    @Override
    public ObjectNode toJson() {
      return record.toJson();
    }

    @Override
    public String recordType() {
      return "CloudTrailRecord";
    }

    @Override
    public String name() {
      return record.eventName() == null ? "?" : record.eventName();
    }
  }

  /**
   * A Cognito user pool Lambda trigger event.
   *
   * @param event the typed trigger event
   */
  record Trigger(TriggerEvent event) implements CognitoEvent {
    /**
     * Creates the variant.
     *
     * @param event the event, not {@code null}
     */
    public Trigger {
      Objects.requireNonNull(event, "event");
    }

    @Override
    public ObjectNode toJson() {
      return event.toJson();
    }

    @Override
    public String recordType() {
      return event.getClass().getSimpleName();
    }

    @Override
    public String name() {
      String source = event.triggerSource();
      return source == null ? "?" : source;
    }
  }

  /**
   * A TriggerMesh Cognito user pool CloudEvent.
   *
   * @param event the event
   */
  record TriggerMesh(TriggerMeshEvent event) implements CognitoEvent {
    /**
     * Creates the variant.
     *
     * @param event the event, not {@code null}
     */
    public TriggerMesh {
      Objects.requireNonNull(event, "event");
    }

    @Override
    public ObjectNode toJson() {
      return event.toJson();
    }

    @Override
    public String recordType() {
      return "TriggerMeshEvent";
    }

    @Override
    public String name() {
      return event.type() == null ? "?" : event.type();
    }
  }
}
