package io.github.cognitoevents.samples.triggers;

/**
 * Thrown by a sample trigger to make Cognito refuse the operation (a sign-up, a sign-in, a
 * migration). Cognito shows the message to the client, so it names the reason and never the user's
 * data beyond what the client sent.
 *
 * <pre>{@code
 * throw new TriggerRejectedException("email domain \"mailinator.test\" is not allowed");
 * }</pre>
 */
public final class TriggerRejectedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message the reason shown to the client
   */
  public TriggerRejectedException(String message) {
    super(message);
  }
}
