package io.github.cognitoevents.pattern.cognito;

/**
 * Thrown when a Cognito rule is asked for a combination that cannot make sense: an {@code UNKNOWN}
 * operation, both "only successful" and "only failed" calls, two conditions on one field, or
 * explicit operations together with the read-only filter.
 *
 * <pre>{@code
 * CognitoApiCalls.rule().succeeded().failed(); // InvalidCognitoRuleException
 * }</pre>
 *
 * <p>A rule that EventBridge itself would reject (for instance one longer than the rule size limit)
 * fails instead with {@link io.github.cognitoevents.pattern.InvalidEventPatternException}.
 */
public final class InvalidCognitoRuleException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what is wrong, naming the field and the value
   */
  public InvalidCognitoRuleException(String message) {
    super(message);
  }
}
