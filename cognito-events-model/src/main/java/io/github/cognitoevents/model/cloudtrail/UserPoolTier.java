package io.github.cognitoevents.model.cloudtrail;

import java.util.HashMap;
import java.util.Map;

/** The feature plan of a user pool ({@code userPoolTier}). */
public enum UserPoolTier {
  /** {@code LITE}. */
  LITE("LITE"),
  /** {@code ESSENTIALS}. */
  ESSENTIALS("ESSENTIALS"),
  /** {@code PLUS}. */
  PLUS("PLUS"),
  /** A value this library does not know; the raw string is kept by the record. */
  UNKNOWN(null);

  private static final Map<String, UserPoolTier> BY_VALUE = new HashMap<>();

  static {
    for (UserPoolTier constant : values()) {
      if (constant.value != null) {
        BY_VALUE.put(constant.value, constant);
      }
    }
  }

  private final String value;

  UserPoolTier(String value) {
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
  public static UserPoolTier fromValue(String value) {
    return value == null ? UNKNOWN : BY_VALUE.getOrDefault(value, UNKNOWN);
  }
}
