package io.github.cognitoevents.samples.config;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cognitoevents.model.trigger.TriggerSlot;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A checked description of the Lambda triggers of one user pool: which need the pool's KMS key (the
 * custom senders), which pre-token-generation event version the function receives, and the {@code
 * LambdaConfig} property to paste into an {@code AWS::Cognito::UserPool} resource.
 *
 * <pre>{@code
 * TriggerConfiguration config = TriggerConfiguration.builder()
 *     .trigger(TriggerSlot.PRE_SIGN_UP, "arn:aws:lambda:us-east-1:123456789012:function:pre-sign-up")
 *     .preTokenGeneration("arn:aws:lambda:us-east-1:123456789012:function:tokens", TokenVersion.V2_0)
 *     .featurePlan(FeaturePlan.ESSENTIALS)
 *     .build();
 * config.needsKmsKey();                 // false
 * config.lambdaConfig().toPrettyString();
 * }</pre>
 */
public final class TriggerConfiguration {

  /** The pre-token-generation event versions ({@code LambdaVersion}). */
  public enum TokenVersion {
    /** Event version 1: ID-token claims only, strings only. Every feature plan. */
    V1_0,
    /** Event version 2: ID and access tokens, any JSON claim, scopes. Essentials or Plus. */
    V2_0,
    /** Event version 3: as V2_0, also for machine-to-machine grants. Essentials or Plus. */
    V3_0
  }

  /** The user pool feature plans ({@code UserPoolTier}). */
  public enum FeaturePlan {
    /** {@code LITE}. */
    LITE,
    /** {@code ESSENTIALS}, the default for new pools. */
    ESSENTIALS,
    /** {@code PLUS}. */
    PLUS
  }

  private static final Pattern LAMBDA_ARN =
      Pattern.compile(
          "arn:aws[a-z-]*:lambda:[a-z0-9-]+:\\d{12}:function:[A-Za-z0-9_-]+(:[\\w$-]+)?");
  private static final Pattern KMS_ARN =
      Pattern.compile("arn:aws[a-z-]*:kms:[a-z0-9-]+:\\d{12}:(key|alias)/[A-Za-z0-9/_-]+");

  private final Map<TriggerSlot, String> functions;
  private final TokenVersion tokenVersion;
  private final String kmsKeyArn;

  private TriggerConfiguration(
      Map<TriggerSlot, String> functions, TokenVersion tokenVersion, String kmsKeyArn) {
    this.functions = Collections.unmodifiableMap(new EnumMap<>(functions));
    this.tokenVersion = tokenVersion;
    this.kmsKeyArn = kmsKeyArn;
  }

  /**
   * Starts a configuration.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The function ARN of each configured slot.
   *
   * @return an unmodifiable map in slot order
   */
  public Map<TriggerSlot, String> functions() {
    return functions;
  }

  /**
   * Whether the pool needs a KMS key: a custom SMS or email sender is configured (Cognito encrypts
   * the codes it hands them).
   *
   * @return whether {@code KMSKeyID} is required
   */
  public boolean needsKmsKey() {
    return functions.containsKey(TriggerSlot.CUSTOM_SMS_SENDER)
        || functions.containsKey(TriggerSlot.CUSTOM_EMAIL_SENDER);
  }

  /**
   * The KMS key of the custom senders.
   *
   * @return the key ARN, or empty when no custom sender is configured
   */
  public Optional<String> kmsKeyArn() {
    return Optional.ofNullable(kmsKeyArn);
  }

  /**
   * The pre-token-generation event version the function receives.
   *
   * @return the version, or empty without a pre-token-generation trigger
   */
  public Optional<TokenVersion> preTokenGenerationVersion() {
    return Optional.ofNullable(tokenVersion);
  }

  /**
   * The {@code LambdaConfig} property of an {@code AWS::Cognito::UserPool} resource.
   *
   * @return a new JSON object
   */
  public ObjectNode lambdaConfig() {
    ObjectNode config = JsonNodeFactory.instance.objectNode();
    for (Map.Entry<TriggerSlot, String> entry : functions.entrySet()) {
      String arn = entry.getValue();
      switch (entry.getKey()) {
        case PRE_TOKEN_GENERATION:
          config
              .putObject("PreTokenGenerationConfig")
              .put("LambdaArn", arn)
              .put("LambdaVersion", tokenVersion.name());
          break;
        case CUSTOM_SMS_SENDER:
          config.putObject("CustomSMSSender").put("LambdaArn", arn).put("LambdaVersion", "V1_0");
          break;
        case CUSTOM_EMAIL_SENDER:
          config.putObject("CustomEmailSender").put("LambdaArn", arn).put("LambdaVersion", "V1_0");
          break;
        case INBOUND_FEDERATION:
          config.putObject("InboundFederation").put("LambdaArn", arn).put("LambdaVersion", "V1_0");
          break;
        default:
          config.put(key(entry.getKey()), arn);
      }
    }
    if (kmsKeyArn != null) {
      config.put("KMSKeyID", kmsKeyArn);
    }
    return config;
  }

  /**
   * The {@code LambdaConfig} key of a slot.
   *
   * @param slot a slot, not {@link TriggerSlot#UNKNOWN}
   * @return the key, such as {@code PreSignUp} or {@code PreTokenGenerationConfig}
   */
  public static String key(TriggerSlot slot) {
    switch (slot) {
      case PRE_TOKEN_GENERATION:
        return "PreTokenGenerationConfig";
      case CUSTOM_SMS_SENDER:
        return "CustomSMSSender";
      case CUSTOM_EMAIL_SENDER:
        return "CustomEmailSender";
      case UNKNOWN:
        throw new InvalidTriggerConfigurationException(
            "LambdaConfig: UNKNOWN is not a trigger slot");
      default:
        // PreSignUp, PostConfirmation, ..., UserMigration, CustomMessage, InboundFederation
        return slot.prefix();
    }
  }

  /** Collects the triggers; {@link #build()} checks the combination. */
  public static final class Builder {
    private final Map<TriggerSlot, String> functions = new EnumMap<>(TriggerSlot.class);
    private TokenVersion tokenVersion;
    private String kmsKeyArn;
    private FeaturePlan featurePlan = FeaturePlan.ESSENTIALS;
    private boolean clientCredentials;

    private Builder() {}

    /**
     * Attaches a function to a slot. For pre-token generation use {@link
     * #preTokenGeneration(String, TokenVersion)}.
     *
     * @param slot the slot
     * @param lambdaArn the function ARN
     * @return this builder
     * @throws InvalidTriggerConfigurationException if the slot is taken or unknown, or the ARN is
     *     not a Lambda function ARN
     */
    public Builder trigger(TriggerSlot slot, String lambdaArn) {
      Objects.requireNonNull(slot, "slot");
      if (slot == TriggerSlot.PRE_TOKEN_GENERATION) {
        return preTokenGeneration(lambdaArn, TokenVersion.V1_0);
      }
      return put(slot, lambdaArn);
    }

    /**
     * Attaches the pre-token-generation function with its event version.
     *
     * @param lambdaArn the function ARN
     * @param version the event version
     * @return this builder
     * @throws InvalidTriggerConfigurationException if the slot is taken or the ARN malformed
     */
    public Builder preTokenGeneration(String lambdaArn, TokenVersion version) {
      put(TriggerSlot.PRE_TOKEN_GENERATION, lambdaArn);
      this.tokenVersion = Objects.requireNonNull(version, "version");
      return this;
    }

    /**
     * Attaches the custom SMS sender.
     *
     * @param lambdaArn the function ARN
     * @return this builder
     */
    public Builder customSmsSender(String lambdaArn) {
      return put(TriggerSlot.CUSTOM_SMS_SENDER, lambdaArn);
    }

    /**
     * Attaches the custom email sender.
     *
     * @param lambdaArn the function ARN
     * @return this builder
     */
    public Builder customEmailSender(String lambdaArn) {
      return put(TriggerSlot.CUSTOM_EMAIL_SENDER, lambdaArn);
    }

    /**
     * The KMS key Cognito encrypts custom-sender codes with.
     *
     * @param keyArn a KMS key or alias ARN
     * @return this builder
     */
    public Builder kmsKey(String keyArn) {
      if (keyArn == null || !KMS_ARN.matcher(keyArn).matches()) {
        throw new InvalidTriggerConfigurationException(
            "KMSKeyID: \"" + keyArn + "\" is not a KMS key or alias ARN");
      }
      this.kmsKeyArn = keyArn;
      return this;
    }

    /**
     * The pool's feature plan (default {@link FeaturePlan#ESSENTIALS}).
     *
     * @param plan the plan
     * @return this builder
     */
    public Builder featurePlan(FeaturePlan plan) {
      this.featurePlan = Objects.requireNonNull(plan, "plan");
      return this;
    }

    /**
     * Whether app clients of the pool use the client-credentials grant (machine-to-machine).
     *
     * @param used whether M2M tokens are issued
     * @return this builder
     */
    public Builder clientCredentialsGrant(boolean used) {
      this.clientCredentials = used;
      return this;
    }

    private Builder put(TriggerSlot slot, String lambdaArn) {
      if (slot == TriggerSlot.UNKNOWN) {
        throw new InvalidTriggerConfigurationException(
            "LambdaConfig: UNKNOWN is not a trigger slot");
      }
      String key = key(slot);
      if (lambdaArn == null || !LAMBDA_ARN.matcher(lambdaArn).matches()) {
        throw new InvalidTriggerConfigurationException(
            key + ": \"" + lambdaArn + "\" is not a Lambda function ARN");
      }
      if (functions.containsKey(slot)) {
        throw new InvalidTriggerConfigurationException(
            key + ": already set to \"" + functions.get(slot) + "\"; a slot takes one function");
      }
      functions.put(slot, lambdaArn);
      return this;
    }

    /**
     * Checks the combination and builds the configuration.
     *
     * @return the configuration
     * @throws InvalidTriggerConfigurationException if a custom sender has no KMS key, a KMS key has
     *     no custom sender, or the token version is not allowed
     */
    public TriggerConfiguration build() {
      boolean sender =
          functions.containsKey(TriggerSlot.CUSTOM_SMS_SENDER)
              || functions.containsKey(TriggerSlot.CUSTOM_EMAIL_SENDER);
      if (sender && kmsKeyArn == null) {
        String which =
            functions.containsKey(TriggerSlot.CUSTOM_EMAIL_SENDER)
                ? "CustomEmailSender"
                : "CustomSMSSender";
        throw new InvalidTriggerConfigurationException(
            "KMSKeyID: "
                + which
                + " needs a KMS key: Cognito encrypts the codes it sends to custom senders");
      }
      if (!sender && kmsKeyArn != null) {
        throw new InvalidTriggerConfigurationException(
            "KMSKeyID: \"" + kmsKeyArn + "\" is set but no custom sender trigger uses it");
      }
      if (tokenVersion != null
          && tokenVersion != TokenVersion.V1_0
          && featurePlan == FeaturePlan.LITE) {
        throw new InvalidTriggerConfigurationException(
            "PreTokenGenerationConfig.LambdaVersion: "
                + tokenVersion
                + " needs the ESSENTIALS or PLUS feature plan, the pool is on LITE");
      }
      if (clientCredentials && tokenVersion != null && tokenVersion != TokenVersion.V3_0) {
        throw new InvalidTriggerConfigurationException(
            "PreTokenGenerationConfig.LambdaVersion: "
                + tokenVersion
                + " is not invoked for client-credentials (machine-to-machine) tokens; use V3_0");
      }
      return new TriggerConfiguration(functions, tokenVersion, kmsKeyArn);
    }
  }
}
