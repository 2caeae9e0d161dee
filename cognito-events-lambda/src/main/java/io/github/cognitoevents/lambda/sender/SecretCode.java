package io.github.cognitoevents.lambda.sender;

import java.util.Objects;

/**
 * A decrypted custom sender code or temporary password. It is revealed only on request: {@link
 * #toString()} never prints it, so logging the object, or a record holding it, is safe.
 *
 * <pre>{@code
 * SecretCode code = codes.decrypt(event);
 * mailer.send(email, "Your code is " + code.reveal());
 * }</pre>
 *
 * <p>Equality is identity: two codes are never compared through {@code equals}, which would leak
 * through timing and through collections.
 */
public final class SecretCode {

  private final String value;

  SecretCode(String value) {
    this.value = Objects.requireNonNull(value, "value");
  }

  /**
   * The plaintext, to put into the message the function sends. Temporary passwords ({@code
   * CustomEmailSender_AdminCreateUser}) arrive HTML-escaped, as Cognito encrypted them.
   *
   * @return the code
   */
  public String reveal() {
    return value;
  }

  /** Never prints the code. */
  @Override
  public String toString() {
    return "SecretCode[redacted]";
  }
}
