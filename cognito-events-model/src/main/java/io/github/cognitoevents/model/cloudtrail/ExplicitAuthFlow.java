package io.github.cognitoevents.model.cloudtrail;

import java.util.HashMap;
import java.util.Map;

/** An authentication flow an app client allows ({@code explicitAuthFlows}). */
public enum ExplicitAuthFlow {
  /** {@code ADMIN_NO_SRP_AUTH}. */
  ADMIN_NO_SRP_AUTH("ADMIN_NO_SRP_AUTH"),
  /** {@code CUSTOM_AUTH_FLOW_ONLY}. */
  CUSTOM_AUTH_FLOW_ONLY("CUSTOM_AUTH_FLOW_ONLY"),
  /** {@code USER_PASSWORD_AUTH}. */
  USER_PASSWORD_AUTH("USER_PASSWORD_AUTH"),
  /** {@code ALLOW_ADMIN_USER_PASSWORD_AUTH}. */
  ALLOW_ADMIN_USER_PASSWORD_AUTH("ALLOW_ADMIN_USER_PASSWORD_AUTH"),
  /** {@code ALLOW_CUSTOM_AUTH}. */
  ALLOW_CUSTOM_AUTH("ALLOW_CUSTOM_AUTH"),
  /** {@code ALLOW_USER_PASSWORD_AUTH}. */
  ALLOW_USER_PASSWORD_AUTH("ALLOW_USER_PASSWORD_AUTH"),
  /** {@code ALLOW_USER_SRP_AUTH}. */
  ALLOW_USER_SRP_AUTH("ALLOW_USER_SRP_AUTH"),
  /** {@code ALLOW_REFRESH_TOKEN_AUTH}. */
  ALLOW_REFRESH_TOKEN_AUTH("ALLOW_REFRESH_TOKEN_AUTH"),
  /** {@code ALLOW_USER_AUTH}. */
  ALLOW_USER_AUTH("ALLOW_USER_AUTH"),
  /** A value this library does not know; the raw string is kept by the record. */
  UNKNOWN(null);

  private static final Map<String, ExplicitAuthFlow> BY_VALUE = new HashMap<>();

  static {
    for (ExplicitAuthFlow constant : values()) {
      if (constant.value != null) {
        BY_VALUE.put(constant.value, constant);
      }
    }
  }

  private final String value;

  ExplicitAuthFlow(String value) {
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
  public static ExplicitAuthFlow fromValue(String value) {
    return value == null ? UNKNOWN : BY_VALUE.getOrDefault(value, UNKNOWN);
  }
}
