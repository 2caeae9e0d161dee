package io.github.cognitoevents.pattern;

/**
 * Thrown when an event pattern is not valid: EventBridge would reject it with {@code
 * InvalidEventPatternException}.
 *
 * <p>The message has EventBridge's shape: the first line is {@code Event pattern is not valid.
 * Reason: <reason>}, word for word as AWS returns it; for errors found while reading the JSON it
 * may be followed by Jackson's location lines ({@code at [Source: ...]}). {@link #reason()} gives
 * the reason alone.
 *
 * <pre>{@code
 * try {
 *   EventPattern.parse("{\"resources\": []}");
 * } catch (InvalidEventPatternException e) {
 *   e.reason(); // "Empty arrays are not allowed"
 * }
 * }</pre>
 */
public final class InvalidEventPatternException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The fixed text that starts every message. */
  public static final String PREFIX = "Event pattern is not valid. Reason: ";

  private final String reason;

  /**
   * Creates an exception whose message is {@code PREFIX + detail}.
   *
   * @param detail the reason, optionally followed by location lines after a newline
   */
  public InvalidEventPatternException(String detail) {
    super(PREFIX + detail);
    this.reason = firstLine(detail);
  }

  /**
   * Creates an exception whose message is {@code PREFIX + detail}, with a cause.
   *
   * @param detail the reason, optionally followed by location lines after a newline
   * @param cause the underlying failure (for example Jackson's parse exception)
   */
  public InvalidEventPatternException(String detail, Throwable cause) {
    super(PREFIX + detail, cause);
    this.reason = firstLine(detail);
  }

  /**
   * The reason alone: the text after {@code Reason: } on the first line of the message.
   *
   * @return the reason, never {@code null}
   */
  public String reason() {
    return reason;
  }

  private static String firstLine(String detail) {
    String text = String.valueOf(detail);
    int newline = text.indexOf('\n');
    return newline < 0 ? text : text.substring(0, newline);
  }
}
