package io.github.cognitoevents.infra.triggers;

import io.github.cognitoevents.infra.CfnValue;
import io.github.cognitoevents.infra.triggers.TriggerWiringException.Code;
import io.github.cognitoevents.model.trigger.TriggerSlot;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One function attached to one trigger slot of one user pool: what a Serverless Framework function
 * declares with {@code events: [{cognitoUserPool: {pool, trigger, existing, kmsKeyId}}]}.
 *
 * <pre>{@code
 * CognitoTrigger.of("preSignUp", CfnValue.getAtt("PreSignUpLambdaFunction", "Arn"),
 *     UserPoolRef.newPool("Customers"), TriggerSlot.PRE_SIGN_UP);
 * CognitoTrigger.of("mailer", mailerArn, pool, TriggerSlot.CUSTOM_EMAIL_SENDER).withKmsKey(keyArn);
 * CognitoTrigger.of("tokens", tokensArn, pool, TriggerSlot.PRE_TOKEN_GENERATION)
 *     .withVersion(LambdaVersion.V2_0);
 * }</pre>
 *
 * @param function the function's name (for logical ids and messages)
 * @param functionArn the function's ARN: a literal ARN or an intrinsic function
 * @param pool the user pool
 * @param slot the trigger slot
 * @param kmsKeyId the KMS key of a custom sender, or {@code null}
 * @param version the event version of a versioned slot, or {@code null} for its default
 */
public record CognitoTrigger(
    String function,
    CfnValue functionArn,
    UserPoolRef pool,
    TriggerSlot slot,
    CfnValue kmsKeyId,
    LambdaVersion version) {

  private static final Pattern FUNCTION_NAME = Pattern.compile("[A-Za-z0-9_-]{1,64}");
  static final Pattern LAMBDA_ARN =
      Pattern.compile(
          "arn:aws[a-z-]*:lambda:[a-z0-9-]+:\\d{12}:function:[A-Za-z0-9_-]+(:[\\w$-]+)?");
  static final Pattern KMS_ARN =
      Pattern.compile("arn:aws[a-z-]*:kms:[a-z0-9-]+:\\d{12}:(key|alias)/[A-Za-z0-9/_-]+");

  /** Checks each value alone; {@link TriggerWiring} checks how they combine. */
  public CognitoTrigger {
    if (function == null || !FUNCTION_NAME.matcher(function).matches()) {
      throw new TriggerWiringException(
          Code.INVALID_NAME, "a function name is 1 to 64 letters, digits, '-' or '_'");
    }
    Objects.requireNonNull(functionArn, "functionArn");
    Objects.requireNonNull(pool, "pool");
    Objects.requireNonNull(slot, "slot");
    if (slot == TriggerSlot.UNKNOWN) {
      throw new TriggerWiringException(
          Code.INVALID_NAME, "function \"" + function + "\": UNKNOWN is not a trigger slot");
    }
    if (functionArn.literal().filter(a -> !LAMBDA_ARN.matcher(a).matches()).isPresent()) {
      throw new TriggerWiringException(
          Code.MALFORMED_ARN,
          "function \""
              + function
              + "\" on user pool \""
              + pool.label()
              + "\": its ARN is not a Lambda function ARN");
    }
    if (kmsKeyId != null) {
      if (!isCustomSender(slot)) {
        throw new TriggerWiringException(
            Code.KMS_KEY_WITHOUT_CUSTOM_SENDER,
            "function \""
                + function
                + "\" on user pool \""
                + pool.label()
                + "\": a KMS key goes only with CustomSMSSender or CustomEmailSender, not "
                + lambdaConfigKey(slot));
      }
      if (kmsKeyId.literal().filter(a -> !KMS_ARN.matcher(a).matches()).isPresent()) {
        throw new TriggerWiringException(
            Code.MALFORMED_ARN,
            "function \""
                + function
                + "\" on user pool \""
                + pool.label()
                + "\": the KMS key "
                + kmsKeyId
                + " is not a KMS key or alias ARN");
      }
    }
    if (version != null) {
      boolean allowed =
          slot == TriggerSlot.PRE_TOKEN_GENERATION
              || (version == LambdaVersion.V1_0
                  && (isCustomSender(slot) || slot == TriggerSlot.INBOUND_FEDERATION));
      if (!allowed) {
        throw new TriggerWiringException(
            Code.UNSUPPORTED_LAMBDA_VERSION,
            "function \""
                + function
                + "\" on user pool \""
                + pool.label()
                + "\": "
                + lambdaConfigKey(slot)
                + " has no event version "
                + version);
      }
    }
  }

  /**
   * A function on a trigger slot.
   *
   * @param function the function's name
   * @param functionArn the function's ARN
   * @param pool the user pool
   * @param slot the trigger slot
   * @return the trigger
   */
  public static CognitoTrigger of(
      String function, CfnValue functionArn, UserPoolRef pool, TriggerSlot slot) {
    return new CognitoTrigger(function, functionArn, pool, slot, null, null);
  }

  /**
   * A copy with the custom sender's KMS key.
   *
   * @param key the key's ARN
   * @return the copy
   */
  public CognitoTrigger withKmsKey(CfnValue key) {
    return new CognitoTrigger(function, functionArn, pool, slot, key, version);
  }

  /**
   * A copy with an event version.
   *
   * @param eventVersion the version
   * @return the copy
   */
  public CognitoTrigger withVersion(LambdaVersion eventVersion) {
    return new CognitoTrigger(function, functionArn, pool, slot, kmsKeyId, eventVersion);
  }

  /**
   * The KMS key.
   *
   * @return the key, or empty
   */
  public Optional<CfnValue> kmsKey() {
    return Optional.ofNullable(kmsKeyId);
  }

  /**
   * Whether the slot is a custom sender (needs the pool's KMS key).
   *
   * @param slot a slot
   * @return whether it is {@code CUSTOM_SMS_SENDER} or {@code CUSTOM_EMAIL_SENDER}
   */
  public static boolean isCustomSender(TriggerSlot slot) {
    return slot == TriggerSlot.CUSTOM_SMS_SENDER || slot == TriggerSlot.CUSTOM_EMAIL_SENDER;
  }

  /**
   * The name of a slot in CloudFormation's and Cognito's {@code LambdaConfig} (the Serverless
   * Framework's {@code trigger} values): {@code PreSignUp}, ..., {@code PreTokenGeneration}, {@code
   * CustomSMSSender}, {@code CustomEmailSender}, {@code InboundFederation}.
   *
   * @param slot a slot, not {@code UNKNOWN}
   * @return the name
   */
  public static String lambdaConfigKey(TriggerSlot slot) {
    return switch (slot) {
      case PRE_TOKEN_GENERATION -> "PreTokenGeneration";
      case UNKNOWN -> throw new IllegalArgumentException("UNKNOWN is not a trigger slot");
      default -> slot.prefix(); // PreSignUp, ..., CustomSMSSender, CustomEmailSender, ...
    };
  }

  /**
   * The function's name as the Serverless Framework normalises it for logical ids: first letter
   * upper-cased, {@code -} as {@code Dash}, {@code _} as {@code Underscore}.
   *
   * @return the normalised name
   */
  public String normalizedFunction() {
    String upper = Character.toUpperCase(function.charAt(0)) + function.substring(1);
    return upper.replace("-", "Dash").replace("_", "Underscore");
  }
}
