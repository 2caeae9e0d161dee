package io.github.cognitoevents.lambda;

import java.util.Objects;

/**
 * A trigger reached a {@link CognitoTriggerHandler} that does not handle it: the subclass does not
 * override the trigger's method, and the handler was not told to pass such triggers through (see
 * {@link CognitoTriggerHandler.Unhandled}). Thrown out of {@code handleRequest}, it fails the
 * Lambda invocation, and Cognito fails the user's operation with an error naming the trigger.
 *
 * <p>The message names the trigger source, the handler class and the method to override; it never
 * contains event values.
 */
public final class UnhandledTriggerException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The longest trigger source quoted in a message; longer ones are cut. */
  private static final int MAX_SOURCE = 64;

  private final String triggerSource;
  private final String method;

  /**
   * Creates the exception.
   *
   * @param triggerSource the event's {@code triggerSource}
   * @param method the method to override, such as {@code onPreSignUp(PreSignUpEvent, Context)}
   * @param handler the handler class
   * @param hint a further hint, or {@code null}
   */
  public UnhandledTriggerException(
      String triggerSource, String method, Class<?> handler, String hint) {
    super(message(triggerSource, method, handler, hint));
    this.triggerSource = triggerSource;
    this.method = Objects.requireNonNull(method, "method");
  }

  private static String message(
      String triggerSource, String method, Class<?> handler, String hint) {
    String source = triggerSource;
    if (source != null && source.length() > MAX_SOURCE) {
      source = source.substring(0, MAX_SOURCE) + "...";
    }
    return "trigger source "
        + (source == null ? "null" : "\"" + source + "\"")
        + " is not handled by "
        + Objects.requireNonNull(handler, "handler").getName()
        + ": override "
        + method
        + ", or pass such triggers through with super(Unhandled.RETURN_UNCHANGED)"
        + (hint == null ? "" : " (" + hint + ")");
  }

  /**
   * The {@code triggerSource} of the unhandled event.
   *
   * @return the trigger source, may be {@code null}
   */
  public String triggerSource() {
    return triggerSource;
  }

  /**
   * The method a subclass overrides to handle the event.
   *
   * @return for example {@code onPreTokenGeneration(PreTokenGenerationEvent, Context)}
   */
  public String method() {
    return method;
  }
}
