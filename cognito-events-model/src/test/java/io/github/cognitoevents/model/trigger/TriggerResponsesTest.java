package io.github.cognitoevents.model.trigger;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Writing responses: exactly the members set, null kept where Cognito sent null, absent kept
 * absent, and typed values set after reading winning over what was received. Expected JSON is
 * written out in full (golden JSON).
 */
class TriggerResponsesTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String HEADER =
      "\"version\":\"1\",\"region\":\"us-east-1\",\"userPoolId\":\"us-east-1_AbCdEf123\","
          + "\"userName\":\"jane\",\"callerContext\":{\"awsSdkVersion\":\"aws-sdk-unknown-unknown\","
          + "\"clientId\":\"1example23456789\"},";

  private static JsonNode json(String text) throws IOException {
    return MAPPER.readTree(text.replace('\'', '"'));
  }

  private static JsonNode responseOf(TriggerEvent event) {
    return event.toJson().get("response");
  }

  @Test
  void defineAuthChallengeWritesOnlyTheMembersOfTheNewResponse() throws IOException {
    DefineAuthChallengeEvent event =
        TriggerEvents.parse(
            "{"
                + HEADER
                + "\"triggerSource\":\"DefineAuthChallenge_Authentication\",\"request\":{\"userAttributes\":{},"
                + "\"session\":[]},\"response\":{\"challengeName\":null,\"issueTokens\":null,"
                + "\"failAuthentication\":null}}",
            DefineAuthChallengeEvent.class);
    assertThat(event.response().issueTokens()).isNull();
    assertThat(responseOf(event))
        .isEqualTo(json("{'challengeName':null,'issueTokens':null,'failAuthentication':null}"));
    assertThat(responseOf(event.withResponse(DefineAuthChallengeEvent.Response.succeed())))
        .isEqualTo(json("{'issueTokens':true,'failAuthentication':false}"));
    assertThat(
            responseOf(
                event.withResponse(
                    DefineAuthChallengeEvent.Response.nextChallenge(
                        ChallengeName.CUSTOM_CHALLENGE))))
        .isEqualTo(
            json(
                "{'challengeName':'CUSTOM_CHALLENGE','issueTokens':false,'failAuthentication':false}"));
  }

  @Test
  void customMessageKeepsNullTextsAndWritesTheOneThatIsSet() throws IOException {
    CustomMessageEvent event =
        TriggerEvents.parse(
            "{"
                + HEADER
                + "\"triggerSource\":\"CustomMessage_ForgotPassword\",\"request\":{\"userAttributes\":{},"
                + "\"codeParameter\":\"{####}\",\"linkParameter\":\"{##Click Here##}\","
                + "\"usernameParameter\":null},\"response\":{\"smsMessage\":null,\"emailMessage\":null,"
                + "\"emailSubject\":null}}",
            CustomMessageEvent.class);
    assertThat(event.request().linkParameter()).isEqualTo("{##Click Here##}");
    // changing one member of the received response keeps the others as Cognito sent them (null)
    CustomMessageEvent edited =
        event.withResponse(event.response().withEmailMessage("Code: {####}"));
    assertThat(responseOf(edited))
        .isEqualTo(json("{'smsMessage':null,'emailMessage':'Code: {####}','emailSubject':null}"));
    // a fresh response writes only what it sets: absent keeps the template
    assertThat(
            responseOf(
                event.withResponse(CustomMessageEvent.Response.email("Reset", "Code: {####}"))))
        .isEqualTo(json("{'emailMessage':'Code: {####}','emailSubject':'Reset'}"));
    // the request's explicit null stays null
    assertThat(edited.toJson().get("request").get("usernameParameter").isNull()).isTrue();
  }

  @Test
  void preTokenGenerationGroupOverrideIsAbsentUnlessSetAndEmptyWhenSuppressingGroups()
      throws IOException {
    assertThat(
            PreTokenGenerationEvent.Response.builder()
                .claimToAddOrOverride("tenant", "acme")
                .build()
                .toJson())
        .isEqualTo(json("{'claimsOverrideDetails':{'claimsToAddOrOverride':{'tenant':'acme'}}}"));
    assertThat(
            PreTokenGenerationEvent.Response.builder()
                .claimToSuppress("email")
                .groupOverrideDetails(GroupConfiguration.of(List.of(), List.of(), null))
                .build()
                .toJson())
        .isEqualTo(
            json(
                "{'claimsOverrideDetails':{'claimsToSuppress':['email'],"
                    + "'groupOverrideDetails':{'groupsToOverride':[],'iamRolesToOverride':[]}}}"));
  }

  @Test
  void preTokenGenerationV2AcceptsAnyJsonClaimValue() throws IOException {
    PreTokenGenerationV2Event.Response response =
        PreTokenGenerationV2Event.Response.builder()
            .idTokenClaim("tenant", "acme")
            .idTokenClaim("level", 3)
            .idTokenClaim("beta", true)
            .accessTokenClaim("roles", List.of("reader", "writer"))
            .accessTokenClaim("address", MAPPER.readTree("{\"country\":\"NZ\"}"))
            .accessTokenClaimToSuppress("email")
            .scopeToAdd("orders/read")
            .scopeToSuppress("aws.cognito.signin.user.admin")
            .build();
    assertThat(response.toJson())
        .isEqualTo(
            json(
                "{'claimsAndScopeOverrideDetails':{"
                    + "'idTokenGeneration':{'claimsToAddOrOverride':{'tenant':'acme','level':3,'beta':true}},"
                    + "'accessTokenGeneration':{'claimsToAddOrOverride':{'roles':['reader','writer'],"
                    + "'address':{'country':'NZ'}},'claimsToSuppress':['email'],"
                    + "'scopesToAdd':['orders/read'],'scopesToSuppress':['aws.cognito.signin.user.admin']}}}"));
  }

  @Test
  void preTokenGenerationVersionThreeClientCredentialsParsesWithoutAUser() {
    PreTokenGenerationV2Event event =
        (PreTokenGenerationV2Event)
            TriggerEvents.parse(
                "{\"version\":\"3\",\"triggerSource\":\"TokenGeneration_ClientCredentials\","
                    + "\"region\":\"us-east-1\",\"userPoolId\":\"us-east-1_AbCdEf123\","
                    + "\"callerContext\":{\"awsSdkVersion\":\"aws-sdk-unknown-unknown\",\"clientId\":\"m2m\"},"
                    + "\"request\":{\"scopes\":[\"orders/read\"]},\"response\":{\"claimsAndScopeOverrideDetails\":null}}");
    assertThat(event.isClientCredentials()).isTrue();
    assertThat(event.userName()).isNull();
    assertThat(event.request().userAttributes()).isNull();
    assertThat(event.request().scopes()).containsExactly("orders/read");
    assertThat(event.response().claimsAndScopeOverrideDetails()).isNull();
    assertThat(event.toJson().get("response").get("claimsAndScopeOverrideDetails").isNull())
        .isTrue();
  }

  @Test
  void preSignUpFlagChangedAfterReadingWinsOverTheReceivedForm() throws IOException {
    PreSignUpEvent event =
        TriggerEvents.parse(
            "{"
                + HEADER
                + "\"triggerSource\":\"PreSignUp_SignUp\",\"request\":{\"userAttributes\":{}},"
                + "\"response\":{\"autoConfirmUser\":\"false\",\"autoVerifyEmail\":null,\"autoVerifyPhone\":false}}",
            PreSignUpEvent.class);
    assertThat(event.response().autoConfirmUser()).isFalse();
    assertThat(responseOf(event))
        .isEqualTo(
            json("{'autoConfirmUser':'false','autoVerifyEmail':null,'autoVerifyPhone':false}"));
    PreSignUpEvent edited =
        event.withResponse(event.response().withAutoConfirmUser(true).withAutoVerifyEmail(true));
    assertThat(responseOf(edited))
        .isEqualTo(json("{'autoConfirmUser':true,'autoVerifyEmail':true,'autoVerifyPhone':false}"));
  }

  @Test
  void userMigrationBuilderWritesTheDocumentedMembers() throws IOException {
    UserMigrationEvent.Response response =
        UserMigrationEvent.Response.builder()
            .userAttribute("email", "jane@example.com")
            .userAttribute("email_verified", "true")
            .finalUserStatus(UserMigrationEvent.FinalUserStatus.CONFIRMED)
            .messageAction(UserMigrationEvent.MessageAction.SUPPRESS)
            .desiredDeliveryMedium(UserMigrationEvent.DeliveryMedium.EMAIL)
            .enableSMSMFA(false)
            .build();
    assertThat(response.toJson())
        .isEqualTo(
            json(
                "{'userAttributes':{'email':'jane@example.com','email_verified':'true'},"
                    + "'finalUserStatus':'CONFIRMED','messageAction':'SUPPRESS',"
                    + "'desiredDeliveryMediums':['EMAIL'],'enableSMSMFA':false}"));
    assertThat(response.finalUserStatusType())
        .isEqualTo(UserMigrationEvent.FinalUserStatus.CONFIRMED);
    assertThat(response.deliveryMediums()).containsExactly(UserMigrationEvent.DeliveryMedium.EMAIL);
    assertThat(UserMigrationEvent.MessageAction.of("LATER"))
        .isEqualTo(UserMigrationEvent.MessageAction.UNKNOWN);
  }

  @Test
  void inboundFederationDistinguishesKeepAllFromAnExplicitMapping() throws IOException {
    assertThat(InboundFederationEvent.Response.keepAll().toJson())
        .isEqualTo(json("{'userAttributesToMap':{}}"));
    assertThat(InboundFederationEvent.Response.of(Map.of("email", "jane@example.com")).toJson())
        .isEqualTo(json("{'userAttributesToMap':{'email':'jane@example.com'}}"));
  }

  @Test
  void createAndVerifyAuthChallengeResponsesWriteTheirMembers() throws IOException {
    assertThat(
            CreateAuthChallengeEvent.Response.of(Map.of("hint", "h"), Map.of("answer", "42"), "Q1")
                .toJson())
        .isEqualTo(
            json(
                "{'publicChallengeParameters':{'hint':'h'},'privateChallengeParameters':{'answer':'42'},"
                    + "'challengeMetadata':'Q1'}"));
    assertThat(VerifyAuthChallengeResponseEvent.Response.of(true).toJson())
        .isEqualTo(json("{'answerCorrect':true}"));
  }

  @Test
  void unknownTriggerSourcesAreKeptAndTheirSlotIsJudgedByPrefix() {
    TriggerEvent future =
        TriggerEvents.parse("{\"triggerSource\":\"CustomSMSSender_AccountTakeOverNotification\"}");
    assertThat(future).isInstanceOf(CustomSmsSenderEvent.class);
    assertThat(future.source()).isEqualTo(TriggerSource.UNKNOWN);
    assertThat(future.header().slot()).isEqualTo(TriggerSlot.CUSTOM_SMS_SENDER);
    TriggerEvent other =
        TriggerEvents.parse("{\"triggerSource\":\"Passkey_Register\",\"request\":{\"a\":1}}");
    assertThat(other).isInstanceOf(UnknownTriggerEvent.class);
    assertThat(TriggerEvents.write(other))
        .isEqualTo("{\"triggerSource\":\"Passkey_Register\",\"request\":{\"a\":1}}");
  }

  @Test
  void readsEveryInputFormIncludingAByteOrderMarkToTheSameEvent() throws IOException {
    String json =
        "{"
            + HEADER
            + "\"triggerSource\":\"PreSignUp_SignUp\",\"request\":{\"userAttributes\":{}}}";
    TriggerEvent fromString = TriggerEvents.parse(json);
    byte[] utf8WithBom = ("\uFEFF" + json).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    assertThat(TriggerEvents.parse("\uFEFF" + json)).isEqualTo(fromString);
    assertThat(TriggerEvents.parse(utf8WithBom)).isEqualTo(fromString);
    assertThat(TriggerEvents.parse(new java.io.ByteArrayInputStream(utf8WithBom)))
        .isEqualTo(fromString);
    assertThat(TriggerEvents.parse(MAPPER.readTree(json))).isEqualTo(fromString);
    assertThat(TriggerEvents.parse(json.getBytes(java.nio.charset.StandardCharsets.UTF_16)))
        .isEqualTo(fromString);
  }

  @Test
  void rejectsAnEventOfAnotherSlotWhenATypeIsRequestedNamingBoth() {
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () ->
                TriggerEvents.parse(
                    "{\"triggerSource\":\"PreSignUp_SignUp\"}", CustomMessageEvent.class))
        .isInstanceOfSatisfying(
            io.github.cognitoevents.model.EventParseException.class,
            e -> assertThat(e.pointer()).isEqualTo("/triggerSource"))
        .hasMessage(
            "field '/triggerSource' names a PreSignUpEvent trigger, not a CustomMessageEvent");
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> TriggerEvents.parse("{\"version\":\"1\"}"))
        .isInstanceOf(io.github.cognitoevents.model.EventParseException.class)
        .hasMessage("field '/triggerSource' must be a string but is absent");
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> TriggerEvents.parse("{\"triggerSource\":7}"))
        .isInstanceOf(io.github.cognitoevents.model.EventParseException.class)
        .hasMessage("field '/triggerSource' must be a string but is a number");
  }

  @Test
  void readsTheRequestEvenWhenItComesBeforeTheTriggerSource() {
    PreTokenGenerationV2Event event =
        TriggerEvents.parse(
            "{\"request\":{\"scopes\":[\"openid\"]},\"response\":null,"
                + "\"triggerSource\":\"TokenGeneration_HostedAuth\",\"version\":\"1\"}",
            PreTokenGenerationV2Event.class);
    assertThat(event.request().scopes()).containsExactly("openid");
    assertThat(event.response()).isNull();
    assertThat(TriggerEvents.write(event))
        .isEqualTo(
            "{\"version\":\"1\",\"triggerSource\":\"TokenGeneration_HostedAuth\","
                + "\"request\":{\"scopes\":[\"openid\"]},\"response\":null}");
    assertThat(
            TriggerEvents.parse(
                "{\"request\":{\"userAttributes\":{}},\"triggerSource\":\"TokenGeneration_HostedAuth\"}"))
        .isInstanceOf(PreTokenGenerationEvent.class);
  }

  @Test
  void everyDocumentedTriggerSourceMapsToItsSlot() {
    for (TriggerSource source : TriggerSource.values()) {
      if (source != TriggerSource.UNKNOWN) {
        assertThat(TriggerSource.of(source.value())).isEqualTo(source);
        assertThat(source.slot()).as(source.value()).isNotEqualTo(TriggerSlot.UNKNOWN);
        assertThat(source.value()).startsWith(source.slot().prefix() + "_");
      }
    }
    assertThat(TriggerSource.values()).hasSize(42);
    assertThat(TriggerSource.of("VerifyAuthChallenge_Authentication"))
        .isEqualTo(TriggerSource.UNKNOWN);
    assertThat(TriggerSource.of("CustomSmsSender_SignUp")).isEqualTo(TriggerSource.UNKNOWN);
  }
}
