package io.github.cognitoevents.infra.triggers;

import java.util.Objects;

/**
 * Trigger wiring that Cognito would reject or that cannot mean what it says. The {@link #code()}
 * names the rule broken (the three codes of the Serverless Framework's Cognito compiler keep their
 * names); the message names the user pool, the function and the key concerned.
 */
public final class TriggerWiringException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** What is wrong. */
  public enum Code {
    /** A custom SMS or email sender without a KMS key. */
    COGNITO_KMS_KEY_NOT_SET,
    /** Two different KMS keys for one user pool (a pool has one {@code KMSKeyID}). */
    COGNITO_KMS_KEY_ID_NOT_SAME_FOR_SINGLE_USER_POOL,
    /** One function attached to several existing user pools. */
    COGNITO_MULTIPLE_USER_POOLS_PER_FUNCTION,
    /** Two functions (or one, twice) on the same trigger slot of one pool. */
    DUPLICATE_TRIGGER,
    /** A KMS key on a trigger that is not a custom sender. */
    KMS_KEY_WITHOUT_CUSTOM_SENDER,
    /** An event version the trigger slot does not have. */
    UNSUPPORTED_LAMBDA_VERSION,
    /** A user pool or function name CloudFormation or Cognito would not accept. */
    INVALID_NAME,
    /** A literal that is not a Lambda function, KMS key or user pool ARN where one is expected. */
    MALFORMED_ARN,
    /** A value that must be known when the change is applied (an ARN) is an intrinsic function. */
    UNRESOLVED_VALUE
  }

  private final Code code;

  /**
   * Creates the exception.
   *
   * @param code what is wrong
   * @param message the details, naming pool, function and key
   */
  public TriggerWiringException(Code code, String message) {
    super(code + ": " + message);
    this.code = Objects.requireNonNull(code, "code");
  }

  /**
   * What is wrong.
   *
   * @return the code
   */
  public Code code() {
    return code;
  }
}
