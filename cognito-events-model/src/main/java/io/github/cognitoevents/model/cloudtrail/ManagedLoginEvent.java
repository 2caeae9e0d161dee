package io.github.cognitoevents.model.cloudtrail;

import java.util.HashMap;
import java.util.Map;

/**
 * A Cognito managed login (hosted UI) event name, as in the {@code eventName} of an {@code
 * AwsServiceEvent} record from {@code cognito-idp} (EventBridge {@code detail-type} {@code AWS
 * Service Event via CloudTrail}); see {@link CloudTrailRecord#managedLoginEvent()}.
 */
public enum ManagedLoginEvent {
  /** {@code Login_GET}. */
  LOGIN_GET("Login_GET"),
  /** {@code CognitoAuthentication}. */
  COGNITO_AUTHENTICATION("CognitoAuthentication"),
  /** {@code OAuth2_Authorize_GET}. */
  OAUTH2_AUTHORIZE_GET("OAuth2_Authorize_GET"),
  /** {@code OAuth2Response_GET}. */
  OAUTH2_RESPONSE_GET("OAuth2Response_GET"),
  /** {@code OAuth2Response_POST}. */
  OAUTH2_RESPONSE_POST("OAuth2Response_POST"),
  /** {@code SAML2Response_POST}. */
  SAML2_RESPONSE_POST("SAML2Response_POST"),
  /** {@code Login_OIDC_SAML_POST}. */
  LOGIN_OIDC_SAML_POST("Login_OIDC_SAML_POST"),
  /** {@code Token_POST}. */
  TOKEN_POST("Token_POST"),
  /** {@code Signup_GET}. */
  SIGNUP_GET("Signup_GET"),
  /** {@code Signup_POST}. */
  SIGNUP_POST("Signup_POST"),
  /** {@code Confirm_GET}. */
  CONFIRM_GET("Confirm_GET"),
  /** {@code Confirm_POST}. */
  CONFIRM_POST("Confirm_POST"),
  /** {@code ResendCode_POST}. */
  RESEND_CODE_POST("ResendCode_POST"),
  /** {@code ForgotPassword_GET}. */
  FORGOT_PASSWORD_GET("ForgotPassword_GET"),
  /** {@code ForgotPassword_POST}. */
  FORGOT_PASSWORD_POST("ForgotPassword_POST"),
  /** {@code ConfirmForgotPassword_GET}. */
  CONFIRM_FORGOT_PASSWORD_GET("ConfirmForgotPassword_GET"),
  /** {@code ConfirmForgotPassword_POST}. */
  CONFIRM_FORGOT_PASSWORD_POST("ConfirmForgotPassword_POST"),
  /** {@code ResetPassword_GET}. */
  RESET_PASSWORD_GET("ResetPassword_GET"),
  /** {@code ResetPassword_POST}. */
  RESET_PASSWORD_POST("ResetPassword_POST"),
  /** {@code Mfa_GET}. */
  MFA_GET("Mfa_GET"),
  /** {@code Mfa_POST}. */
  MFA_POST("Mfa_POST"),
  /** {@code MfaOption_GET}. */
  MFA_OPTION_GET("MfaOption_GET"),
  /** {@code MfaOption_POST}. */
  MFA_OPTION_POST("MfaOption_POST"),
  /** {@code Logout}. */
  LOGOUT("Logout"),
  /** {@code SAML2Logout_POST}. */
  SAML2_LOGOUT_POST("SAML2Logout_POST"),
  /** {@code Error_GET}. */
  ERROR_GET("Error_GET"),
  /** {@code UserInfo_GET}. */
  USER_INFO_GET("UserInfo_GET"),
  /** {@code UserInfo_POST}. */
  USER_INFO_POST("UserInfo_POST"),
  /** {@code Confirm_With_Link_GET}. */
  CONFIRM_WITH_LINK_GET("Confirm_With_Link_GET"),
  /** {@code Event_Feedback_GET}. */
  EVENT_FEEDBACK_GET("Event_Feedback_GET"),
  /** A value this library does not know; the raw string is kept by the record. */
  UNKNOWN(null);

  private static final Map<String, ManagedLoginEvent> BY_VALUE = new HashMap<>();

  static {
    for (ManagedLoginEvent constant : values()) {
      if (constant.value != null) {
        BY_VALUE.put(constant.value, constant);
      }
    }
  }

  private final String value;

  ManagedLoginEvent(String value) {
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
  public static ManagedLoginEvent fromValue(String value) {
    return value == null ? UNKNOWN : BY_VALUE.getOrDefault(value, UNKNOWN);
  }
}
