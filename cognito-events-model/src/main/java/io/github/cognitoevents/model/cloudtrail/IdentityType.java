package io.github.cognitoevents.model.cloudtrail;

import java.util.HashMap;
import java.util.Map;

/** The {@code userIdentity.type} of a CloudTrail record. */
public enum IdentityType {
  /** {@code Root}. */
  ROOT("Root"),
  /** {@code IAMUser}. */
  IAM_USER("IAMUser"),
  /** {@code AssumedRole}. */
  ASSUMED_ROLE("AssumedRole"),
  /** {@code Role}. */
  ROLE("Role"),
  /** {@code FederatedUser}. */
  FEDERATED_USER("FederatedUser"),
  /** {@code Directory}. */
  DIRECTORY("Directory"),
  /** {@code AWSAccount}. */
  AWS_ACCOUNT("AWSAccount"),
  /** {@code AWSService}. */
  AWS_SERVICE("AWSService"),
  /** {@code SAMLUser}. */
  SAML_USER("SAMLUser"),
  /** {@code WebIdentityUser}. */
  WEB_IDENTITY_USER("WebIdentityUser"),
  /** {@code IdentityCenterUser}. */
  IDENTITY_CENTER_USER("IdentityCenterUser"),
  /**
   * {@code Unknown}. CloudTrail's own "Unknown" type, e.g. unauthenticated identity-pool calls; not
   * to be confused with {@link #UNKNOWN}
   */
  UNKNOWN_PRINCIPAL("Unknown"),
  /** A value this library does not know; the raw string is kept by the record. */
  UNKNOWN(null);

  private static final Map<String, IdentityType> BY_VALUE = new HashMap<>();

  static {
    for (IdentityType constant : values()) {
      if (constant.value != null) {
        BY_VALUE.put(constant.value, constant);
      }
    }
  }

  private final String value;

  IdentityType(String value) {
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
  public static IdentityType fromValue(String value) {
    return value == null ? UNKNOWN : BY_VALUE.getOrDefault(value, UNKNOWN);
  }
}
