package io.github.cognitoevents.lambda;

import io.github.cognitoevents.model.cloudtrail.RequestParameters;

/**
 * What a {@link CognitoApiCallHandler} calls for one operation.
 *
 * <pre>{@code
 * onSuccess(UPDATE_USER_POOL_CLIENT, UpdateUserPoolClientRequest.class,
 *     (call, request) -> audit(request.clientId(), request.callbackUrls()));
 * }</pre>
 *
 * @param <Q> the operation's request parameters
 * @param <R> the handler's result type ({@code Void} when there is none)
 */
@FunctionalInterface
public interface ApiCallListener<Q extends RequestParameters, R> {

  /**
   * Handles the call.
   *
   * @param call the call
   * @param request its request parameters; {@code null} when the record carries none
   * @return the handler's result for this event
   */
  R onCall(ApiCall call, Q request);
}
