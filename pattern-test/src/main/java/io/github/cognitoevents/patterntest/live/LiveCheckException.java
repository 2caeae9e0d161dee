package io.github.cognitoevents.patterntest.live;

/**
 * The live {@code TestEventPattern} call gave no verdict: the service failed ({@code
 * InternalException}, throttling, access denied, ...) or could not be reached.
 *
 * <p>A rejected pattern or event is <em>not</em> this exception: those are verdicts ({@link
 * io.github.cognitoevents.patterntest.Verdict.Kind#INVALID}). The message names the AWS error code,
 * the HTTP status and the request id, never the event or the pattern.
 */
public final class LiveCheckException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String errorCode;
  private final int statusCode;

  /**
   * Creates the exception.
   *
   * @param message what failed, without any payload
   * @param errorCode the AWS error code, or {@code null} when the service was not reached
   * @param statusCode the HTTP status, or {@code 0} when the service was not reached
   * @param cause the SDK exception
   */
  public LiveCheckException(String message, String errorCode, int statusCode, Throwable cause) {
    super(message, cause);
    this.errorCode = errorCode;
    this.statusCode = statusCode;
  }

  /**
   * The AWS error code (e.g. {@code InternalException}).
   *
   * @return the code, or {@code null} when the service was not reached
   */
  public String errorCode() {
    return errorCode;
  }

  /**
   * The HTTP status of the failed call.
   *
   * @return the status, or {@code 0} when the service was not reached
   */
  public int statusCode() {
    return statusCode;
  }
}
