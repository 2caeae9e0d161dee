package io.github.cognitoevents.samples.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cognitoevents.model.trigger.TriggerSlot;
import io.github.cognitoevents.samples.config.TriggerConfiguration.FeaturePlan;
import io.github.cognitoevents.samples.config.TriggerConfiguration.TokenVersion;
import org.junit.jupiter.api.Test;

class TriggerConfigurationTest {

  private static final String FN = "arn:aws:lambda:us-east-1:123456789012:function:";
  private static final String KEY =
      "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab";

  @Test
  void rendersTheLambdaConfigOfASamplePool() {
    TriggerConfiguration config =
        TriggerConfiguration.builder()
            .trigger(TriggerSlot.PRE_SIGN_UP, FN + "pre-sign-up")
            .preTokenGeneration(FN + "tokens", TokenVersion.V2_0)
            .trigger(TriggerSlot.CUSTOM_MESSAGE, FN + "messages")
            .trigger(TriggerSlot.DEFINE_AUTH_CHALLENGE, FN + "custom-auth")
            .trigger(TriggerSlot.CREATE_AUTH_CHALLENGE, FN + "custom-auth")
            .trigger(TriggerSlot.VERIFY_AUTH_CHALLENGE_RESPONSE, FN + "custom-auth")
            .trigger(TriggerSlot.USER_MIGRATION, FN + "migration")
            .build();
    assertThat(config.needsKmsKey()).isFalse();
    assertThat(config.preTokenGenerationVersion()).contains(TokenVersion.V2_0);
    assertThat(config.lambdaConfig().toString())
        .isEqualTo(
            "{\"PreSignUp\":\""
                + FN
                + "pre-sign-up\","
                + "\"DefineAuthChallenge\":\""
                + FN
                + "custom-auth\","
                + "\"CreateAuthChallenge\":\""
                + FN
                + "custom-auth\","
                + "\"VerifyAuthChallengeResponse\":\""
                + FN
                + "custom-auth\","
                + "\"PreTokenGenerationConfig\":{\"LambdaArn\":\""
                + FN
                + "tokens\",\"LambdaVersion\":\"V2_0\"},"
                + "\"UserMigration\":\""
                + FN
                + "migration\","
                + "\"CustomMessage\":\""
                + FN
                + "messages\"}");
  }

  @Test
  void requiresAndRendersTheKmsKeyOfCustomSenders() {
    TriggerConfiguration config =
        TriggerConfiguration.builder()
            .customEmailSender(FN + "mailer")
            .customSmsSender(FN + "texter")
            .kmsKey(KEY)
            .build();
    assertThat(config.needsKmsKey()).isTrue();
    assertThat(config.kmsKeyArn()).contains(KEY);
    assertThat(config.preTokenGenerationVersion()).isEmpty();
    assertThat(config.lambdaConfig().toString())
        .isEqualTo(
            "{\"CustomSMSSender\":{\"LambdaArn\":\""
                + FN
                + "texter\",\"LambdaVersion\":\"V1_0\"},"
                + "\"CustomEmailSender\":{\"LambdaArn\":\""
                + FN
                + "mailer\",\"LambdaVersion\":\"V1_0\"},"
                + "\"KMSKeyID\":\""
                + KEY
                + "\"}");
  }

  @Test
  void rejectsACustomSenderWithoutKey() {
    assertThatThrownBy(
            () -> TriggerConfiguration.builder().customEmailSender(FN + "mailer").build())
        .isInstanceOf(InvalidTriggerConfigurationException.class)
        .hasMessage(
            "KMSKeyID: CustomEmailSender needs a KMS key: Cognito encrypts the codes it sends to custom senders");
  }

  @Test
  void rejectsAKeyWithoutCustomSender() {
    assertThatThrownBy(
            () ->
                TriggerConfiguration.builder()
                    .trigger(TriggerSlot.PRE_SIGN_UP, FN + "x")
                    .kmsKey(KEY)
                    .build())
        .isInstanceOf(InvalidTriggerConfigurationException.class)
        .hasMessage("KMSKeyID: \"" + KEY + "\" is set but no custom sender trigger uses it");
  }

  @Test
  void rejectsTokenVersionsThePoolCannotUse() {
    assertThatThrownBy(
            () ->
                TriggerConfiguration.builder()
                    .preTokenGeneration(FN + "tokens", TokenVersion.V2_0)
                    .featurePlan(FeaturePlan.LITE)
                    .build())
        .isInstanceOf(InvalidTriggerConfigurationException.class)
        .hasMessage(
            "PreTokenGenerationConfig.LambdaVersion: V2_0 needs the ESSENTIALS or PLUS feature plan, the pool is on LITE");
    assertThatThrownBy(
            () ->
                TriggerConfiguration.builder()
                    .preTokenGeneration(FN + "tokens", TokenVersion.V2_0)
                    .clientCredentialsGrant(true)
                    .build())
        .isInstanceOf(InvalidTriggerConfigurationException.class)
        .hasMessageEndingWith(
            "is not invoked for client-credentials (machine-to-machine) tokens; use V3_0");
    assertThat(
            TriggerConfiguration.builder()
                .preTokenGeneration(FN + "tokens", TokenVersion.V3_0)
                .clientCredentialsGrant(true)
                .build()
                .preTokenGenerationVersion())
        .contains(TokenVersion.V3_0);
    assertThat(
            TriggerConfiguration.builder()
                .trigger(TriggerSlot.PRE_TOKEN_GENERATION, FN + "tokens")
                .featurePlan(FeaturePlan.LITE)
                .build()
                .preTokenGenerationVersion())
        .contains(TokenVersion.V1_0);
  }

  @Test
  void rejectsASlotTwiceAMalformedArnAndTheUnknownSlot() {
    assertThatThrownBy(
            () ->
                TriggerConfiguration.builder()
                    .trigger(TriggerSlot.PRE_SIGN_UP, FN + "a")
                    .trigger(TriggerSlot.PRE_SIGN_UP, FN + "b"))
        .isInstanceOf(InvalidTriggerConfigurationException.class)
        .hasMessage("PreSignUp: already set to \"" + FN + "a\"; a slot takes one function");
    assertThatThrownBy(
            () -> TriggerConfiguration.builder().trigger(TriggerSlot.CUSTOM_MESSAGE, "messages"))
        .isInstanceOf(InvalidTriggerConfigurationException.class)
        .hasMessage("CustomMessage: \"messages\" is not a Lambda function ARN");
    assertThatThrownBy(() -> TriggerConfiguration.builder().trigger(TriggerSlot.UNKNOWN, FN + "a"))
        .isInstanceOf(InvalidTriggerConfigurationException.class)
        .hasMessage("LambdaConfig: UNKNOWN is not a trigger slot");
    assertThatThrownBy(() -> TriggerConfiguration.builder().kmsKey("alias/cognito"))
        .isInstanceOf(InvalidTriggerConfigurationException.class)
        .hasMessage("KMSKeyID: \"alias/cognito\" is not a KMS key or alias ARN");
  }
}
