package io.github.cognitoevents.model.cloudtrail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cognitoevents.model.internal.Copies;
import io.github.cognitoevents.model.internal.FieldReader;
import io.github.cognitoevents.model.internal.JsonObjectWriter;
import java.util.List;
import java.util.Map;

/**
 * The {@code requestParameters} of {@code UpdateUserPool}.
 *
 * @param userPoolId JSON member {@code userPoolId}
 * @param policies JSON member {@code policies}
 * @param deletionProtection JSON member {@code deletionProtection}
 * @param lambdaConfig JSON member {@code lambdaConfig}
 * @param autoVerifiedAttributes JSON member {@code autoVerifiedAttributes}
 * @param smsVerificationMessage JSON member {@code smsVerificationMessage}
 * @param emailVerificationMessage JSON member {@code emailVerificationMessage}
 * @param emailVerificationSubject JSON member {@code emailVerificationSubject}
 * @param verificationMessageTemplate JSON member {@code verificationMessageTemplate}
 * @param smsAuthenticationMessage JSON member {@code smsAuthenticationMessage}
 * @param mfaConfiguration JSON member {@code mfaConfiguration}
 * @param userAttributeUpdateSettings JSON member {@code userAttributeUpdateSettings}
 * @param deviceConfiguration JSON member {@code deviceConfiguration}
 * @param emailConfiguration JSON member {@code emailConfiguration}
 * @param smsConfiguration JSON member {@code smsConfiguration}
 * @param userPoolTags JSON member {@code userPoolTags}
 * @param adminCreateUserConfig JSON member {@code adminCreateUserConfig}
 * @param userPoolAddOns JSON member {@code userPoolAddOns}
 * @param accountRecoverySetting JSON member {@code accountRecoverySetting}
 * @param poolName JSON member {@code poolName}
 * @param userPoolTier JSON member {@code userPoolTier}
 * @param keyConfiguration JSON member {@code keyConfiguration}
 * @param issuerConfiguration JSON member {@code issuerConfiguration}
 * @param unknownFields members not modelled above, explicit JSON nulls and values kept in their
 *     original JSON form; written back unchanged by {@link #toJson()}
 */
public record UpdateUserPoolRequest(
    String userPoolId,
    UserPoolPolicies policies,
    String deletionProtection,
    LambdaConfig lambdaConfig,
    List<String> autoVerifiedAttributes,
    String smsVerificationMessage,
    String emailVerificationMessage,
    String emailVerificationSubject,
    JsonNode verificationMessageTemplate,
    String smsAuthenticationMessage,
    String mfaConfiguration,
    JsonNode userAttributeUpdateSettings,
    DeviceConfiguration deviceConfiguration,
    EmailConfiguration emailConfiguration,
    JsonNode smsConfiguration,
    Map<String, String> userPoolTags,
    AdminCreateUserConfig adminCreateUserConfig,
    UserPoolAddOns userPoolAddOns,
    AccountRecoverySetting accountRecoverySetting,
    String poolName,
    String userPoolTier,
    JsonNode keyConfiguration,
    JsonNode issuerConfiguration,
    Map<String, JsonNode> unknownFields)
    implements RequestParameters, UserPoolSettings {

  /** Creates the record, copying collections so that it is immutable. */
  public UpdateUserPoolRequest {
    autoVerifiedAttributes = Copies.nonNullList(autoVerifiedAttributes);
    verificationMessageTemplate = Copies.tree(verificationMessageTemplate);
    userAttributeUpdateSettings = Copies.tree(userAttributeUpdateSettings);
    smsConfiguration = Copies.tree(smsConfiguration);
    userPoolTags = Copies.nonNullStringMap(userPoolTags);
    keyConfiguration = Copies.tree(keyConfiguration);
    issuerConfiguration = Copies.tree(issuerConfiguration);
    unknownFields = Copies.trees(unknownFields);
  }

  static UpdateUserPoolRequest read(JsonNode json, String pointer) {
    FieldReader r = FieldReader.of(json, pointer);
    return new UpdateUserPoolRequest(
        r.string("userPoolId"),
        r.object("policies", UserPoolPolicies::read),
        r.string("deletionProtection"),
        r.object("lambdaConfig", LambdaConfig::read),
        r.strings("autoVerifiedAttributes"),
        r.string("smsVerificationMessage"),
        r.string("emailVerificationMessage"),
        r.string("emailVerificationSubject"),
        r.tree("verificationMessageTemplate"),
        r.string("smsAuthenticationMessage"),
        r.string("mfaConfiguration"),
        r.tree("userAttributeUpdateSettings"),
        r.object("deviceConfiguration", DeviceConfiguration::read),
        r.object("emailConfiguration", EmailConfiguration::read),
        r.tree("smsConfiguration"),
        r.stringMap("userPoolTags"),
        r.object("adminCreateUserConfig", AdminCreateUserConfig::read),
        r.object("userPoolAddOns", UserPoolAddOns::read),
        r.object("accountRecoverySetting", AccountRecoverySetting::read),
        r.string("poolName"),
        r.string("userPoolTier"),
        r.tree("keyConfiguration"),
        r.tree("issuerConfiguration"),
        r.unknown());
  }

  /**
   * This value as JSON, in the form it was read (unknown fields included).
   *
   * @return a new JSON object
   */
  @Override
  public ObjectNode toJson() {
    JsonObjectWriter w = JsonObjectWriter.create().string("userPoolId", userPoolId);
    w = UserPoolSettings.writeBasics(this, w);
    UserPoolSettings.writeMessaging(this, w)
        .object("userPoolAddOns", userPoolAddOns, UserPoolAddOns::toJson)
        .object("accountRecoverySetting", accountRecoverySetting, AccountRecoverySetting::toJson)
        .string("poolName", poolName);
    return UserPoolSettings.writeTier(this, w).finish(unknownFields);
  }

  /**
   * JSON member {@code verificationMessageTemplate}, kept as a tree.
   *
   * @return a copy of the value, or {@code null} when absent
   */
  public JsonNode verificationMessageTemplate() {
    return Copies.tree(verificationMessageTemplate);
  }

  /**
   * JSON member {@code userAttributeUpdateSettings}, kept as a tree.
   *
   * @return a copy of the value, or {@code null} when absent
   */
  public JsonNode userAttributeUpdateSettings() {
    return Copies.tree(userAttributeUpdateSettings);
  }

  /**
   * JSON member {@code smsConfiguration}, kept as a tree.
   *
   * @return a copy of the value, or {@code null} when absent
   */
  public JsonNode smsConfiguration() {
    return Copies.tree(smsConfiguration);
  }

  /**
   * JSON member {@code keyConfiguration}, kept as a tree.
   *
   * @return a copy of the value, or {@code null} when absent
   */
  public JsonNode keyConfiguration() {
    return Copies.tree(keyConfiguration);
  }

  /**
   * JSON member {@code issuerConfiguration}, kept as a tree.
   *
   * @return a copy of the value, or {@code null} when absent
   */
  public JsonNode issuerConfiguration() {
    return Copies.tree(issuerConfiguration);
  }

  /**
   * The members kept verbatim (see the class description).
   *
   * @return an immutable map of copies
   */
  public Map<String, JsonNode> unknownFields() {
    return Copies.trees(unknownFields);
  }

  /**
   * {@code mfaConfiguration} as an enum.
   *
   * @return the constant, {@link MfaConfiguration#UNKNOWN} for a value this library does not know,
   *     or {@code null} when absent
   */
  public MfaConfiguration mfaConfigurationEnum() {
    return mfaConfiguration == null ? null : MfaConfiguration.fromValue(mfaConfiguration);
  }

  /**
   * {@code deletionProtection} as an enum.
   *
   * @return the constant, {@link DeletionProtection#UNKNOWN} for a value this library does not
   *     know, or {@code null} when absent
   */
  public DeletionProtection deletionProtectionEnum() {
    return deletionProtection == null ? null : DeletionProtection.fromValue(deletionProtection);
  }

  /**
   * {@code userPoolTier} as an enum.
   *
   * @return the constant, {@link UserPoolTier#UNKNOWN} for a value this library does not know, or
   *     {@code null} when absent
   */
  public UserPoolTier userPoolTierEnum() {
    return userPoolTier == null ? null : UserPoolTier.fromValue(userPoolTier);
  }
}
