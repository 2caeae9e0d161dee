package io.github.cognitoevents.testkit.trigger;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cognitoevents.model.trigger.ChallengeName;
import io.github.cognitoevents.model.trigger.ChallengeResult;
import io.github.cognitoevents.model.trigger.CreateAuthChallengeEvent;
import io.github.cognitoevents.model.trigger.CustomEmailSenderEvent;
import io.github.cognitoevents.model.trigger.CustomMessageEvent;
import io.github.cognitoevents.model.trigger.CustomSenderRequest;
import io.github.cognitoevents.model.trigger.CustomSmsSenderEvent;
import io.github.cognitoevents.model.trigger.DefineAuthChallengeEvent;
import io.github.cognitoevents.model.trigger.InboundFederationEvent;
import io.github.cognitoevents.model.trigger.PostAuthenticationEvent;
import io.github.cognitoevents.model.trigger.PostConfirmationEvent;
import io.github.cognitoevents.model.trigger.PreAuthenticationEvent;
import io.github.cognitoevents.model.trigger.PreSignUpEvent;
import io.github.cognitoevents.model.trigger.PreTokenGenerationEvent;
import io.github.cognitoevents.model.trigger.PreTokenGenerationV2Event;
import io.github.cognitoevents.model.trigger.TriggerEvent;
import io.github.cognitoevents.model.trigger.TriggerEvents;
import io.github.cognitoevents.model.trigger.TriggerSource;
import io.github.cognitoevents.model.trigger.UserMigrationEvent;
import io.github.cognitoevents.model.trigger.VerifyAuthChallengeResponseEvent;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TestTriggerEventsTest {

  static Stream<Arguments> builders() {
    return Stream.of(
        Arguments.of(TestTriggerEvents.preSignUp(), PreSignUpEvent.class),
        Arguments.of(TestTriggerEvents.postConfirmation(), PostConfirmationEvent.class),
        Arguments.of(TestTriggerEvents.preAuthentication(), PreAuthenticationEvent.class),
        Arguments.of(TestTriggerEvents.postAuthentication(), PostAuthenticationEvent.class),
        Arguments.of(TestTriggerEvents.defineAuthChallenge(), DefineAuthChallengeEvent.class),
        Arguments.of(TestTriggerEvents.createAuthChallenge(), CreateAuthChallengeEvent.class),
        Arguments.of(
            TestTriggerEvents.verifyAuthChallengeResponse("42", "41"),
            VerifyAuthChallengeResponseEvent.class),
        Arguments.of(TestTriggerEvents.preTokenGeneration(), PreTokenGenerationEvent.class),
        Arguments.of(TestTriggerEvents.preTokenGenerationV2(), PreTokenGenerationV2Event.class),
        Arguments.of(
            TestTriggerEvents.clientCredentials("orders/read"), PreTokenGenerationV2Event.class),
        Arguments.of(TestTriggerEvents.userMigration("legacy", "pw"), UserMigrationEvent.class),
        Arguments.of(TestTriggerEvents.customMessage(), CustomMessageEvent.class),
        Arguments.of(TestTriggerEvents.customSmsSender(), CustomSmsSenderEvent.class),
        Arguments.of(TestTriggerEvents.customEmailSender(), CustomEmailSenderEvent.class),
        Arguments.of(
            TestTriggerEvents.accountTakeOverNotification("BLOCK"), CustomEmailSenderEvent.class),
        Arguments.of(TestTriggerEvents.inboundFederation("Okta"), InboundFederationEvent.class));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("builders")
  void buildsARealisticEventThatParsesBackToItself(
      TestTriggerEvents.Builder<?> builder, Class<?> type) {
    TriggerEvent event = builder.build();
    assertThat(event).isInstanceOf(type);
    assertThat(event.source()).isNotEqualTo(TriggerSource.UNKNOWN);
    assertThat(event.region()).isEqualTo("us-east-1");
    assertThat(event.userPoolId()).matches("[a-z]{2}-[a-z]+-\\d_[A-Za-z0-9]+");
    assertThat(TriggerEvents.parse(TriggerEvents.write(event))).isEqualTo(event);
    assertThat(TriggerEvents.parse(builder.toJson())).isEqualTo(event);
  }

  @Test
  void defaultsLookLikeAConfirmedUserWithAUuidSub() {
    PostConfirmationEvent event = TestTriggerEvents.postConfirmation().build();
    Map<String, String> attributes = event.request().userAttributes();
    assertThat(UUID.fromString(attributes.get("sub")).toString()).isEqualTo(attributes.get("sub"));
    assertThat(attributes).containsEntry("cognito:user_status", "CONFIRMED");
    assertThat(event.userName()).isEqualTo(attributes.get("sub"));
    assertThat(event.callerContext().clientId()).isEqualTo(TestTriggerEvents.CLIENT_ID);
  }

  @Test
  void overridesWhatTheTestIsAbout() {
    DefineAuthChallengeEvent define =
        TestTriggerEvents.defineAuthChallenge()
            .sessionChallenge("SRP_A", true, null)
            .sessionChallenge("CUSTOM_CHALLENGE", false, "Q1")
            .clientMetadata("flow", "magic-link")
            .build();
    assertThat(define.request().session())
        .extracting(ChallengeResult::challenge)
        .containsExactly(ChallengeName.SRP_A, ChallengeName.CUSTOM_CHALLENGE);
    assertThat(define.response().issueTokens()).isNull();
    assertThat(define.request().clientMetadata()).containsEntry("flow", "magic-link");

    PreTokenGenerationEvent token =
        TestTriggerEvents.preTokenGeneration().group("admins").region("eu-west-1").build();
    assertThat(token.request().groupConfiguration().groupsToOverride()).containsExactly("admins");
    assertThat(token.region()).isEqualTo("eu-west-1");

    PreTokenGenerationV2Event m2m = TestTriggerEvents.clientCredentials("orders/read").build();
    assertThat(m2m.isClientCredentials()).isTrue();
    assertThat(m2m.version()).isEqualTo("3");
    assertThat(m2m.userName()).isNull();

    CustomEmailSenderEvent takeover =
        TestTriggerEvents.accountTakeOverNotification("BLOCK").build();
    assertThat(takeover.isAccountTakeOverNotification()).isTrue();
    assertThat(takeover.request().code()).isNull();
    assertThat(takeover.request().userAttributes())
        .containsEntry("ACCOUNT_TAKE_OVER_ACTION", "BLOCK");
    assertThat(takeover.callerContext().clientId()).isNull();
    assertThat(takeover.request().accountTakeOverAction())
        .isEqualTo(CustomSenderRequest.AccountTakeOverAction.BLOCK);
    assertThat(TestTriggerEvents.customEmailSender().build().request().accountTakeOverAction())
        .isEqualTo(CustomSenderRequest.AccountTakeOverAction.UNKNOWN);

    InboundFederationEvent federation = TestTriggerEvents.inboundFederation("Okta").build();
    assertThat(federation.request().provider()).isEqualTo(InboundFederationEvent.ProviderType.OIDC);
    assertThat(InboundFederationEvent.ProviderType.of("SignInWithApple"))
        .isEqualTo(InboundFederationEvent.ProviderType.SIGN_IN_WITH_APPLE);
    assertThat(InboundFederationEvent.ProviderType.of("oidc"))
        .isEqualTo(InboundFederationEvent.ProviderType.UNKNOWN);

    UserMigrationEvent migration = TestTriggerEvents.userMigration("legacy-jane", "pw").build();
    assertThat(migration.userName()).isEqualTo("legacy-jane");
    assertThat(migration.request().password()).isEqualTo("pw");
    assertThat(migration.toString()).doesNotContain("pw,").contains("password=***");
  }
}
