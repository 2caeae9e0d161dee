package io.github.cognitoevents.samples.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cognitoevents.model.trigger.CustomMessageEvent;
import io.github.cognitoevents.model.trigger.PostAuthenticationEvent;
import io.github.cognitoevents.model.trigger.PreTokenGenerationEvent;
import io.github.cognitoevents.samples.triggers.AdminUserFlow;
import io.github.cognitoevents.samples.triggers.IdToken;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ChallengeNameType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserStatusType;

/** System 3 run for real against cognito-local, the triggers answered by the sample handlers. */
@ExtendWith(CognitoLocalExtension.class)
class AdminUserFlowEmulatorTest {

  @Test
  void createsTheUserAnswersNewPasswordRequiredAndReturnsAnIdTokenTheApiAccepts(
      EmulatedCognito cognito) {
    AdminUserFlow.Result result =
        AdminUserFlow.run(cognito.client(), AdminUserFlow.Setup.sample(cognito.lambdaConfig()));

    assertThat(result.statusAfterCreate()).isEqualTo(UserStatusType.FORCE_CHANGE_PASSWORD);
    assertThat(result.challenge()).isEqualTo(ChallengeNameType.NEW_PASSWORD_REQUIRED);
    assertThat(result.challengeParameters()).containsEntry("USER_ID_FOR_SRP", "sam.lee");
    assertThat(result.tokens().accessToken()).isNotBlank();
    assertThat(result.tokens().refreshToken()).isNotBlank();
    assertThat(result.statusAfterChange()).isEqualTo(UserStatusType.CONFIRMED);

    IdToken id = IdToken.decode(result.tokens().idToken());
    String issuer = cognito.emulator().endpoint() + "/" + result.userPoolId();
    id.verify(issuer, result.clientId(), Instant.now());
    assertThat(id.claims().path("cognito:username").asText()).isEqualTo("sam.lee");
    assertThat(id.claims().path("email").asText()).isEqualTo("sam.lee@example.com");
    // Added and suppressed by the sample's PreTokenGeneration handler, invoked by the emulator.
    assertThat(id.claims().path("tenant").asText()).isEqualTo("acme");
    assertThat(id.claims().has("custom:plan")).isFalse();
    assertThat(id.claims().path("custom:tenant").asText()).isEqualTo("acme");

    assertThat(cognito.shim().translated())
        .contains(
            "AdminInitiateAuth -> InitiateAuth",
            "AdminRespondToAuthChallenge -> RespondToAuthChallenge");
  }

  @Test
  void everyTriggerTheEmulatorInvokedWasParsedByTheModelAndAnswered(EmulatedCognito cognito) {
    AdminUserFlow.Result result =
        AdminUserFlow.run(
            cognito.client(),
            new AdminUserFlow.Setup(
                "admin-flow-triggers",
                cognito.lambdaConfig(),
                "api",
                "ana.ortiz",
                Map.of("email", "ana.ortiz@example.com", "name", "Ana", "custom:tenant", "globex"),
                "Temp-Passw0rd!",
                "Chosen-Passw0rd!3"));

    List<LambdaInvokeEndpoint.Invocation> flow =
        cognito.invocations().stream()
            .filter(i -> i.event() != null)
            .filter(i -> result.userPoolId().equals(i.event().header().userPoolId()))
            .toList();
    assertThat(flow)
        .extracting(LambdaInvokeEndpoint.Invocation::triggerSource)
        .containsExactly(
            "CustomMessage_AdminCreateUser",
            "PostAuthentication_Authentication",
            "TokenGeneration_Authentication");
    for (LambdaInvokeEndpoint.Invocation invocation : flow) {
      assertThat(invocation.parseError()).as(invocation.request()).isNull();
      assertThat(invocation.functionError()).as(invocation.request()).isNull();
      assertThat(invocation.answer()).as(invocation.reply()).isNotNull();
    }

    CustomMessageEvent invitation = (CustomMessageEvent) flow.get(0).answer();
    assertThat(invitation.header().userName()).isEqualTo("ana.ortiz");
    assertThat(invitation.response().emailSubject()).isEqualTo("You are invited to Example Corp");
    assertThat(invitation.response().emailMessage()).contains("{####}", "{username}");

    PostAuthenticationEvent signIn = (PostAuthenticationEvent) flow.get(1).event();
    assertThat(signIn.header().callerContext().clientId()).isEqualTo(result.clientId());
    assertThat(cognito.auditLines())
        .anyMatch(
            line ->
                line.startsWith("sign-in " + result.userPoolId() + " sub=")
                    && line.endsWith(" client=" + result.clientId()));

    PreTokenGenerationEvent token = (PreTokenGenerationEvent) flow.get(2).answer();
    assertThat(token.response().claimsOverrideDetails().claimsToAddOrOverride())
        .containsEntry("tenant", "globex");
  }
}
