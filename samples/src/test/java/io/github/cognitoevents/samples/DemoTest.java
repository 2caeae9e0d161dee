package io.github.cognitoevents.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class DemoTest {

  private static String runDemo() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
      Demo.run(SampleEvents.DIR, out);
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void printsTheRulesTheVerdictsAndTheTriggerResponses() throws Exception {
    String output = runDemo();
    assertThat(output)
        .contains(
            "{\"source\":[\"aws.cognito-idp\"],\"detail\":{\"eventSource\":[\"cognito-idp.amazonaws.com\"],"
                + "\"eventType\":[\"AwsApiCall\"],\"eventName\":[\"DeleteUserPoolClient\",\"UpdateUserPoolClient\"]}}")
        .contains(
            "-- delete-user-pool-client.json\n"
                + "  [client-changes (seed)] MATCH\n"
                + "  [client-changes, one pool and client, succeeded only] NO MATCH\n"
                + "      detail.requestParameters.clientId [\"1example23456789\"] <- \"7abcdefexample0123456789xy\"\n")
        .contains(
            "  listener: DELETED client 7abcdefexample0123456789xy of us-east-1_EXAMPLE by arn:aws:sts::123456789012:assumed-role/PlatformAdmin/alice")
        .contains(
            "  listener: FAILED UpdateUserPoolClient on client 4doesnotexist000000000000 of us-east-1_EXAMPLE: ResourceNotFoundException")
        .contains("      detail.errorCode [{\"exists\":false}] <- \"ResourceNotFoundException\"")
        .contains("-- token-post.json\n  [client-changes (seed)] NO MATCH")
        .contains("  [managed-login token requests] MATCH")
        .contains(
            "-- admin-flow/1-pre-sign-up-admin-create-user.json (PreSignUp_AdminCreateUser caused by AdminCreateUser)")
        .contains(
            "-- pre-sign-up-rejected.json (PreSignUp_SignUp)\n  REJECTED: email domain \"mailinator.test\" is not allowed")
        .contains(
            "-- pre-sign-up.json (PreSignUp_SignUp)\n  response: {\"autoConfirmUser\":true,\"autoVerifyEmail\":true}")
        .contains(
            "-- verify-auth-challenge-response.json (VerifyAuthChallengeResponse_Authentication)\n  response: {\"answerCorrect\":true}")
        .contains(
            "-- admin-flow/cloudtrail-3-admin-respond-to-auth-challenge.json\n"
                + "  [client-changes (seed)] NO MATCH\n"
                + "      detail.eventName [\"DeleteUserPoolClient\",\"UpdateUserPoolClient\"]"
                + " <- \"AdminRespondToAuthChallenge\"\n")
        .contains("  [admin-created users and forced password changes] MATCH")
        .contains("Demo done: 4 rules, 9 CloudTrail events, 14 trigger events in ");
    assertThat(output.lines().filter(l -> l.startsWith("  listener: "))).hasSize(3);
    assertThat(output)
        .contains(
            "== Listener template written to "
                + Path.of("target", "user-pool-client-listener.template.yaml").toAbsolutePath(),
            "== Trigger wiring template written to "
                + Path.of("target", "sample-triggers.template.yaml").toAbsolutePath());
    assertThat(Files.exists(Path.of("target", "user-pool-client-listener.template.yaml"))).isTrue();
    assertThat(Files.exists(Path.of("target", "sample-triggers.template.yaml"))).isTrue();
  }
}
