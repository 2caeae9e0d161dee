package io.github.cognitoevents.model.trigger;

/**
 * The user-pool Lambda trigger slots ({@code LambdaConfig} keys). Each {@code triggerSource} value
 * starts with its slot's prefix, e.g. {@code PreSignUp_SignUp} belongs to {@link #PRE_SIGN_UP} and
 * {@code TokenGeneration_RefreshTokens} to {@link #PRE_TOKEN_GENERATION}.
 *
 * <pre>{@code
 * TriggerSlot.of("CustomEmailSender_Authentication"); // CUSTOM_EMAIL_SENDER
 * TriggerSlot.of("SomethingNew_Foo");                 // UNKNOWN
 * }</pre>
 */
public enum TriggerSlot {
  /** {@code PreSignUp}. */
  PRE_SIGN_UP("PreSignUp"),
  /** {@code PostConfirmation}. */
  POST_CONFIRMATION("PostConfirmation"),
  /** {@code PreAuthentication}. */
  PRE_AUTHENTICATION("PreAuthentication"),
  /** {@code PostAuthentication}. */
  POST_AUTHENTICATION("PostAuthentication"),
  /** {@code DefineAuthChallenge}. */
  DEFINE_AUTH_CHALLENGE("DefineAuthChallenge"),
  /** {@code CreateAuthChallenge}. */
  CREATE_AUTH_CHALLENGE("CreateAuthChallenge"),
  /** {@code VerifyAuthChallengeResponse}. */
  VERIFY_AUTH_CHALLENGE_RESPONSE("VerifyAuthChallengeResponse"),
  /**
   * {@code PreTokenGeneration} (event versions 1, 2 and 3); sources start with {@code
   * TokenGeneration}.
   */
  PRE_TOKEN_GENERATION("TokenGeneration"),
  /** {@code UserMigration}. */
  USER_MIGRATION("UserMigration"),
  /** {@code CustomMessage}. */
  CUSTOM_MESSAGE("CustomMessage"),
  /** {@code CustomSMSSender}. */
  CUSTOM_SMS_SENDER("CustomSMSSender"),
  /** {@code CustomEmailSender}. */
  CUSTOM_EMAIL_SENDER("CustomEmailSender"),
  /** {@code InboundFederation}. */
  INBOUND_FEDERATION("InboundFederation"),
  /** A {@code triggerSource} whose prefix is not a known slot. */
  UNKNOWN(null);

  private static final TriggerSlot[] VALUES = values();

  private final String prefix;

  TriggerSlot(String prefix) {
    this.prefix = prefix;
  }

  /**
   * The {@code triggerSource} prefix (the part before {@code _}) of this slot.
   *
   * @return the prefix, {@code null} for {@link #UNKNOWN}
   */
  public String prefix() {
    return prefix;
  }

  /**
   * The slot of a raw {@code triggerSource}, judged by its prefix so that sources Cognito adds
   * later still reach the right slot.
   *
   * @param triggerSource the raw value, may be {@code null}
   * @return the slot, {@link #UNKNOWN} when not recognised
   */
  public static TriggerSlot of(String triggerSource) {
    if (triggerSource == null) {
      return UNKNOWN;
    }
    // compares lengths, then one prefix: cheaper than hashing the whole value, which is new per
    // event
    return bySuffix(triggerSource);
  }

  private static TriggerSlot bySuffix(String triggerSource) {
    int cut = triggerSource.indexOf('_');
    if (cut <= 0) {
      return UNKNOWN;
    }
    for (TriggerSlot slot : VALUES) {
      // prefixes hold no '_', so this equals comparing the text before the first '_'
      if (slot.prefix != null
          && slot.prefix.length() == cut
          && triggerSource.startsWith(slot.prefix)) {
        return slot;
      }
    }
    return UNKNOWN;
  }
}
