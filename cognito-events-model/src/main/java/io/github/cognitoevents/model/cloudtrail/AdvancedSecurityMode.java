package io.github.cognitoevents.model.cloudtrail;

import java.util.HashMap;
import java.util.Map;

/** The threat protection mode of a user pool ({@code advancedSecurityMode}). */
public enum AdvancedSecurityMode {
  /** {@code OFF}. */
  OFF("OFF"),
  /** {@code AUDIT}. */
  AUDIT("AUDIT"),
  /** {@code ENFORCED}. */
  ENFORCED("ENFORCED"),
  /** A value this library does not know; the raw string is kept by the record. */
  UNKNOWN(null);

  private static final Map<String, AdvancedSecurityMode> BY_VALUE = new HashMap<>();

  static {
    for (AdvancedSecurityMode constant : values()) {
      if (constant.value != null) {
        BY_VALUE.put(constant.value, constant);
      }
    }
  }

  private final String value;

  AdvancedSecurityMode(String value) {
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
  public static AdvancedSecurityMode fromValue(String value) {
    return value == null ? UNKNOWN : BY_VALUE.getOrDefault(value, UNKNOWN);
  }
}
