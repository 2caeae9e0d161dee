package io.github.cognitoevents.model.cloudtrail;

import java.util.HashMap;
import java.util.Map;

/** The status of a user pool user ({@code UserType.UserStatus}). */
public enum UserStatus {
  /** {@code UNCONFIRMED}. */
  UNCONFIRMED("UNCONFIRMED"),
  /** {@code CONFIRMED}. */
  CONFIRMED("CONFIRMED"),
  /** {@code ARCHIVED}. */
  ARCHIVED("ARCHIVED"),
  /** {@code COMPROMISED}. */
  COMPROMISED("COMPROMISED"),
  /** {@code UNKNOWN}. Cognito's own UNKNOWN status; not to be confused with {@link #UNKNOWN} */
  UNKNOWN_STATUS("UNKNOWN"),
  /** {@code RESET_REQUIRED}. */
  RESET_REQUIRED("RESET_REQUIRED"),
  /** {@code FORCE_CHANGE_PASSWORD}. */
  FORCE_CHANGE_PASSWORD("FORCE_CHANGE_PASSWORD"),
  /** {@code EXTERNAL_PROVIDER}. */
  EXTERNAL_PROVIDER("EXTERNAL_PROVIDER"),
  /** A value this library does not know; the raw string is kept by the record. */
  UNKNOWN(null);

  private static final Map<String, UserStatus> BY_VALUE = new HashMap<>();

  static {
    for (UserStatus constant : values()) {
      if (constant.value != null) {
        BY_VALUE.put(constant.value, constant);
      }
    }
  }

  private final String value;

  UserStatus(String value) {
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
  public static UserStatus fromValue(String value) {
    return value == null ? UNKNOWN : BY_VALUE.getOrDefault(value, UNKNOWN);
  }
}
