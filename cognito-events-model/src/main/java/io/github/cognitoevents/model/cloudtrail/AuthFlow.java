package io.github.cognitoevents.model.cloudtrail;

import java.util.HashMap;
import java.util.Map;

/** The {@code authFlow} of an {@code AdminInitiateAuth} call. */
public enum AuthFlow {
  /** {@code USER_SRP_AUTH}. */
  USER_SRP_AUTH("USER_SRP_AUTH"),
  /** {@code REFRESH_TOKEN_AUTH}. */
  REFRESH_TOKEN_AUTH("REFRESH_TOKEN_AUTH"),
  /** {@code REFRESH_TOKEN}. */
  REFRESH_TOKEN("REFRESH_TOKEN"),
  /** {@code CUSTOM_AUTH}. */
  CUSTOM_AUTH("CUSTOM_AUTH"),
  /** {@code ADMIN_NO_SRP_AUTH}. */
  ADMIN_NO_SRP_AUTH("ADMIN_NO_SRP_AUTH"),
  /** {@code USER_PASSWORD_AUTH}. */
  USER_PASSWORD_AUTH("USER_PASSWORD_AUTH"),
  /** {@code ADMIN_USER_PASSWORD_AUTH}. */
  ADMIN_USER_PASSWORD_AUTH("ADMIN_USER_PASSWORD_AUTH"),
  /** {@code USER_AUTH}. */
  USER_AUTH("USER_AUTH"),
  /** A value this library does not know; the raw string is kept by the record. */
  UNKNOWN(null);

  private static final Map<String, AuthFlow> BY_VALUE = new HashMap<>();

  static {
    for (AuthFlow constant : values()) {
      if (constant.value != null) {
        BY_VALUE.put(constant.value, constant);
      }
    }
  }

  private final String value;

  AuthFlow(String value) {
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
  public static AuthFlow fromValue(String value) {
    return value == null ? UNKNOWN : BY_VALUE.getOrDefault(value, UNKNOWN);
  }
}
