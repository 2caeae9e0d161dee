package io.github.cognitoevents.infra.triggers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.cognitoevents.infra.CfnValue;
import io.github.cognitoevents.infra.triggers.TriggerWiringException.Code;
import io.github.cognitoevents.model.trigger.TriggerSlot;
import io.github.cognitoevents.testsupport.ReplayServer;
import io.github.cognitoevents.testsupport.ReplayServer.Reply;
import io.github.cognitoevents.testsupport.ReplayServer.Request;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolType;

/**
 * The updater against a local server that answers like Cognito: DescribeUserPool with a recorded,
 * fully configured pool, UpdateUserPool with {@code {}}; the request body is checked field by
 * field.
 */
class ExistingPoolTriggersTest {

  static final ObjectMapper JSON = new ObjectMapper();
  static final String POOL_ARN =
      "arn:aws:cognito-idp:eu-west-1:123456789012:userpool/eu-west-1_AbCdEf123";
  static final String FN = "arn:aws:lambda:eu-west-1:123456789012:function:";
  static final String KEY =
      "arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab";
  static final UserPoolRef POOL = UserPoolRef.existing(CfnValue.of(POOL_ARN));

  static String describeUserPool() {
    try (InputStream in =
        ExistingPoolTriggersTest.class.getResourceAsStream("describe-user-pool.json")) {
      return new String(Objects.requireNonNull(in).readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static PoolTriggers declared() {
    return TriggerWiring.of(
            CognitoTrigger.of(
                "preSignUp", CfnValue.of(FN + "pre-sign-up"), POOL, TriggerSlot.PRE_SIGN_UP),
            CognitoTrigger.of(
                "audit", CfnValue.of(FN + "audit"), POOL, TriggerSlot.POST_AUTHENTICATION),
            CognitoTrigger.of(
                    "mailer", CfnValue.of(FN + "mailer"), POOL, TriggerSlot.CUSTOM_EMAIL_SENDER)
                .withKmsKey(CfnValue.of(KEY)))
        .pool(POOL);
  }

  @Test
  void sendsEveryUpdatableSettingBackAndChangesOnlyTheDeclaredTriggers() throws Exception {
    try (ReplayServer cognito = new ReplayServer(ExistingPoolTriggersTest::answer);
        CognitoIdentityProviderClient client = client(cognito)) {

      ExistingPoolTriggers.Update update = ExistingPoolTriggers.apply(client, declared());

      List<Request> requests = cognito.requests();
      assertThat(requests)
          .extracting(r -> r.header("X-Amz-Target"))
          .containsExactly(
              "AWSCognitoIdentityProviderService.DescribeUserPool",
              "AWSCognitoIdentityProviderService.UpdateUserPool");
      assertThat(JSON.readTree(requests.get(0).body()))
          .isEqualTo(JSON.readTree("{\"UserPoolId\":\"eu-west-1_AbCdEf123\"}"));

      JsonNode sent = JSON.readTree(requests.get(1).body());
      JsonNode pool = JSON.readTree(describeUserPool()).path("UserPool");
      assertThat(fieldNames(sent))
          .containsExactlyInAnyOrder(
              "UserPoolId",
              "Policies",
              "DeletionProtection",
              "LambdaConfig",
              "AutoVerifiedAttributes",
              "SmsVerificationMessage",
              "EmailVerificationMessage",
              "EmailVerificationSubject",
              "VerificationMessageTemplate",
              "SmsAuthenticationMessage",
              "UserAttributeUpdateSettings",
              "MfaConfiguration",
              "DeviceConfiguration",
              "EmailConfiguration",
              "SmsConfiguration",
              "UserPoolTags",
              "AdminCreateUserConfig",
              "UserPoolAddOns",
              "AccountRecoverySetting",
              "PoolName",
              "UserPoolTier");
      for (String same :
          List.of(
              "Policies",
              "DeletionProtection",
              "AutoVerifiedAttributes",
              "SmsVerificationMessage",
              "EmailVerificationMessage",
              "EmailVerificationSubject",
              "VerificationMessageTemplate",
              "SmsAuthenticationMessage",
              "UserAttributeUpdateSettings",
              "MfaConfiguration",
              "DeviceConfiguration",
              "EmailConfiguration",
              "SmsConfiguration",
              "UserPoolTags",
              "UserPoolAddOns",
              "AccountRecoverySetting",
              "UserPoolTier")) {
        assertThat(sent.get(same)).as(same).isEqualTo(pool.get(same));
      }
      assertThat(sent.path("UserPoolId").asText()).isEqualTo("eu-west-1_AbCdEf123");
      assertThat(sent.path("PoolName").asText()).isEqualTo("customers");
      // The legacy validity days go: Cognito refuses them beside TemporaryPasswordValidityDays.
      JsonNode admin = pool.path("AdminCreateUserConfig").deepCopy();
      ((com.fasterxml.jackson.databind.node.ObjectNode) admin).remove("UnusedAccountValidityDays");
      assertThat(sent.get("AdminCreateUserConfig")).isEqualTo(admin);
      assertThat(update.adjustments())
          .singleElement()
          .asString()
          .startsWith("AdminCreateUserConfig");

      // Declared slots set, the pool's other triggers kept.
      assertThat(sent.get("LambdaConfig"))
          .isEqualTo(
              JSON.readTree(
                  "{\"PreSignUp\":\""
                      + FN
                      + "pre-sign-up\",\"CustomMessage\":\""
                      + FN
                      + "messages\",\"PostAuthentication\":\""
                      + FN
                      + "audit\",\"PreTokenGeneration\":\""
                      + FN
                      + "tokens\",\"PreTokenGenerationConfig\":{\"LambdaVersion\":\"V2_0\","
                      + "\"LambdaArn\":\""
                      + FN
                      + "tokens\"},\"CustomEmailSender\":{\"LambdaVersion\":\"V1_0\",\"LambdaArn\":\""
                      + FN
                      + "mailer\"},\"KMSKeyID\":\""
                      + KEY
                      + "\"}"));
      assertThat(update.before().preSignUp()).isEqualTo(FN + "old-pre-sign-up");
      assertThat(update.after().postAuthentication()).isEqualTo(FN + "audit");
    }
  }

  @Test
  void carriesEveryMemberUpdateUserPoolTakesAsThePoolDescriptionHasIt() {
    assertThat(ExistingPoolTriggers.uncarriedMembers()).isEmpty();

    UserPoolType pool = userPool();
    ExistingPoolTriggers.Update update = ExistingPoolTriggers.plan(pool, declared());

    for (SdkField<?> field : update.request().sdkFields()) {
      String member = field.memberName();
      if (member.equals("LambdaConfig") || member.equals("AdminCreateUserConfig")) {
        continue;
      }
      String source =
          member.equals("UserPoolId") ? "Id" : member.equals("PoolName") ? "Name" : member;
      Object expected =
          pool.sdkFields().stream()
              .filter(f -> f.memberName().equals(source))
              .findFirst()
              .orElseThrow()
              .getValueOrDefault(pool);
      assertThat(field.getValueOrDefault(update.request())).as(member).isEqualTo(expected);
    }
    assertThat(update.carried()).contains("Policies", "PoolName", "UserPoolTags", "UserPoolTier");
  }

  @Test
  void keepsThePoolsPreTokenVersionWhenTheDeclarationGivesNone() {
    PoolTriggers tokens =
        TriggerWiring.of(
                CognitoTrigger.of(
                    "tokens2", CfnValue.of(FN + "tokens2"), POOL, TriggerSlot.PRE_TOKEN_GENERATION))
            .pool(POOL);

    ExistingPoolTriggers.Update update = ExistingPoolTriggers.plan(userPool(), tokens);

    assertThat(update.after().preTokenGeneration()).isEqualTo(FN + "tokens2");
    assertThat(update.after().preTokenGenerationConfig().lambdaArn()).isEqualTo(FN + "tokens2");
    assertThat(update.after().preTokenGenerationConfig().lambdaVersionAsString()).isEqualTo("V2_0");
  }

  @Test
  void refusesNewPoolsIntrinsicArnsAndAnotherPoolsDescription() {
    UserPoolRef created = UserPoolRef.newPool("Customers");
    PoolTriggers forNewPool =
        TriggerWiring.of(
                CognitoTrigger.of("a", CfnValue.of(FN + "a"), created, TriggerSlot.PRE_SIGN_UP))
            .pool(created);
    try (CognitoIdentityProviderClient client =
        CognitoIdentityProviderClient.builder().region(Region.EU_WEST_1).build()) {
      assertThatThrownBy(() -> ExistingPoolTriggers.apply(client, forNewPool))
          .isInstanceOfSatisfying(
              TriggerWiringException.class,
              e -> assertThat(e.code()).isEqualTo(Code.UNRESOLVED_VALUE));
    }
    PoolTriggers intrinsic =
        TriggerWiring.of(
                CognitoTrigger.of("a", CfnValue.getAtt("A", "Arn"), POOL, TriggerSlot.PRE_SIGN_UP))
            .pool(POOL);
    assertThatThrownBy(() -> ExistingPoolTriggers.plan(userPool(), intrinsic))
        .isInstanceOf(TriggerWiringException.class)
        .hasMessageContaining("PreSignUp is !GetAtt A.Arn, which only CloudFormation resolves");
    UserPoolRef other =
        UserPoolRef.existing(
            CfnValue.of("arn:aws:cognito-idp:eu-west-1:123456789012:userpool/eu-west-1_Other0001"));
    PoolTriggers otherPool =
        TriggerWiring.of(
                CognitoTrigger.of("a", CfnValue.of(FN + "a"), other, TriggerSlot.PRE_SIGN_UP))
            .pool(other);
    assertThatThrownBy(() -> ExistingPoolTriggers.plan(userPool(), otherPool))
        .isInstanceOf(IllegalArgumentException.class);
  }

  /** The recorded pool, read through the SDK's own unmarshaller (DescribeUserPool). */
  static UserPoolType userPool() {
    try (ReplayServer cognito = new ReplayServer(ExistingPoolTriggersTest::answer);
        CognitoIdentityProviderClient client = client(cognito)) {
      return client.describeUserPool(r -> r.userPoolId("eu-west-1_AbCdEf123")).userPool();
    }
  }

  static Reply answer(Request request) {
    String target = request.header("X-Amz-Target");
    if (target.endsWith(".DescribeUserPool")) {
      return new Reply(200, describeUserPool());
    }
    if (target.endsWith(".UpdateUserPool")) {
      return new Reply(200, "{}");
    }
    return Reply.error(400, "InvalidParameterException", "unexpected " + target);
  }

  static CognitoIdentityProviderClient client(ReplayServer server) {
    return CognitoIdentityProviderClient.builder()
        .endpointOverride(server.endpoint())
        .region(Region.EU_WEST_1)
        .credentialsProvider(
            StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDEXAMPLE", "secret")))
        .build();
  }

  static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = node.properties().iterator(); it.hasNext(); ) {
      names.add(it.next().getKey());
    }
    return names;
  }
}
