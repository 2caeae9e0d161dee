package io.github.cognitoevents.lambda;

import io.github.cognitoevents.model.CognitoEvent;
import io.github.cognitoevents.model.CognitoEvents;
import io.github.cognitoevents.model.EventParseException;
import io.github.cognitoevents.model.cloudtrail.CloudTrailRecord;
import io.github.cognitoevents.model.eventbridge.EventBridgeEvent;
import java.io.InputStream;

/**
 * Reads CloudTrail documents through the model's one entry point for them, {@link
 * CognitoEvents#parse(InputStream)} (duplicate keys, trailing content, byte-order marks and
 * non-finite numbers answered as everywhere in the model), and checks the kind the caller declared.
 */
final class ModelReaders {

  private ModelReaders() {}

  /** An EventBridge event whose detail is a CloudTrail record, as a rule's target receives it. */
  static EventBridgeEvent<CloudTrailRecord> apiCallEvent(InputStream input, String declared) {
    CognitoEvent event = CognitoEvents.parse(input);
    if (event instanceof CognitoEvent.CloudTrailViaEventBridge e) {
      return e.event();
    }
    throw mismatch(event, "an EventBridge event with a CloudTrail record", declared);
  }

  /** A bare CloudTrail record. */
  static CloudTrailRecord record(InputStream input, String declared) {
    CognitoEvent event = CognitoEvents.parse(input);
    if (event instanceof CognitoEvent.CloudTrail c) {
      return c.record();
    }
    throw mismatch(event, "a CloudTrail record", declared);
  }

  private static EventParseException mismatch(
      CognitoEvent event, String expected, String declared) {
    return new EventParseException(
        "",
        "expected " + expected + " (" + declared + ") but the event is a " + event.recordType());
  }
}
