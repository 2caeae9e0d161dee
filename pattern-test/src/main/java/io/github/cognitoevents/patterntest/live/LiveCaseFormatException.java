package io.github.cognitoevents.patterntest.live;

/**
 * A live-cases file ({@link LiveCase#readJsonLines(java.nio.file.Path)}) has a malformed line. The
 * message names the line number and the field, never the line's content.
 */
public final class LiveCaseFormatException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message the line number and what is wrong with it
   */
  public LiveCaseFormatException(String message) {
    super(message);
  }
}
