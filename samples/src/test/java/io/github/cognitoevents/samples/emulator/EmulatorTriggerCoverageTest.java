package io.github.cognitoevents.samples.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cognitoevents.model.trigger.CustomMessageEvent;
import io.github.cognitoevents.model.trigger.PreSignUpEvent;
import io.github.cognitoevents.model.trigger.PreTokenGenerationEvent;
import io.github.cognitoevents.model.trigger.UserMigrationEvent;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFlowType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthenticationResultType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ExplicitAuthFlowsType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserLambdaValidationException;

/**
 * Every trigger cognito-local can invoke without AWS (all but CustomEmailSender, which needs KMS,
 * and PostConfirmation, for which the samples have no handler), each payload produced by the
 * emulator, parsed by the model and answered by a sample handler.
 */
@ExtendWith(CognitoLocalExtension.class)
class EmulatorTriggerCoverageTest {

  @Test
  void selfServiceFlowsInvokeTheirTriggersAndTheModelReadsEach(EmulatedCognito cognito) {
    CognitoIdentityProviderClient idp = cognito.client();
    String pool =
        idp.createUserPool(b -> b.poolName("coverage").lambdaConfig(cognito.lambdaConfig()))
            .userPool()
            .id();
    String client =
        idp.createUserPoolClient(
                b ->
                    b.userPoolId(pool)
                        .clientName("web")
                        .explicitAuthFlows(
                            ExplicitAuthFlowsType.ALLOW_USER_PASSWORD_AUTH,
                            ExplicitAuthFlowsType.ALLOW_REFRESH_TOKEN_AUTH))
            .userPoolClient()
            .clientId();

    idp.signUp(
        b ->
            b.clientId(client)
                .username("kim")
                .password("Kim-Passw0rd!")
                .userAttributes(a -> a.name("email").value("kim@example.com")));
    assertThatThrownBy(
            () ->
                idp.signUp(
                    b ->
                        b.clientId(client)
                            .username("mallory")
                            .password("Mallory-Passw0rd!")
                            .userAttributes(a -> a.name("email").value("mallory@elsewhere.test"))))
        .isInstanceOf(UserLambdaValidationException.class)
        .hasMessageContaining("email domain \"elsewhere.test\" is not allowed");
    AuthenticationResultType tokens =
        idp.initiateAuth(
                b ->
                    b.clientId(client)
                        .authFlow(AuthFlowType.USER_PASSWORD_AUTH)
                        .authParameters(Map.of("USERNAME", "kim", "PASSWORD", "Kim-Passw0rd!")))
            .authenticationResult();
    idp.initiateAuth(
        b ->
            b.clientId(client)
                .authFlow(AuthFlowType.REFRESH_TOKEN_AUTH)
                .authParameters(Map.of("REFRESH_TOKEN", tokens.refreshToken())));
    idp.forgotPassword(b -> b.clientId(client).username("kim"));
    idp.initiateAuth(
        b ->
            b.clientId(client)
                .authFlow(AuthFlowType.USER_PASSWORD_AUTH)
                .authParameters(
                    Map.of(
                        "USERNAME",
                        "legacy.bob@example.com",
                        "PASSWORD",
                        "correct horse battery staple")));

    List<LambdaInvokeEndpoint.Invocation> invocations =
        cognito.invocations().stream()
            .filter(i -> i.event() != null && pool.equals(i.event().header().userPoolId()))
            .toList();
    assertThat(invocations)
        .extracting(LambdaInvokeEndpoint.Invocation::triggerSource)
        .containsExactly(
            // kim: auto-confirmed and e-mail verified by the handler, so no code message
            "PreSignUp_SignUp",
            // mallory: rejected by the handler
            "PreSignUp_SignUp",
            "PostAuthentication_Authentication",
            "TokenGeneration_Authentication",
            "TokenGeneration_RefreshTokens",
            "CustomMessage_ForgotPassword",
            "UserMigration_Authentication",
            "PostAuthentication_Authentication",
            "TokenGeneration_Authentication");
    for (LambdaInvokeEndpoint.Invocation i : invocations) {
      assertThat(i.parseError()).as(i.request()).isNull();
    }
    assertThat(invocations.get(1).functionError())
        .isEqualTo(
            "io.github.cognitoevents.samples.triggers.TriggerRejectedException: email domain"
                + " \"elsewhere.test\" is not allowed");
    assertThat(invocations)
        .filteredOn(i -> i != invocations.get(1))
        .allSatisfy(
            i -> {
              assertThat(i.functionError()).as(i.request()).isNull();
              assertThat(i.answer()).as(i.reply()).isNotNull();
            });

    PreSignUpEvent signUp = (PreSignUpEvent) invocations.get(0).answer();
    assertThat(signUp.response().autoConfirmUser()).isTrue();
    assertThat(((CustomMessageEvent) invocations.get(5).answer()).response().emailSubject())
        .isEqualTo("Example Corp password reset");
    assertThat(((PreTokenGenerationEvent) invocations.get(4).event()).header().userName())
        .isEqualTo("kim");
    UserMigrationEvent migrated = (UserMigrationEvent) invocations.get(6).answer();
    assertThat(migrated.header().userName()).isEqualTo("legacy.bob@example.com");
    assertThat(migrated.response().userAttributes()).containsEntry("name", "Bob Legacy");
  }
}
