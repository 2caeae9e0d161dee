package io.github.cognitoevents.lambda;

/**
 * An API call reached a {@link CognitoApiCallHandler} that has no listener for its operation and
 * was not told to ignore such calls (see {@link CognitoApiCallHandler.Unregistered}). Thrown out of
 * {@code handleRequest}, it fails the invocation, so EventBridge's retries and the function's
 * dead-letter queue or on-failure destination keep the event.
 *
 * <p>The message names the event source and name and how to handle it; never parameter values.
 */
public final class UnhandledApiCallException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private static final int MAX_NAME = 100;

  private final String eventName;

  /**
   * Creates the exception.
   *
   * @param call the call
   * @param handler the handler class
   */
  public UnhandledApiCallException(ApiCall call, Class<?> handler) {
    super(message(call, handler));
    this.eventName = call.record().eventName();
  }

  private static String message(ApiCall call, Class<?> handler) {
    String name = call.record().eventName();
    if (name != null && name.length() > MAX_NAME) {
      name = name.substring(0, MAX_NAME) + "...";
    }
    String source = call.record().eventSource();
    String register =
        call.operation() == io.github.cognitoevents.model.cloudtrail.CognitoOperation.UNKNOWN
            ? "override onOther(ApiCall)"
            : "register onSuccess("
                + call.operation().name()
                + ", ...) or onFailure("
                + call.operation().name()
                + ", ...), or override onOther(ApiCall)";
    return (call.isFailed() ? "failed " : "")
        + "API call "
        + (source == null ? "?" : source)
        + " "
        + (name == null ? "?" : name)
        + " is not handled by "
        + handler.getName()
        + ": "
        + register
        + ", or ignore such calls with super(Unregistered.IGNORE)";
  }

  /**
   * The CloudTrail {@code eventName} of the call.
   *
   * @return the event name, may be {@code null}
   */
  public String eventName() {
    return eventName;
  }
}
