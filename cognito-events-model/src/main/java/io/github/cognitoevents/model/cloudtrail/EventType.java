package io.github.cognitoevents.model.cloudtrail;

import java.util.HashMap;
import java.util.Map;

/**
 * The CloudTrail {@code eventType} of a record; each maps to one EventBridge {@code detail-type}.
 */
public enum EventType {
  /**
   * {@code AwsApiCall}. An API call; EventBridge {@code detail-type} "AWS API Call via CloudTrail"
   */
  AWS_API_CALL("AwsApiCall"),
  /**
   * {@code AwsServiceEvent}. A service event, e.g. Cognito managed login {@code Token_POST}; "AWS
   * Service Event via CloudTrail"
   */
  AWS_SERVICE_EVENT("AwsServiceEvent"),
  /** {@code AwsConsoleAction}. A console action; "AWS Console Action via CloudTrail" */
  AWS_CONSOLE_ACTION("AwsConsoleAction"),
  /** {@code AwsConsoleSignIn}. A console sign-in; "AWS Console Sign In via CloudTrail" */
  AWS_CONSOLE_SIGN_IN("AwsConsoleSignIn"),
  /** {@code AwsCloudTrailInsight}. An Insights event; "AWS Insight via CloudTrail" */
  AWS_CLOUD_TRAIL_INSIGHT("AwsCloudTrailInsight"),
  /** {@code AwsVpceEvent}. A network-activity (VPC endpoint) event */
  AWS_VPCE_EVENT("AwsVpceEvent"),
  /** A value this library does not know; the raw string is kept by the record. */
  UNKNOWN(null);

  private static final Map<String, EventType> BY_VALUE = new HashMap<>();

  static {
    for (EventType constant : values()) {
      if (constant.value != null) {
        BY_VALUE.put(constant.value, constant);
      }
    }
  }

  private final String value;

  EventType(String value) {
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
  public static EventType fromValue(String value) {
    return value == null ? UNKNOWN : BY_VALUE.getOrDefault(value, UNKNOWN);
  }

  /**
   * The EventBridge {@code detail-type} of records of this type.
   *
   * @return for example {@code AWS API Call via CloudTrail}; {@code null} for {@link #UNKNOWN} and
   *     {@link #AWS_VPCE_EVENT}
   */
  public String detailType() {
    switch (this) {
      case AWS_API_CALL:
        return "AWS API Call via CloudTrail";
      case AWS_SERVICE_EVENT:
        return "AWS Service Event via CloudTrail";
      case AWS_CONSOLE_ACTION:
        return "AWS Console Action via CloudTrail";
      case AWS_CONSOLE_SIGN_IN:
        return "AWS Console Sign In via CloudTrail";
      case AWS_CLOUD_TRAIL_INSIGHT:
        return "AWS Insight via CloudTrail";
      default:
        return null;
    }
  }
}
