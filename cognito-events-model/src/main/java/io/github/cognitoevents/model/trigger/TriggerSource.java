package io.github.cognitoevents.model.trigger;

import java.util.HashMap;
import java.util.Map;

/**
 * Every documented {@code triggerSource} value, plus {@link #UNKNOWN} for values Cognito adds later
 * (or placeholders in hand-written samples). Records keep the raw string; this enum is the typed
 * view and never rejects a value.
 *
 * <pre>{@code
 * TriggerSource.of("TokenGeneration_ClientCredentials"); // TOKEN_GENERATION_CLIENT_CREDENTIALS
 * TriggerSource.of("TokenGeneration_Future");            // UNKNOWN
 * TriggerSlot.of("TokenGeneration_Future");              // PRE_TOKEN_GENERATION
 * }</pre>
 */
public enum TriggerSource {
  /** {@code PreSignUp_SignUp}. */
  PRE_SIGN_UP_SIGN_UP("PreSignUp_SignUp"),
  /** {@code PreSignUp_AdminCreateUser}. */
  PRE_SIGN_UP_ADMIN_CREATE_USER("PreSignUp_AdminCreateUser"),
  /** {@code PreSignUp_ExternalProvider}. */
  PRE_SIGN_UP_EXTERNAL_PROVIDER("PreSignUp_ExternalProvider"),
  /** {@code PostConfirmation_ConfirmSignUp}. */
  POST_CONFIRMATION_CONFIRM_SIGN_UP("PostConfirmation_ConfirmSignUp"),
  /** {@code PostConfirmation_ConfirmForgotPassword}. */
  POST_CONFIRMATION_CONFIRM_FORGOT_PASSWORD("PostConfirmation_ConfirmForgotPassword"),
  /** {@code PreAuthentication_Authentication}. */
  PRE_AUTHENTICATION_AUTHENTICATION("PreAuthentication_Authentication"),
  /** {@code PostAuthentication_Authentication}. */
  POST_AUTHENTICATION_AUTHENTICATION("PostAuthentication_Authentication"),
  /** {@code DefineAuthChallenge_Authentication}. */
  DEFINE_AUTH_CHALLENGE_AUTHENTICATION("DefineAuthChallenge_Authentication"),
  /** {@code CreateAuthChallenge_Authentication}. */
  CREATE_AUTH_CHALLENGE_AUTHENTICATION("CreateAuthChallenge_Authentication"),
  /** {@code VerifyAuthChallengeResponse_Authentication}. */
  VERIFY_AUTH_CHALLENGE_RESPONSE_AUTHENTICATION("VerifyAuthChallengeResponse_Authentication"),
  /** {@code TokenGeneration_HostedAuth}. */
  TOKEN_GENERATION_HOSTED_AUTH("TokenGeneration_HostedAuth"),
  /** {@code TokenGeneration_Authentication}. */
  TOKEN_GENERATION_AUTHENTICATION("TokenGeneration_Authentication"),
  /** {@code TokenGeneration_NewPasswordChallenge}. */
  TOKEN_GENERATION_NEW_PASSWORD_CHALLENGE("TokenGeneration_NewPasswordChallenge"),
  /** {@code TokenGeneration_AuthenticateDevice}. */
  TOKEN_GENERATION_AUTHENTICATE_DEVICE("TokenGeneration_AuthenticateDevice"),
  /** {@code TokenGeneration_RefreshTokens}. */
  TOKEN_GENERATION_REFRESH_TOKENS("TokenGeneration_RefreshTokens"),
  /** {@code TokenGeneration_ClientCredentials}. */
  TOKEN_GENERATION_CLIENT_CREDENTIALS("TokenGeneration_ClientCredentials"),
  /** {@code UserMigration_Authentication}. */
  USER_MIGRATION_AUTHENTICATION("UserMigration_Authentication"),
  /** {@code UserMigration_ForgotPassword}. */
  USER_MIGRATION_FORGOT_PASSWORD("UserMigration_ForgotPassword"),
  /** {@code CustomMessage_SignUp}. */
  CUSTOM_MESSAGE_SIGN_UP("CustomMessage_SignUp"),
  /** {@code CustomMessage_AdminCreateUser}. */
  CUSTOM_MESSAGE_ADMIN_CREATE_USER("CustomMessage_AdminCreateUser"),
  /** {@code CustomMessage_ResendCode}. */
  CUSTOM_MESSAGE_RESEND_CODE("CustomMessage_ResendCode"),
  /** {@code CustomMessage_ForgotPassword}. */
  CUSTOM_MESSAGE_FORGOT_PASSWORD("CustomMessage_ForgotPassword"),
  /** {@code CustomMessage_UpdateUserAttribute}. */
  CUSTOM_MESSAGE_UPDATE_USER_ATTRIBUTE("CustomMessage_UpdateUserAttribute"),
  /** {@code CustomMessage_VerifyUserAttribute}. */
  CUSTOM_MESSAGE_VERIFY_USER_ATTRIBUTE("CustomMessage_VerifyUserAttribute"),
  /** {@code CustomMessage_Authentication}. */
  CUSTOM_MESSAGE_AUTHENTICATION("CustomMessage_Authentication"),
  /** {@code CustomSMSSender_SignUp}. */
  CUSTOM_SMS_SENDER_SIGN_UP("CustomSMSSender_SignUp"),
  /** {@code CustomSMSSender_ResendCode}. */
  CUSTOM_SMS_SENDER_RESEND_CODE("CustomSMSSender_ResendCode"),
  /** {@code CustomSMSSender_ForgotPassword}. */
  CUSTOM_SMS_SENDER_FORGOT_PASSWORD("CustomSMSSender_ForgotPassword"),
  /** {@code CustomSMSSender_UpdateUserAttribute}. */
  CUSTOM_SMS_SENDER_UPDATE_USER_ATTRIBUTE("CustomSMSSender_UpdateUserAttribute"),
  /** {@code CustomSMSSender_VerifyUserAttribute}. */
  CUSTOM_SMS_SENDER_VERIFY_USER_ATTRIBUTE("CustomSMSSender_VerifyUserAttribute"),
  /** {@code CustomSMSSender_AdminCreateUser}. */
  CUSTOM_SMS_SENDER_ADMIN_CREATE_USER("CustomSMSSender_AdminCreateUser"),
  /** {@code CustomSMSSender_Authentication}. */
  CUSTOM_SMS_SENDER_AUTHENTICATION("CustomSMSSender_Authentication"),
  /** {@code CustomEmailSender_SignUp}. */
  CUSTOM_EMAIL_SENDER_SIGN_UP("CustomEmailSender_SignUp"),
  /** {@code CustomEmailSender_ResendCode}. */
  CUSTOM_EMAIL_SENDER_RESEND_CODE("CustomEmailSender_ResendCode"),
  /** {@code CustomEmailSender_ForgotPassword}. */
  CUSTOM_EMAIL_SENDER_FORGOT_PASSWORD("CustomEmailSender_ForgotPassword"),
  /** {@code CustomEmailSender_UpdateUserAttribute}. */
  CUSTOM_EMAIL_SENDER_UPDATE_USER_ATTRIBUTE("CustomEmailSender_UpdateUserAttribute"),
  /** {@code CustomEmailSender_VerifyUserAttribute}. */
  CUSTOM_EMAIL_SENDER_VERIFY_USER_ATTRIBUTE("CustomEmailSender_VerifyUserAttribute"),
  /** {@code CustomEmailSender_AdminCreateUser}. */
  CUSTOM_EMAIL_SENDER_ADMIN_CREATE_USER("CustomEmailSender_AdminCreateUser"),
  /** {@code CustomEmailSender_Authentication}. */
  CUSTOM_EMAIL_SENDER_AUTHENTICATION("CustomEmailSender_Authentication"),
  /** {@code CustomEmailSender_AccountTakeOverNotification}. */
  CUSTOM_EMAIL_SENDER_ACCOUNT_TAKE_OVER_NOTIFICATION(
      "CustomEmailSender_AccountTakeOverNotification"),
  /** {@code InboundFederation_ExternalProvider}. */
  INBOUND_FEDERATION_EXTERNAL_PROVIDER("InboundFederation_ExternalProvider"),
  /** A value that is not one of the documented constants. */
  UNKNOWN(null);

  private static final Map<String, TriggerSource> BY_VALUE = new HashMap<>();

  static {
    for (TriggerSource s : values()) {
      if (s.value != null) {
        BY_VALUE.put(s.value, s);
      }
    }
  }

  private final String value;

  TriggerSource(String value) {
    this.value = value;
  }

  /**
   * The exact JSON value, e.g. {@code "PreSignUp_SignUp"}.
   *
   * @return the value, {@code null} for {@link #UNKNOWN}
   */
  public String value() {
    return value;
  }

  /**
   * The trigger slot this source belongs to.
   *
   * @return the slot, {@link TriggerSlot#UNKNOWN} for {@link #UNKNOWN}
   */
  public TriggerSlot slot() {
    return TriggerSlot.of(value);
  }

  /**
   * The constant for a raw value (exact, case-sensitive match).
   *
   * @param value the raw {@code triggerSource}, may be {@code null}
   * @return the constant, {@link #UNKNOWN} when not documented
   */
  public static TriggerSource of(String value) {
    return value == null ? UNKNOWN : BY_VALUE.getOrDefault(value, UNKNOWN);
  }
}
