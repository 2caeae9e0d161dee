package io.github.cognitoevents.model.cloudtrail;

import java.util.HashMap;
import java.util.Map;

/** The name of a Cognito authentication challenge. */
public enum ChallengeName {
  /** {@code SMS_MFA}. */
  SMS_MFA("SMS_MFA"),
  /** {@code EMAIL_OTP}. */
  EMAIL_OTP("EMAIL_OTP"),
  /** {@code SOFTWARE_TOKEN_MFA}. */
  SOFTWARE_TOKEN_MFA("SOFTWARE_TOKEN_MFA"),
  /** {@code SELECT_MFA_TYPE}. */
  SELECT_MFA_TYPE("SELECT_MFA_TYPE"),
  /** {@code MFA_SETUP}. */
  MFA_SETUP("MFA_SETUP"),
  /** {@code PASSWORD_VERIFIER}. */
  PASSWORD_VERIFIER("PASSWORD_VERIFIER"),
  /** {@code CUSTOM_CHALLENGE}. */
  CUSTOM_CHALLENGE("CUSTOM_CHALLENGE"),
  /** {@code SELECT_CHALLENGE}. */
  SELECT_CHALLENGE("SELECT_CHALLENGE"),
  /** {@code DEVICE_SRP_AUTH}. */
  DEVICE_SRP_AUTH("DEVICE_SRP_AUTH"),
  /** {@code DEVICE_PASSWORD_VERIFIER}. */
  DEVICE_PASSWORD_VERIFIER("DEVICE_PASSWORD_VERIFIER"),
  /** {@code ADMIN_NO_SRP_AUTH}. */
  ADMIN_NO_SRP_AUTH("ADMIN_NO_SRP_AUTH"),
  /** {@code NEW_PASSWORD_REQUIRED}. */
  NEW_PASSWORD_REQUIRED("NEW_PASSWORD_REQUIRED"),
  /** {@code SMS_OTP}. */
  SMS_OTP("SMS_OTP"),
  /** {@code PASSWORD}. */
  PASSWORD("PASSWORD"),
  /** {@code WEB_AUTHN}. */
  WEB_AUTHN("WEB_AUTHN"),
  /** {@code PASSWORD_SRP}. */
  PASSWORD_SRP("PASSWORD_SRP"),
  /** A value this library does not know; the raw string is kept by the record. */
  UNKNOWN(null);

  private static final Map<String, ChallengeName> BY_VALUE = new HashMap<>();

  static {
    for (ChallengeName constant : values()) {
      if (constant.value != null) {
        BY_VALUE.put(constant.value, constant);
      }
    }
  }

  private final String value;

  ChallengeName(String value) {
    this.value = value;
  }

  /**
   * The value as it appears in JSON.
   *
   * @return the JSON value, {@code null} for {@link #UNKNOWN}
   */
  public String value() {
    return value;
  }

  /**
   * The constant for a JSON value.
   *
   * @param value the JSON value, may be {@code null}
   * @return the constant, or {@link #UNKNOWN}
   */
  public static ChallengeName fromValue(String value) {
    return value == null ? UNKNOWN : BY_VALUE.getOrDefault(value, UNKNOWN);
  }
}
