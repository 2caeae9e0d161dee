package io.github.cognitoevents.infra;

/**
 * A template could not be built: a malformed logical id, a resource defined twice, an empty value.
 * The message names the part at fault.
 */
public final class InvalidTemplateException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what is wrong, naming the part
   */
  public InvalidTemplateException(String message) {
    super(message);
  }
}
