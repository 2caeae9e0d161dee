package io.github.cognitoevents.model.cloudtrail;

import java.util.HashMap;
import java.util.Map;

/** An OAuth 2.0 grant an app client allows ({@code allowedOAuthFlows}). */
public enum OAuthFlow {
  /** {@code code}. */
  CODE("code"),
  /** {@code implicit}. */
  IMPLICIT("implicit"),
  /** {@code client_credentials}. */
  CLIENT_CREDENTIALS("client_credentials"),
  /** A value this library does not know; the raw string is kept by the record. */
  UNKNOWN(null);

  private static final Map<String, OAuthFlow> BY_VALUE = new HashMap<>();

  static {
    for (OAuthFlow constant : values()) {
      if (constant.value != null) {
        BY_VALUE.put(constant.value, constant);
      }
    }
  }

  private final String value;

  OAuthFlow(String value) {
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
  public static OAuthFlow fromValue(String value) {
    return value == null ? UNKNOWN : BY_VALUE.getOrDefault(value, UNKNOWN);
  }
}
