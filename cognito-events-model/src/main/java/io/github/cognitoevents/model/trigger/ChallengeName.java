package io.github.cognitoevents.model.trigger;

/**
 * The documented challenge names of a custom authentication flow's {@code session} and of {@code
 * DefineAuthChallenge}'s response. Records keep the raw string; this is its typed view.
 *
 * <pre>{@code
 * ChallengeName.of("CUSTOM_CHALLENGE"); // CUSTOM_CHALLENGE
 * ChallengeName.of("NEW_THING");        // UNKNOWN
 * }</pre>
 */
public enum ChallengeName {
  /** {@code CUSTOM_CHALLENGE}. */
  CUSTOM_CHALLENGE,
  /** {@code SRP_A}. */
  SRP_A,
  /** {@code PASSWORD_VERIFIER}. */
  PASSWORD_VERIFIER,
  /** {@code SMS_MFA}. */
  SMS_MFA,
  /** {@code EMAIL_OTP}. */
  EMAIL_OTP,
  /** {@code SOFTWARE_TOKEN_MFA}. */
  SOFTWARE_TOKEN_MFA,
  /** {@code DEVICE_SRP_AUTH}. */
  DEVICE_SRP_AUTH,
  /** {@code DEVICE_PASSWORD_VERIFIER}. */
  DEVICE_PASSWORD_VERIFIER,
  /** {@code ADMIN_NO_SRP_AUTH}. */
  ADMIN_NO_SRP_AUTH,
  /** Any other value. */
  UNKNOWN;

  /**
   * The constant for a raw value (exact match).
   *
   * @param value the raw value, may be {@code null}
   * @return the constant, {@link #UNKNOWN} when not documented
   */
  public static ChallengeName of(String value) {
    if (value == null || value.equals("UNKNOWN")) {
      return UNKNOWN;
    }
    for (ChallengeName c : values()) {
      if (c.name().equals(value)) {
        return c;
      }
    }
    return UNKNOWN;
  }
}
