package io.github.cognitoevents.infra.triggers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.cognitoevents.infra.CfnValue;
import io.github.cognitoevents.infra.Golden;
import io.github.cognitoevents.infra.Template;
import io.github.cognitoevents.infra.triggers.IamStatement.Grantee;
import io.github.cognitoevents.infra.triggers.TriggerWiringException.Code;
import io.github.cognitoevents.model.trigger.TriggerSlot;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class TriggerWiringTest {

  static final UserPoolRef CUSTOMERS = UserPoolRef.newPool("Customers");
  static final CfnValue KEY = CfnValue.getAtt("CodeKey", "Arn");
  static final String EXISTING_ARN =
      "arn:aws:cognito-idp:eu-west-1:123456789012:userpool/eu-west-1_AbCdEf123";

  static CfnValue fn(String name) {
    return CfnValue.getAtt(
        Character.toUpperCase(name.charAt(0)) + name.substring(1) + "LambdaFunction", "Arn");
  }

  /** Every one of the 13 slots of one new pool, in a mix of reference styles. */
  static List<CognitoTrigger> allThirteen() {
    List<CognitoTrigger> t = new ArrayList<>();
    t.add(CognitoTrigger.of("preSignUp", fn("preSignUp"), CUSTOMERS, TriggerSlot.PRE_SIGN_UP));
    t.add(
        CognitoTrigger.of(
            "welcome",
            CfnValue.ref("WelcomeFunctionArn"),
            CUSTOMERS,
            TriggerSlot.POST_CONFIRMATION));
    t.add(
        CognitoTrigger.of(
            "signInAudit", fn("signInAudit"), CUSTOMERS, TriggerSlot.PRE_AUTHENTICATION));
    t.add(
        CognitoTrigger.of(
            "signInAudit", fn("signInAudit"), CUSTOMERS, TriggerSlot.POST_AUTHENTICATION));
    t.add(
        CognitoTrigger.of(
            "customAuth", fn("customAuth"), CUSTOMERS, TriggerSlot.DEFINE_AUTH_CHALLENGE));
    t.add(
        CognitoTrigger.of(
            "customAuth", fn("customAuth"), CUSTOMERS, TriggerSlot.CREATE_AUTH_CHALLENGE));
    t.add(
        CognitoTrigger.of(
            "customAuth", fn("customAuth"), CUSTOMERS, TriggerSlot.VERIFY_AUTH_CHALLENGE_RESPONSE));
    t.add(
        CognitoTrigger.of("tokens", fn("tokens"), CUSTOMERS, TriggerSlot.PRE_TOKEN_GENERATION)
            .withVersion(LambdaVersion.V2_0));
    t.add(
        CognitoTrigger.of(
            "user-migration",
            CfnValue.of("arn:aws:lambda:us-east-1:123456789012:function:legacy-migration"),
            CUSTOMERS,
            TriggerSlot.USER_MIGRATION));
    t.add(
        CognitoTrigger.of(
            "messages",
            CfnValue.sub(
                "arn:${AWS::Partition}:lambda:${AWS::Region}:${AWS::AccountId}:function:messages"),
            CUSTOMERS,
            TriggerSlot.CUSTOM_MESSAGE));
    t.add(
        CognitoTrigger.of("texter", fn("texter"), CUSTOMERS, TriggerSlot.CUSTOM_SMS_SENDER)
            .withKmsKey(KEY));
    t.add(
        CognitoTrigger.of("mailer", fn("mailer"), CUSTOMERS, TriggerSlot.CUSTOM_EMAIL_SENDER)
            .withKmsKey(KEY));
    t.add(
        CognitoTrigger.of(
            "federation", fn("federation"), CUSTOMERS, TriggerSlot.INBOUND_FEDERATION));
    return t;
  }

  @Test
  void rendersANewPoolWithAllThirteenSlotsAsGoldenJsonAndYaml() {
    TriggerWiring wiring = TriggerWiring.of(allThirteen());
    Template t = wiring.template();

    Golden.assertMatches("all-thirteen-slots.template.json", t.toJsonText());
    Golden.assertMatches("all-thirteen-slots.template.yaml", t.toYaml());

    JsonNode config =
        t.resource("CognitoUserPoolCustomers").orElseThrow().at("/Properties/LambdaConfig");
    assertThat(config.size()).isEqualTo(14); // 13 slots and KMSKeyID
    assertThat(t.resourceIds()).filteredOn(id -> id.contains("LambdaPermission")).hasSize(13);
  }

  @Test
  void everyPermissionLetsCognitoInvokeTheFunctionFromThatPoolOnly() {
    Template t = TriggerWiring.of(allThirteen()).template();

    JsonNode p =
        t.resource("PreSignUpLambdaPermissionCognitoUserPoolCustomersTriggerSourcePreSignUp")
            .orElseThrow()
            .path("Properties");
    assertThat(p.path("Principal").asText()).isEqualTo("cognito-idp.amazonaws.com");
    assertThat(p.path("Action").asText()).isEqualTo("lambda:InvokeFunction");
    assertThat(p.path("SourceArn").toString())
        .isEqualTo("{\"Fn::GetAtt\":[\"CognitoUserPoolCustomers\",\"Arn\"]}");
    assertThat(p.path("FunctionName").toString())
        .isEqualTo("{\"Fn::GetAtt\":[\"PreSignUpLambdaFunction\",\"Arn\"]}");
    assertThat(
            t.resource(
                "UserDashmigrationLambdaPermissionCognitoUserPoolCustomersTriggerSourceUserMigration"))
        .isPresent();
  }

  @Test
  void thePoolDependsOnTheFunctionsItNamesOnce() {
    JsonNode pool =
        TriggerWiring.of(allThirteen())
            .template()
            .resource("CognitoUserPoolCustomers")
            .orElseThrow();
    List<String> dependsOn = new ArrayList<>();
    pool.path("DependsOn").forEach(d -> dependsOn.add(d.asText()));

    assertThat(dependsOn)
        .containsExactly(
            "PreSignUpLambdaFunction",
            "SignInAuditLambdaFunction",
            "CustomAuthLambdaFunction",
            "TokensLambdaFunction",
            "TexterLambdaFunction",
            "MailerLambdaFunction",
            "FederationLambdaFunction");
  }

  @Test
  void anExistingPoolGetsPermissionsHereAndItsLambdaConfigThroughTheUpdater() {
    UserPoolRef existing = UserPoolRef.existing(CfnValue.of(EXISTING_ARN));
    UserPoolRef fromParameter = UserPoolRef.existing(CfnValue.ref("LegacyPoolArn"));
    TriggerWiring wiring =
        TriggerWiring.of(
            CognitoTrigger.of("audit", fn("audit"), existing, TriggerSlot.POST_AUTHENTICATION),
            CognitoTrigger.of("mailer", fn("mailer"), existing, TriggerSlot.CUSTOM_EMAIL_SENDER)
                .withKmsKey(
                    CfnValue.of(
                        "arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab")),
            CognitoTrigger.of("legacy", fn("legacy"), fromParameter, TriggerSlot.PRE_SIGN_UP),
            CognitoTrigger.of("preSignUp", fn("preSignUp"), CUSTOMERS, TriggerSlot.PRE_SIGN_UP));

    Template t = wiring.template();

    Golden.assertMatches("existing-and-new-pools.template.json", t.toJsonText());
    Golden.assertMatches("existing-and-new-pools.template.yaml", t.toYaml());
    assertThat(t.resourceIds())
        .containsExactly(
            "CognitoUserPoolCustomers",
            "AuditLambdaPermissionExistingCognitoUserPooleuwest1AbCdEf123TriggerSourcePostAuthentication",
            "MailerLambdaPermissionExistingCognitoUserPooleuwest1AbCdEf123TriggerSourceCustomEmailSender",
            "LegacyLambdaPermissionExistingCognitoUserPool2TriggerSourcePreSignUp",
            "PreSignUpLambdaPermissionCognitoUserPoolCustomersTriggerSourcePreSignUp");
    assertThat(
            t.resource("LegacyLambdaPermissionExistingCognitoUserPool2TriggerSourcePreSignUp")
                .orElseThrow()
                .at("/Properties/SourceArn")
                .toString())
        .isEqualTo("{\"Ref\":\"LegacyPoolArn\"}");
  }

  @Test
  void listsTheIamPermissionsOfCustomSendersAndExistingPools() {
    UserPoolRef existing = UserPoolRef.existing(CfnValue.of(EXISTING_ARN));
    TriggerWiring wiring =
        TriggerWiring.of(
            CognitoTrigger.of("mailer", fn("mailer"), CUSTOMERS, TriggerSlot.CUSTOM_EMAIL_SENDER)
                .withKmsKey(KEY),
            CognitoTrigger.of("audit", fn("audit"), existing, TriggerSlot.POST_AUTHENTICATION));

    List<IamStatement> statements = wiring.iamStatements();

    assertThat(statements)
        .containsExactly(
            new IamStatement(Grantee.FUNCTION, "mailer", List.of("kms:Decrypt"), KEY),
            new IamStatement(Grantee.DEPLOYER, null, List.of("kms:CreateGrant"), KEY),
            new IamStatement(
                Grantee.DEPLOYER,
                null,
                List.of("cognito-idp:DescribeUserPool", "cognito-idp:UpdateUserPool"),
                CfnValue.of(EXISTING_ARN)));
    assertThat(statements.get(0).toJson().toString())
        .isEqualTo(
            "{\"Effect\":\"Allow\",\"Action\":[\"kms:Decrypt\"],\"Resource\":{\"Fn::GetAtt\":[\"CodeKey\",\"Arn\"]}}");
  }

  @Test
  void refusesACustomSenderWithoutKey() {
    assertThatThrownBy(
            () ->
                TriggerWiring.of(
                    CognitoTrigger.of(
                        "mailer", fn("mailer"), CUSTOMERS, TriggerSlot.CUSTOM_EMAIL_SENDER)))
        .isInstanceOfSatisfying(
            TriggerWiringException.class,
            e -> assertThat(e.code()).isEqualTo(Code.COGNITO_KMS_KEY_NOT_SET))
        .hasMessage(
            "COGNITO_KMS_KEY_NOT_SET: function \"mailer\" is the CustomEmailSender of user pool"
                + " \"Customers\" and needs a KMS key (kmsKeyId): Cognito encrypts the codes it gives"
                + " custom senders with it");
  }

  @Test
  void refusesTwoKeysForOnePool() {
    assertThatThrownBy(
            () ->
                TriggerWiring.of(
                    CognitoTrigger.of(
                            "mailer", fn("mailer"), CUSTOMERS, TriggerSlot.CUSTOM_EMAIL_SENDER)
                        .withKmsKey(KEY),
                    CognitoTrigger.of(
                            "texter", fn("texter"), CUSTOMERS, TriggerSlot.CUSTOM_SMS_SENDER)
                        .withKmsKey(CfnValue.ref("OtherKey"))))
        .isInstanceOfSatisfying(
            TriggerWiringException.class,
            e ->
                assertThat(e.code())
                    .isEqualTo(Code.COGNITO_KMS_KEY_ID_NOT_SAME_FOR_SINGLE_USER_POOL))
        .hasMessage(
            "COGNITO_KMS_KEY_ID_NOT_SAME_FOR_SINGLE_USER_POOL: user pool \"Customers\" has one"
                + " KMSKeyID, but function \"mailer\" gives !GetAtt CodeKey.Arn and function"
                + " \"texter\" gives !Ref OtherKey");
  }

  @Test
  void refusesOneFunctionOnTwoExistingPools() {
    UserPoolRef first = UserPoolRef.existing(CfnValue.of(EXISTING_ARN));
    UserPoolRef second = UserPoolRef.existing(CfnValue.ref("OtherPoolArn"));
    assertThatThrownBy(
            () ->
                TriggerWiring.of(
                    CognitoTrigger.of("audit", fn("audit"), first, TriggerSlot.POST_AUTHENTICATION),
                    CognitoTrigger.of(
                        "audit", fn("audit"), second, TriggerSlot.POST_AUTHENTICATION)))
        .isInstanceOfSatisfying(
            TriggerWiringException.class,
            e -> assertThat(e.code()).isEqualTo(Code.COGNITO_MULTIPLE_USER_POOLS_PER_FUNCTION))
        .hasMessage(
            "COGNITO_MULTIPLE_USER_POOLS_PER_FUNCTION: function \"audit\" is attached to the"
                + " existing user pools \""
                + EXISTING_ARN
                + "\" and \"!Ref OtherPoolArn\"; one function can be wired to one existing pool");
    // New pools are not limited: one function may serve several pools the template creates.
    TriggerWiring.of(
        CognitoTrigger.of("audit", fn("audit"), CUSTOMERS, TriggerSlot.POST_AUTHENTICATION),
        CognitoTrigger.of(
            "audit", fn("audit"), UserPoolRef.newPool("Staff"), TriggerSlot.POST_AUTHENTICATION));
  }

  @Test
  void refusesTheOtherMistakesWithTheirCodes() {
    assertThatThrownBy(
            () ->
                TriggerWiring.of(
                    CognitoTrigger.of("a", fn("a"), CUSTOMERS, TriggerSlot.PRE_SIGN_UP),
                    CognitoTrigger.of("b", fn("b"), CUSTOMERS, TriggerSlot.PRE_SIGN_UP)))
        .hasMessage(
            "DUPLICATE_TRIGGER: user pool \"Customers\": PreSignUp is given to function \"a\" and"
                + " to function \"b\"; a slot takes one function");
    assertCode(
        () -> CognitoTrigger.of("a", fn("a"), CUSTOMERS, TriggerSlot.PRE_SIGN_UP).withKmsKey(KEY),
        Code.KMS_KEY_WITHOUT_CUSTOM_SENDER);
    assertCode(
        () ->
            CognitoTrigger.of("a", fn("a"), CUSTOMERS, TriggerSlot.CUSTOM_SMS_SENDER)
                .withVersion(LambdaVersion.V2_0),
        Code.UNSUPPORTED_LAMBDA_VERSION);
    assertCode(
        () ->
            CognitoTrigger.of("a", fn("a"), CUSTOMERS, TriggerSlot.PRE_SIGN_UP)
                .withVersion(LambdaVersion.V1_0),
        Code.UNSUPPORTED_LAMBDA_VERSION);
    assertCode(
        () -> CognitoTrigger.of("a", CfnValue.of("not-an-arn"), CUSTOMERS, TriggerSlot.PRE_SIGN_UP),
        Code.MALFORMED_ARN);
    assertCode(
        () ->
            CognitoTrigger.of("a", fn("a"), CUSTOMERS, TriggerSlot.CUSTOM_SMS_SENDER)
                .withKmsKey(CfnValue.of("arn:aws:s3:::bucket")),
        Code.MALFORMED_ARN);
    assertCode(() -> UserPoolRef.existing(CfnValue.of("us-east-1_Abc")), Code.MALFORMED_ARN);
    assertCode(() -> UserPoolRef.newPool("bad/name"), Code.INVALID_NAME);
    assertCode(
        () -> CognitoTrigger.of("a b", fn("a"), CUSTOMERS, TriggerSlot.PRE_SIGN_UP),
        Code.INVALID_NAME);
    assertCode(
        () -> CognitoTrigger.of("a", fn("a"), CUSTOMERS, TriggerSlot.UNKNOWN), Code.INVALID_NAME);
  }

  @Test
  void rendersThePreTokenGenerationKeyTheDeclarationAsksFor() {
    PoolTriggers v1 =
        TriggerWiring.of(
                CognitoTrigger.of(
                    "tokens", fn("tokens"), CUSTOMERS, TriggerSlot.PRE_TOKEN_GENERATION))
            .pool(CUSTOMERS);
    PoolTriggers v3 =
        TriggerWiring.of(
                CognitoTrigger.of(
                        "tokens", fn("tokens"), CUSTOMERS, TriggerSlot.PRE_TOKEN_GENERATION)
                    .withVersion(LambdaVersion.V3_0))
            .pool(CUSTOMERS);

    assertThat(v1.lambdaConfig().toString())
        .isEqualTo("{\"PreTokenGeneration\":{\"Fn::GetAtt\":[\"TokensLambdaFunction\",\"Arn\"]}}");
    assertThat(v3.lambdaConfig().toString())
        .isEqualTo(
            "{\"PreTokenGenerationConfig\":{\"LambdaArn\":{\"Fn::GetAtt\":[\"TokensLambdaFunction\",\"Arn\"]},\"LambdaVersion\":\"V3_0\"}}");
  }

  @Test
  void literalValuesAreNeededOutsideCloudFormation() {
    PoolTriggers pool =
        TriggerWiring.of(
                CognitoTrigger.of(
                    "tokens", fn("tokens"), CUSTOMERS, TriggerSlot.PRE_TOKEN_GENERATION))
            .pool(CUSTOMERS);
    assertCode(() -> pool.literalFunctions(), Code.UNRESOLVED_VALUE);
    assertCode(
        () -> ((UserPoolRef.ExistingPool) UserPoolRef.existing(CfnValue.ref("P"))).poolId(),
        Code.UNRESOLVED_VALUE);
  }

  private static void assertCode(ThrowingCallable call, Code code) {
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(
            TriggerWiringException.class, e -> assertThat(e.code()).isEqualTo(code));
  }
}
