package io.github.cognitoevents.samples.usersync;

/**
 * A CloudEvent was not accepted by its receiver (an HTTP status other than 2xx, or no answer). The
 * message names the event id, the receiver and the status; {@link UserPoolSource} keeps the event
 * for its next poll.
 *
 * <pre>{@code
 * try {
 *   sender.send(event);
 * } catch (CloudEventDeliveryException e) {
 *   // retried by the source's next poll
 * }
 * }</pre>
 */
public final class CloudEventDeliveryException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what was not delivered, where, and why
   * @param cause the I/O failure, or {@code null}
   */
  public CloudEventDeliveryException(String message, Throwable cause) {
    super(message, cause);
  }
}
