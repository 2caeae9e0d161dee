package io.github.cognitoevents.samples.config;

/**
 * Thrown when a set of user pool triggers cannot be deployed as described: a custom sender without
 * a KMS key, a token-generation version the pool's feature plan or its grants do not allow, a slot
 * given twice, or a malformed ARN. The message names the {@code LambdaConfig} key and the value.
 *
 * <pre>{@code
 * TriggerConfiguration.builder()
 *     .customEmailSender("arn:aws:lambda:us-east-1:123456789012:function:mailer")
 *     .build(); // CustomEmailSender needs KMSKeyID
 * }</pre>
 */
public final class InvalidTriggerConfigurationException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what is wrong, naming the key and the value
   */
  public InvalidTriggerConfigurationException(String message) {
    super(message);
  }
}
