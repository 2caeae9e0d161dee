package io.github.cognitoevents.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import io.github.cognitoevents.model.EventParseException;
import io.github.cognitoevents.model.cloudtrail.CloudTrailRecord;
import io.github.cognitoevents.model.cloudtrail.CognitoOperation;
import io.github.cognitoevents.model.cloudtrail.RequestParameters;
import io.github.cognitoevents.model.cloudtrail.UntypedRequest;
import io.github.cognitoevents.model.eventbridge.EventBridgeEvent;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * A Lambda {@link RequestStreamHandler} for Cognito API calls recorded by CloudTrail and delivered
 * by an EventBridge rule ({@code AWS API Call via CloudTrail}): the counterpart of {@link
 * CognitoTriggerHandler}. It reads the typed {@code EventBridgeEvent<CloudTrailRecord>} and calls
 * the listener registered for the call's operation and outcome.
 *
 * <pre>{@code
 * public final class ClientAudit extends CognitoApiCallHandler<Void> {
 *   public ClientAudit() {
 *     onSuccess(UPDATE_USER_POOL_CLIENT, UpdateUserPoolClientRequest.class, (call, request) -> {
 *       alertIfPlainHttp(request.userPoolId(), request.clientId(), request.callbackUrls());
 *       return null;
 *     });
 *     onSuccess(DELETE_USER_POOL_CLIENT, DeleteUserPoolClientRequest.class, (call, request) -> {
 *       page(request.userPoolId(), request.clientId()); // a delete has no responseElements
 *       return null;
 *     });
 *     onFailure(DELETE_USER_POOL_CLIENT, DeleteUserPoolClientRequest.class, (call, request) -> {
 *       log(call.errorCode().orElseThrow()); // nothing was deleted
 *       return null;
 *     });
 *   }
 * }
 * }</pre>
 *
 * <p><b>Dispatch.</b> Listeners are registered per {@link CognitoOperation} with the type of its
 * request parameters, so every operation is handled the same way, typed or not: operations with a
 * typed record take it (e.g. {@code UpdateUserPoolClientRequest.class}); any operation takes {@code
 * RequestParameters.class} (whatever the model read) or {@code UntypedRequest.class} (the JSON
 * tree, also once the model types the operation). A call goes to:
 *
 * <ol>
 *   <li>a successful call ({@code errorCode} absent): the {@link #onSuccess onSuccess} listener of
 *       its operation;
 *   <li>a failed call: the {@link #onFailure onFailure} listener of its operation; without one, if
 *       the operation has an {@code onSuccess} listener, {@link #onFailedCall(ApiCall)} (by default
 *       ignored: a failed call changed nothing), never the success listener;
 *   <li>anything else (an operation without listeners, {@link CognitoOperation#UNKNOWN} names,
 *       managed-login events, identity-pool calls): {@link #onOther(ApiCall)}, which fails the
 *       invocation with {@link UnhandledApiCallException} unless the handler was built with {@link
 *       Unregistered#IGNORE}.
 * </ol>
 *
 * <p>Register in the subclass constructor; registration is not thread-safe, dispatch is. The result
 * of the listener is returned by {@link #handle(EventBridgeEvent, Context)} and handed to {@link
 * #writeResult(Object, OutputStream)}, which writes nothing by default: EventBridge invokes the
 * function asynchronously and discards its output. Use {@code Void} and return {@code null} when
 * there is no result.
 *
 * @param <R> what a listener returns
 */
@SuppressWarnings("exports")
public abstract class CognitoApiCallHandler<R> implements RequestStreamHandler {

  /** What the handler does with a call of an operation that has no listener. */
  public enum Unregistered {
    /**
     * Fail the invocation with an {@link UnhandledApiCallException} (the default): the rule
     * delivers events the function does not handle, which EventBridge's retries and the function's
     * dead-letter queue then show.
     */
    FAIL,
    /** Ignore the call: {@link #onOther(ApiCall)} returns {@code null}. */
    IGNORE
  }

  private final Unregistered unregistered;
  private final Map<CognitoOperation, Registration<?, R>> successes =
      new EnumMap<>(CognitoOperation.class);
  private final Map<CognitoOperation, Registration<?, R>> failures =
      new EnumMap<>(CognitoOperation.class);

  /** For subclasses: a call of an operation without listener fails the invocation. */
  protected CognitoApiCallHandler() {
    this(Unregistered.FAIL);
  }

  /**
   * For subclasses that choose what happens to calls of operations without listener.
   *
   * @param unregistered {@link Unregistered#FAIL} or {@link Unregistered#IGNORE}
   */
  protected CognitoApiCallHandler(Unregistered unregistered) {
    this.unregistered = Objects.requireNonNull(unregistered, "unregistered");
  }

  /**
   * Registers the listener of the successful calls of an operation.
   *
   * @param operation the operation (not {@link CognitoOperation#UNKNOWN})
   * @param requestType the type of its request parameters: its typed record, {@code
   *     RequestParameters.class} or {@code UntypedRequest.class}
   * @param listener called with the call and its request parameters
   * @param <Q> the request parameters type
   * @throws IllegalArgumentException for {@code UNKNOWN}
   * @throws IllegalStateException if the operation already has a success listener
   */
  protected final <Q extends RequestParameters> void onSuccess(
      CognitoOperation operation, Class<Q> requestType, ApiCallListener<? super Q, R> listener) {
    register(successes, "onSuccess", operation, requestType, listener);
  }

  /**
   * Registers the listener of the failed calls of an operation ({@code errorCode} set; there are
   * usually no {@code responseElements}).
   *
   * @param operation the operation (not {@link CognitoOperation#UNKNOWN})
   * @param requestType the type of its request parameters, as for {@link #onSuccess}
   * @param listener called with the call and its request parameters
   * @param <Q> the request parameters type
   * @throws IllegalArgumentException for {@code UNKNOWN}
   * @throws IllegalStateException if the operation already has a failure listener
   */
  protected final <Q extends RequestParameters> void onFailure(
      CognitoOperation operation, Class<Q> requestType, ApiCallListener<? super Q, R> listener) {
    register(failures, "onFailure", operation, requestType, listener);
  }

  private <Q extends RequestParameters> void register(
      Map<CognitoOperation, Registration<?, R>> table,
      String method,
      CognitoOperation operation,
      Class<Q> requestType,
      ApiCallListener<? super Q, R> listener) {
    Objects.requireNonNull(operation, "operation");
    Objects.requireNonNull(requestType, "requestType");
    Objects.requireNonNull(listener, "listener");
    if (operation == CognitoOperation.UNKNOWN) {
      throw new IllegalArgumentException(
          "UNKNOWN stands for every name this library does not know; handle those in onOther");
    }
    if (table.containsKey(operation)) {
      throw new IllegalStateException(operation + " already has an " + method + " listener");
    }
    table.put(operation, new Registration<>(requestType, listener));
  }

  /**
   * Reads the EventBridge event, dispatches it with {@link #handle(EventBridgeEvent, Context)} and
   * hands the result to {@link #writeResult(Object, OutputStream)}. The input stream is read but
   * not closed.
   *
   * @param input the EventBridge event JSON
   * @param output where the result goes
   * @param context the Lambda context
   * @throws IOException if writing the result fails
   * @throws EventParseException if the input is not an EventBridge event with a CloudTrail record
   * @throws UnhandledApiCallException for a call of an operation without listener (see {@link
   *     Unregistered})
   */
  @Override
  public void handleRequest(InputStream input, OutputStream output, Context context)
      throws IOException {
    EventBridgeEvent<CloudTrailRecord> event =
        ModelReaders.apiCallEvent(input, getClass().getSimpleName());
    writeResult(handle(event, context), output);
    output.flush();
  }

  /**
   * Calls the listener for the event (see the class description).
   *
   * @param event the event
   * @param context the Lambda context; may be {@code null} outside Lambda
   * @return what the listener returned
   * @throws UnhandledApiCallException for a call of an operation without listener (see {@link
   *     Unregistered})
   * @throws IllegalStateException if the record's request parameters are not of the type the
   *     listener was registered with
   */
  public R handle(EventBridgeEvent<CloudTrailRecord> event, Context context) {
    ApiCall call = new ApiCall(event, context);
    CognitoOperation operation = call.operation();
    if (call.isFailed()) {
      Registration<?, R> failure = failures.get(operation);
      if (failure != null) {
        return failure.invoke(call);
      }
      if (successes.containsKey(operation)) {
        return onFailedCall(call);
      }
      return onOther(call);
    }
    Registration<?, R> success = successes.get(operation);
    return success != null ? success.invoke(call) : onOther(call);
  }

  /**
   * A failed call of an operation that has an {@code onSuccess} listener but no {@code onFailure}
   * one. Nothing changed, so the default ignores it.
   *
   * @param call the failed call
   * @return the result; {@code null} by default
   */
  protected R onFailedCall(ApiCall call) {
    return null;
  }

  /**
   * A call of an operation with no listener: with {@link Unregistered#FAIL} (the default) an {@link
   * UnhandledApiCallException}, with {@link Unregistered#IGNORE} {@code null}. Override it to
   * handle every other operation generically ({@link ApiCall#operation()}, {@link
   * ApiCall#request(Class)}).
   *
   * @param call the call
   * @return the result
   * @throws UnhandledApiCallException with {@link Unregistered#FAIL}
   */
  protected R onOther(ApiCall call) {
    if (unregistered == Unregistered.FAIL) {
      throw new UnhandledApiCallException(call, getClass());
    }
    return null;
  }

  /**
   * Writes a listener's result as the function's output. Writes nothing by default (EventBridge
   * discards it); override to reply, e.g. for synchronous invocations.
   *
   * @param result what the listener returned
   * @param output the function's output
   * @throws IOException if writing fails
   */
  protected void writeResult(R result, OutputStream output) throws IOException {}

  /** A listener with the request type it was registered with. */
  private record Registration<Q extends RequestParameters, R>(
      Class<Q> requestType, ApiCallListener<? super Q, R> listener) {

    R invoke(ApiCall call) {
      RequestParameters parameters = call.record().requestParameters();
      if (parameters == null) {
        return listener.onCall(call, null);
      }
      if (requestType.isInstance(parameters)) {
        return listener.onCall(call, requestType.cast(parameters));
      }
      if (requestType == UntypedRequest.class) {
        // The operation is typed now; the listener still takes the JSON tree.
        return listener.onCall(call, requestType.cast(new UntypedRequest(parameters.toJson())));
      }
      throw new IllegalStateException(
          call.record().eventName()
              + ": the record's requestParameters are "
              + parameters.getClass().getSimpleName()
              + ", not the "
              + requestType.getSimpleName()
              + " the listener was registered with (register RequestParameters.class to take"
              + " whatever the model reads)");
    }
  }
}
