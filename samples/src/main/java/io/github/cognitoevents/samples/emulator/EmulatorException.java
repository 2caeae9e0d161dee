package io.github.cognitoevents.samples.emulator;

/**
 * The local Cognito emulator could not be installed, started or reached. The message says which
 * step failed and quotes the end of the relevant log ({@code npm ci} or cognito-local's own).
 *
 * <pre>{@code
 * try (EmulatedCognito cognito = EmulatedCognito.start(Path.of("samples"))) {
 *   // ...
 * } catch (EmulatorException e) {
 *   System.err.println(e.getMessage());
 * }
 * }</pre>
 */
public final class EmulatorException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what failed
   */
  public EmulatorException(String message) {
    super(message);
  }

  /**
   * Creates the exception.
   *
   * @param message what failed
   * @param cause the underlying failure
   */
  public EmulatorException(String message, Throwable cause) {
    super(message, cause);
  }
}
