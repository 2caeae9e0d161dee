package io.github.cognitoevents.model.cloudtrail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cognitoevents.model.internal.Copies;
import io.github.cognitoevents.model.internal.FieldReader;
import io.github.cognitoevents.model.internal.JsonObjectWriter;
import java.util.List;
import java.util.Map;

/**
 * A user pool ({@code UserPoolType}), as returned by {@code CreateUserPool}.
 *
 * @param id JSON member {@code id}
 * @param name JSON member {@code name}
 * @param arn JSON member {@code arn}
 * @param status JSON member {@code status}
 * @param creationDate JSON member {@code creationDate}
 * @param lastModifiedDate JSON member {@code lastModifiedDate}
 * @param policies JSON member {@code policies}
 * @param deletionProtection JSON member {@code deletionProtection}
 * @param lambdaConfig JSON member {@code lambdaConfig}
 * @param autoVerifiedAttributes JSON member {@code autoVerifiedAttributes}
 * @param aliasAttributes JSON member {@code aliasAttributes}
 * @param usernameAttributes JSON member {@code usernameAttributes}
 * @param schemaAttributes JSON member {@code schemaAttributes}
 * @param estimatedNumberOfUsers JSON member {@code estimatedNumberOfUsers}
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
 * @param smsConfigurationFailure JSON member {@code smsConfigurationFailure}
 * @param emailConfigurationFailure JSON member {@code emailConfigurationFailure}
 * @param domain JSON member {@code domain}
 * @param customDomain JSON member {@code customDomain}
 * @param userPoolAddOns JSON member {@code userPoolAddOns}
 * @param usernameConfiguration JSON member {@code usernameConfiguration}
 * @param accountRecoverySetting JSON member {@code accountRecoverySetting}
 * @param userPoolTier JSON member {@code userPoolTier}
 * @param keyConfiguration JSON member {@code keyConfiguration}
 * @param issuerConfiguration JSON member {@code issuerConfiguration}
 * @param unknownFields members not modelled above, explicit JSON nulls and values kept in their
 *     original JSON form; written back unchanged by {@link #toJson()}
 */
public record UserPool(
    String id,
    String name,
    String arn,
    String status,
    String creationDate,
    String lastModifiedDate,
    UserPoolPolicies policies,
    String deletionProtection,
    LambdaConfig lambdaConfig,
    List<String> autoVerifiedAttributes,
    List<String> aliasAttributes,
    List<String> usernameAttributes,
    List<SchemaAttribute> schemaAttributes,
    Integer estimatedNumberOfUsers,
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
    String smsConfigurationFailure,
    String emailConfigurationFailure,
    String domain,
    String customDomain,
    UserPoolAddOns userPoolAddOns,
    JsonNode usernameConfiguration,
    AccountRecoverySetting accountRecoverySetting,
    String userPoolTier,
    JsonNode keyConfiguration,
    JsonNode issuerConfiguration,
    Map<String, JsonNode> unknownFields)
    implements UserPoolSettings {

  /** Creates the record, copying collections so that it is immutable. */
  public UserPool {
    autoVerifiedAttributes = Copies.nonNullList(autoVerifiedAttributes);
    aliasAttributes = Copies.nonNullList(aliasAttributes);
    usernameAttributes = Copies.nonNullList(usernameAttributes);
    schemaAttributes = Copies.nonNullList(schemaAttributes);
    verificationMessageTemplate = Copies.tree(verificationMessageTemplate);
    userAttributeUpdateSettings = Copies.tree(userAttributeUpdateSettings);
    smsConfiguration = Copies.tree(smsConfiguration);
    userPoolTags = Copies.nonNullStringMap(userPoolTags);
    usernameConfiguration = Copies.tree(usernameConfiguration);
    keyConfiguration = Copies.tree(keyConfiguration);
    issuerConfiguration = Copies.tree(issuerConfiguration);
    unknownFields = Copies.trees(unknownFields);
  }

  static UserPool read(JsonNode json, String pointer) {
    FieldReader r = FieldReader.of(json, pointer);
    return new UserPool(
        r.string("id"),
        r.string("name"),
        r.string("arn"),
        r.string("status"),
        r.text("creationDate"),
        r.text("lastModifiedDate"),
        r.object("policies", UserPoolPolicies::read),
        r.string("deletionProtection"),
        r.object("lambdaConfig", LambdaConfig::read),
        r.strings("autoVerifiedAttributes"),
        r.strings("aliasAttributes"),
        r.strings("usernameAttributes"),
        r.list("schemaAttributes", SchemaAttribute::read),
        r.int32("estimatedNumberOfUsers"),
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
        r.string("smsConfigurationFailure"),
        r.string("emailConfigurationFailure"),
        r.string("domain"),
        r.string("customDomain"),
        r.object("userPoolAddOns", UserPoolAddOns::read),
        r.tree("usernameConfiguration"),
        r.object("accountRecoverySetting", AccountRecoverySetting::read),
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
  public ObjectNode toJson() {
    JsonObjectWriter w =
        JsonObjectWriter.create()
            .string("id", id)
            .string("name", name)
            .string("arn", arn)
            .string("status", status)
            .string("creationDate", creationDate)
            .string("lastModifiedDate", lastModifiedDate);
    UserPoolSettings.writeBasics(this, w)
        .stringList("aliasAttributes", aliasAttributes)
        .stringList("usernameAttributes", usernameAttributes)
        .objectList("schemaAttributes", schemaAttributes, SchemaAttribute::toJson)
        .integer("estimatedNumberOfUsers", estimatedNumberOfUsers);
    UserPoolSettings.writeMessaging(this, w)
        .string("smsConfigurationFailure", smsConfigurationFailure)
        .string("emailConfigurationFailure", emailConfigurationFailure)
        .string("domain", domain)
        .string("customDomain", customDomain)
        .object("userPoolAddOns", userPoolAddOns, UserPoolAddOns::toJson)
        .tree("usernameConfiguration", usernameConfiguration)
        .object("accountRecoverySetting", accountRecoverySetting, AccountRecoverySetting::toJson);
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
   * JSON member {@code usernameConfiguration}, kept as a tree.
   *
   * @return a copy of the value, or {@code null} when absent
   */
  public JsonNode usernameConfiguration() {
    return Copies.tree(usernameConfiguration);
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
