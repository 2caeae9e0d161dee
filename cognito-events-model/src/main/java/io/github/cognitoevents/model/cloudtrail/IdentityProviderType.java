package io.github.cognitoevents.model.cloudtrail;

import java.util.HashMap;
import java.util.Map;

/** The type of a user pool identity provider. */
public enum IdentityProviderType {
  /** {@code SAML}. */
  SAML("SAML"),
  /** {@code Facebook}. */
  FACEBOOK("Facebook"),
  /** {@code Google}. */
  GOOGLE("Google"),
  /** {@code LoginWithAmazon}. */
  LOGIN_WITH_AMAZON("LoginWithAmazon"),
  /** {@code SignInWithApple}. */
  SIGN_IN_WITH_APPLE("SignInWithApple"),
  /** {@code OIDC}. */
  OIDC("OIDC"),
  /** A value this library does not know; the raw string is kept by the record. */
  UNKNOWN(null);

  private static final Map<String, IdentityProviderType> BY_VALUE = new HashMap<>();

  static {
    for (IdentityProviderType constant : values()) {
      if (constant.value != null) {
        BY_VALUE.put(constant.value, constant);
      }
    }
  }

  private final String value;

  IdentityProviderType(String value) {
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
  public static IdentityProviderType fromValue(String value) {
    return value == null ? UNKNOWN : BY_VALUE.getOrDefault(value, UNKNOWN);
  }
}
