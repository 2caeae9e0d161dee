package io.github.cognitoevents.sdkbridge;

/**
 * A record and an SDK object could not be converted into one another: the type has no counterpart,
 * or a value CloudTrail wrote does not fit the SDK's type. The message names the member by its
 * path, never its value.
 */
public final class SdkConversionException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what could not be converted, naming the member
   */
  public SdkConversionException(String message) {
    super(message);
  }

  /**
   * Creates the exception.
   *
   * @param message what could not be converted, naming the member
   * @param cause the underlying failure
   */
  public SdkConversionException(String message, Throwable cause) {
    super(message, cause);
  }
}
