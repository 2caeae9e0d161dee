package io.github.cognitoevents.model.cloudtrail;

import java.util.HashMap;
import java.util.Map;

/** The CloudTrail {@code eventCategory} of a record. */
public enum EventCategory {
  /** {@code Management}. */
  MANAGEMENT("Management"),
  /** {@code Data}. Identity-pool data events such as {@code GetId} */
  DATA("Data"),
  /** {@code Insight}. */
  INSIGHT("Insight"),
  /** {@code NetworkActivity}. */
  NETWORK_ACTIVITY("NetworkActivity"),
  /** A value this library does not know; the raw string is kept by the record. */
  UNKNOWN(null);

  private static final Map<String, EventCategory> BY_VALUE = new HashMap<>();

  static {
    for (EventCategory constant : values()) {
      if (constant.value != null) {
        BY_VALUE.put(constant.value, constant);
      }
    }
  }

  private final String value;

  EventCategory(String value) {
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
  public static EventCategory fromValue(String value) {
    return value == null ? UNKNOWN : BY_VALUE.getOrDefault(value, UNKNOWN);
  }
}
