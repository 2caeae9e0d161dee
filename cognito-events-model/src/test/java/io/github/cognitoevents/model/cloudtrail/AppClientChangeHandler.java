package io.github.cognitoevents.model.cloudtrail;

import io.github.cognitoevents.model.CognitoEvent;
import io.github.cognitoevents.model.CognitoEvents;
import io.github.cognitoevents.model.eventbridge.EventBridgeEvent;
import java.util.Optional;

/**
 * The seed's handler (notify on {@code UpdateUserPoolClient} / {@code DeleteUserPoolClient}),
 * written with the typed records. The seed read {@code detail.responseElements.userPoolClient} and
 * crashed on deletes and failed calls, where {@code responseElements} is {@code null}; {@link
 * CloudTrailRecord#userPoolClient()} reads the ids from the request instead.
 */
final class AppClientChangeHandler {

  /** What the handler reports. */
  record Notification(
      String operation, String userPoolId, String clientId, boolean failed, String eventTime) {}

  /**
   * Handles one EventBridge event.
   *
   * @return the notification, or empty when the event is not an app-client change
   */
  Optional<Notification> handle(String eventBridgeJson) {
    CognitoEvent event = CognitoEvents.parse(eventBridgeJson);
    if (!(event instanceof CognitoEvent.CloudTrailViaEventBridge viaEventBridge)) {
      return Optional.empty();
    }
    EventBridgeEvent<CloudTrailRecord> envelope = viaEventBridge.event();
    CloudTrailRecord record = envelope.detail();
    CognitoOperation operation = record.operation();
    if (operation != CognitoOperation.UPDATE_USER_POOL_CLIENT
        && operation != CognitoOperation.DELETE_USER_POOL_CLIENT) {
      return Optional.empty();
    }
    return record
        .userPoolClient()
        .map(
            client ->
                new Notification(
                    record.eventName(),
                    client.userPoolId(),
                    client.clientId(),
                    record.isFailed(),
                    record.eventTimeText()));
  }
}
