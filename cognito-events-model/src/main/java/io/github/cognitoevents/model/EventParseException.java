package io.github.cognitoevents.model;

/**
 * Thrown when a JSON document cannot be read as a Cognito event: it is not JSON, not an object, or
 * a field holds a value of the wrong kind. The message names the field (as a JSON pointer) and the
 * offending value, never the whole payload.
 */
public final class EventParseException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String pointer;

  /**
   * Creates the exception.
   *
   * @param pointer JSON pointer of the offending field ({@code ""} for the document itself)
   * @param message what is wrong, naming the field and the JSON kind, never the value
   * @param cause the underlying error, or {@code null}
   */
  public EventParseException(String pointer, String message, Throwable cause) {
    super(message, cause);
    this.pointer = pointer == null ? "" : pointer;
  }

  /**
   * Creates the exception.
   *
   * @param pointer JSON pointer of the offending field ({@code ""} for the document itself)
   * @param message what is wrong, naming the field and the JSON kind, never the value
   */
  public EventParseException(String pointer, String message) {
    this(pointer, message, null);
  }

  /**
   * The JSON pointer of the offending field, {@code ""} for the document itself.
   *
   * @return the pointer
   */
  public String pointer() {
    return pointer;
  }
}
