package io.github.cognitoevents.patterntest;

/**
 * The event given to a matcher is not a valid EventBridge test event: not JSON, not a JSON object,
 * or missing one of {@code id}, {@code account}, {@code source}, {@code time}, {@code region} and
 * {@code detail-type} ({@code resources} is not required). This is TestEventPattern's {@code
 * ValidationException}.
 *
 * <p>{@link #getMessage()} starts with AWS's text, {@value #AWS_MESSAGE}, and adds the specific
 * problem on the next line (a field name or the JSON parser's message, never the payload):
 *
 * <pre>{@code
 * Parameter Event is not valid.
 * missing required field(s): id, account
 * }</pre>
 */
public final class InvalidEventException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** The first line of the message, exactly as TestEventPattern reports it. */
  public static final String AWS_MESSAGE = "Parameter Event is not valid.";

  /** The error code TestEventPattern answers with. */
  public static final String ERROR_CODE = "ValidationException";

  private final String detail;

  /**
   * Creates the exception.
   *
   * @param detail what exactly is wrong (one line, no event content)
   * @param cause the parser error, or {@code null}
   */
  public InvalidEventException(String detail, Throwable cause) {
    super(AWS_MESSAGE + "\n" + detail, cause);
    this.detail = detail;
  }

  /**
   * The specific problem, without AWS's first line.
   *
   * @return the detail line
   */
  public String detail() {
    return detail;
  }
}
