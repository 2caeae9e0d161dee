package io.github.cognitoevents.model.trigger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code toString()} never prints a password, a challenge answer, private challenge parameters, an
 * encrypted code, OIDC tokens, or client metadata / validation data values: each event below
 * carries such values (all containing {@code SECRET}) and its printed form must not.
 */
class TriggerRedactionTest {
  private static final String HEADER =
      "\"version\":\"1\",\"region\":\"us-east-1\",\"userPoolId\":\"us-east-1_AbCdEf123\","
          + "\"userName\":\"jane\",\"callerContext\":{\"awsSdkVersion\":\"sdk\",\"clientId\":\"c\"},";
  private static final String METADATA =
      "\"clientMetadata\":{\"apiKey\":\"SECRET-cm\"},\"validationData\":{\"otp\":\"SECRET-vd\"}";

  static Stream<Arguments> eventsWithSecrets() {
    return Stream.of(
        Arguments.of(
            "PreSignUp_SignUp",
            "{\"userAttributes\":{\"email\":\"jane@example.com\"}," + METADATA + "}",
            "{}"),
        Arguments.of(
            "PostConfirmation_ConfirmSignUp", "{\"userAttributes\":{}," + METADATA + "}", "{}"),
        Arguments.of(
            "PreAuthentication_Authentication", "{\"userAttributes\":{}," + METADATA + "}", "{}"),
        Arguments.of(
            "PostAuthentication_Authentication", "{\"userAttributes\":{}," + METADATA + "}", "{}"),
        Arguments.of(
            "DefineAuthChallenge_Authentication",
            "{\"userAttributes\":{},\"session\":[]," + METADATA + "}",
            "{}"),
        Arguments.of(
            "CreateAuthChallenge_Authentication",
            "{\"userAttributes\":{},\"challengeName\":\"CUSTOM_CHALLENGE\",\"session\":[],"
                + METADATA
                + "}",
            "{\"publicChallengeParameters\":{\"hint\":\"h\"},"
                + "\"privateChallengeParameters\":{\"answer\":\"SECRET-private\"},\"challengeMetadata\":\"m\"}"),
        Arguments.of(
            "VerifyAuthChallengeResponse_Authentication",
            "{\"userAttributes\":{},\"privateChallengeParameters\":{\"answer\":\"SECRET-private\"},"
                + "\"challengeAnswer\":\"SECRET-answer\","
                + METADATA
                + "}",
            "{\"answerCorrect\":null}"),
        Arguments.of(
            "TokenGeneration_HostedAuth",
            "{\"userAttributes\":{},\"groupConfiguration\":{}," + METADATA + "}",
            "{}"),
        Arguments.of(
            "TokenGeneration_ClientCredentials", "{\"scopes\":[\"a/b\"]," + METADATA + "}", "{}"),
        Arguments.of(
            "UserMigration_Authentication",
            "{\"password\":\"SECRET-password\"," + METADATA + "}",
            "{\"userAttributes\":{\"email\":\"jane@example.com\"}}"),
        Arguments.of(
            "CustomMessage_SignUp",
            "{\"userAttributes\":{},\"codeParameter\":\"{####}\"," + METADATA + "}",
            "{}"),
        Arguments.of(
            "CustomSMSSender_SignUp",
            "{\"type\":\"customSMSSenderRequestV1\",\"code\":\"SECRET-AYADeJ0ciphertext\","
                + "\"clientMetadata\":{\"apiKey\":\"SECRET-cm\"},\"userAttributes\":{}}",
            null),
        Arguments.of(
            "CustomEmailSender_ForgotPassword",
            "{\"type\":\"customEmailSenderRequestV1\",\"code\":\"SECRET-AYADeJ0ciphertext\","
                + "\"clientMetadata\":{\"apiKey\":\"SECRET-cm\"},\"userAttributes\":{}}",
            null),
        Arguments.of(
            "InboundFederation_ExternalProvider",
            "{\"providerName\":\"G\",\"providerType\":\"OIDC\",\"attributes\":{\"tokenResponse\":"
                + "{\"access_token\":\"SECRET-at\",\"id_token\":\"SECRET-it\",\"refresh_token\":\"SECRET-rt\"},"
                + "\"idToken\":{\"sub\":\"s\"}}}",
            "{}"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("eventsWithSecrets")
  void toStringPrintsNoSecretButNamesTheirKeys(String source, String request, String response) {
    String json =
        "{"
            + HEADER
            + "\"triggerSource\":\""
            + source
            + "\",\"request\":"
            + request
            + (response == null ? "" : ",\"response\":" + response)
            + "}";
    TriggerEvent event = TriggerEvents.parse(json);
    assertThat(event).isNotInstanceOf(UnknownTriggerEvent.class);
    String printed = event.toString();
    // secrets never; personal data (the user name, attribute values) masked by default
    assertThat(printed).doesNotContain("SECRET").contains("***").doesNotContain("jane");
    assertThat(printed).contains("userName=***");
    io.github.cognitoevents.model.PersonalData.showInToString(true);
    try {
      assertThat(event.toString()).doesNotContain("SECRET").contains("jane");
    } finally {
      io.github.cognitoevents.model.PersonalData.showInToString(false);
    }
    // the secrets are still there for the code that needs them
    assertThat(TriggerEvents.write(event)).contains("SECRET");
  }
}
