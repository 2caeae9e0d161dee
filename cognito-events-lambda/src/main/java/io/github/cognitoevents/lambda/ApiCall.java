package io.github.cognitoevents.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import io.github.cognitoevents.model.cloudtrail.CloudTrailRecord;
import io.github.cognitoevents.model.cloudtrail.CognitoOperation;
import io.github.cognitoevents.model.cloudtrail.RequestParameters;
import io.github.cognitoevents.model.cloudtrail.ResponseElements;
import io.github.cognitoevents.model.eventbridge.EventBridgeEvent;
import java.util.Objects;
import java.util.Optional;

/**
 * One Cognito API call, as a {@link CognitoApiCallHandler} hands it to a listener: the EventBridge
 * event, its CloudTrail record and the Lambda context.
 *
 * <p>{@code responseElements} are absent for failed calls and for operations that return nothing
 * (every {@code Delete*} operation, for instance): {@link #response(Class)} is then empty, so a
 * listener never assumes them.
 *
 * @param event the EventBridge event
 * @param context the Lambda context; {@code null} when the handler is called outside Lambda
 */
@SuppressWarnings("exports")
public record ApiCall(EventBridgeEvent<CloudTrailRecord> event, Context context) {

  /** Checks the event carries a record. */
  public ApiCall {
    Objects.requireNonNull(event, "event");
    Objects.requireNonNull(event.detail(), "event.detail()");
  }

  /**
   * The CloudTrail record (the event's {@code detail}).
   *
   * @return the record
   */
  public CloudTrailRecord record() {
    return event.detail();
  }

  /**
   * The operation.
   *
   * @return the operation, {@link CognitoOperation#UNKNOWN} for names this library does not know,
   *     managed-login events and identity-pool calls
   */
  public CognitoOperation operation() {
    return record().operation();
  }

  /**
   * Whether the call failed ({@code errorCode} set): nothing changed.
   *
   * @return whether the call failed
   */
  public boolean isFailed() {
    return record().isFailed();
  }

  /**
   * The {@code errorCode} of a failed call.
   *
   * @return the error code, such as {@code ResourceNotFoundException}; empty for a successful call
   */
  public Optional<String> errorCode() {
    return isFailed() ? Optional.of(record().errorCode()) : Optional.empty();
  }

  /**
   * The typed request parameters.
   *
   * @param type the expected record, such as {@code UpdateUserPoolClientRequest.class}
   * @param <Q> its type
   * @return the parameters, or empty when absent or of another type
   */
  public <Q extends RequestParameters> Optional<Q> request(Class<Q> type) {
    return record().request(type);
  }

  /**
   * The typed response elements.
   *
   * @param type the expected record, such as {@code UserPoolClientResponse.class}
   * @param <R> its type
   * @return the elements, or empty when absent (failed call, operation without output) or of
   *     another type
   */
  public <R extends ResponseElements> Optional<R> response(Class<R> type) {
    return record().response(type);
  }

  /**
   * Who made the call.
   *
   * @return the {@code userIdentity.arn}, or empty when CloudTrail records none
   */
  public Optional<String> callerArn() {
    return Optional.ofNullable(record().userIdentity()).map(u -> u.arn());
  }

  /** Names the call without any parameter value. */
  @Override
  public String toString() {
    return "ApiCall[" + record().summary() + "]";
  }
}
