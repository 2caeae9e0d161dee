package io.github.cognitoevents.model.cloudtrail;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.cognitoevents.model.internal.JsonObjectWriter;
import java.util.List;
import java.util.Map;

/**
 * The pool settings that {@link UserPool}, {@link CreateUserPoolRequest} and {@link
 * UpdateUserPoolRequest} share (members of the AWS {@code UserPoolType}), implemented by their
 * record accessors so that each run of shared members is written in one place.
 */
interface UserPoolSettings {

  UserPoolPolicies policies();

  String deletionProtection();

  LambdaConfig lambdaConfig();

  List<String> autoVerifiedAttributes();

  String smsVerificationMessage();

  String emailVerificationMessage();

  String emailVerificationSubject();

  JsonNode verificationMessageTemplate();

  String smsAuthenticationMessage();

  String mfaConfiguration();

  JsonNode userAttributeUpdateSettings();

  DeviceConfiguration deviceConfiguration();

  EmailConfiguration emailConfiguration();

  JsonNode smsConfiguration();

  Map<String, String> userPoolTags();

  AdminCreateUserConfig adminCreateUserConfig();

  String userPoolTier();

  JsonNode keyConfiguration();

  JsonNode issuerConfiguration();

  /** Writes {@code policies} to {@code autoVerifiedAttributes} of {@code c} to {@code w}. */
  static JsonObjectWriter writeBasics(UserPoolSettings c, JsonObjectWriter w) {
    return w.object("policies", c.policies(), UserPoolPolicies::toJson)
        .string("deletionProtection", c.deletionProtection())
        .object("lambdaConfig", c.lambdaConfig(), LambdaConfig::toJson)
        .stringList("autoVerifiedAttributes", c.autoVerifiedAttributes());
  }

  /** Writes {@code smsVerificationMessage} to {@code adminCreateUserConfig} of {@code c}. */
  static JsonObjectWriter writeMessaging(UserPoolSettings c, JsonObjectWriter w) {
    return w.string("smsVerificationMessage", c.smsVerificationMessage())
        .string("emailVerificationMessage", c.emailVerificationMessage())
        .string("emailVerificationSubject", c.emailVerificationSubject())
        .tree("verificationMessageTemplate", c.verificationMessageTemplate())
        .string("smsAuthenticationMessage", c.smsAuthenticationMessage())
        .string("mfaConfiguration", c.mfaConfiguration())
        .tree("userAttributeUpdateSettings", c.userAttributeUpdateSettings())
        .object("deviceConfiguration", c.deviceConfiguration(), DeviceConfiguration::toJson)
        .object("emailConfiguration", c.emailConfiguration(), EmailConfiguration::toJson)
        .tree("smsConfiguration", c.smsConfiguration())
        .stringMap("userPoolTags", c.userPoolTags())
        .object("adminCreateUserConfig", c.adminCreateUserConfig(), AdminCreateUserConfig::toJson);
  }

  /** Writes {@code userPoolTier}, {@code keyConfiguration} and {@code issuerConfiguration}. */
  static JsonObjectWriter writeTier(UserPoolSettings c, JsonObjectWriter w) {
    return w.string("userPoolTier", c.userPoolTier())
        .tree("keyConfiguration", c.keyConfiguration())
        .tree("issuerConfiguration", c.issuerConfiguration());
  }
}
