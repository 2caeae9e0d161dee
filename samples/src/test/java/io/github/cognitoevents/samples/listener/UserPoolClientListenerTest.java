package io.github.cognitoevents.samples.listener;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.cognitoevents.model.EventParseException;
import io.github.cognitoevents.model.cloudtrail.CognitoOperation;
import io.github.cognitoevents.samples.SampleEvents;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class UserPoolClientListenerTest {

  private final List<ClientChange> seen = new ArrayList<>();
  private final UserPoolClientListener listener = new UserPoolClientListener(seen::add);

  private String run(String file) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    listener.handleRequest(
        new ByteArrayInputStream(SampleEvents.json(file).getBytes(StandardCharsets.UTF_8)),
        out,
        null);
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void handlesAnUpdateAndFlagsAPlainHttpCallback() throws Exception {
    String reply = run("update-user-pool-client.json");
    assertThat(reply)
        .isEqualTo(
            "{\"change\":\"UPDATED\",\"userPoolId\":\"us-east-1_EXAMPLE\",\"clientId\":\"1example23456789\",\"insecureCallback\":false,\"allowedOAuthScopes\":[\"openid\",\"email\",\"orders/read\"]}");
    ClientChange.Updated updated = (ClientChange.Updated) seen.get(0);
    assertThat(updated.clientName()).isEqualTo("web-app");
    assertThat(updated.callbackUrls())
        .containsExactly("https://app.example.com/callback", "http://localhost:3000/callback");
    assertThat(updated.caller())
        .isEqualTo("arn:aws:sts::123456789012:assumed-role/PlatformAdmin/alice");
    assertThat(updated.time()).hasToString("2026-11-23T04:12:09Z");
    // The field the reference solution asks users to change, kept by the listener.
    assertThat(updated.allowedOAuthScopes()).containsExactly("openid", "email", "orders/read");
    assertThat(updated.allowedOAuthFlows()).containsExactly("code");
    assertThat(updated.allowsUserAdminScope()).isFalse();
    assertThat(updated.describe()).contains(" scopes openid email orders/read");
    assertThat(
            new ClientChange.Updated(
                    "p", "c", "n", List.of("http://evil.example/cb"), null, null, null, null)
                .hasInsecureCallback())
        .isTrue();
  }

  @Test
  void handlesADeleteWhoseResponseElementsAreNull() throws Exception {
    String reply = run("delete-user-pool-client.json");
    assertThat(reply)
        .isEqualTo(
            "{\"change\":\"DELETED\",\"userPoolId\":\"us-east-1_EXAMPLE\",\"clientId\":\"7abcdefexample0123456789xy\"}");
    assertThat(seen).singleElement().isInstanceOf(ClientChange.Deleted.class);
    assertThat(seen.get(0).describe())
        .isEqualTo(
            "DELETED client 7abcdefexample0123456789xy of us-east-1_EXAMPLE by arn:aws:sts::123456789012:assumed-role/PlatformAdmin/alice");
  }

  @Test
  void reportsAFailedCallWithoutTreatingItAsAChange() throws Exception {
    String reply = run("update-user-pool-client-failed.json");
    assertThat(reply)
        .isEqualTo(
            "{\"change\":\"FAILED\",\"operation\":\"UpdateUserPoolClient\",\"userPoolId\":\"us-east-1_EXAMPLE\",\"clientId\":\"4doesnotexist000000000000\",\"errorCode\":\"ResourceNotFoundException\"}");
    ClientChange.Failed failed = (ClientChange.Failed) seen.get(0);
    assertThat(failed.operation()).isEqualTo(CognitoOperation.UPDATE_USER_POOL_CLIENT);
  }

  @Test
  void reportsAFailedDeleteAsFailedNotDeleted() throws Exception {
    String failedDelete =
        SampleEvents.json("delete-user-pool-client.json")
            .replaceFirst(
                "\"requestParameters\"",
                "\"errorCode\":\"ConcurrentModificationException\",\"requestParameters\"");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    listener.handleRequest(
        new ByteArrayInputStream(failedDelete.getBytes(StandardCharsets.UTF_8)), out, null);
    assertThat(out.toString(StandardCharsets.UTF_8))
        .isEqualTo(
            "{\"change\":\"FAILED\",\"operation\":\"DeleteUserPoolClient\",\"userPoolId\":\"us-east-1_EXAMPLE\",\"clientId\":\"7abcdefexample0123456789xy\",\"errorCode\":\"ConcurrentModificationException\"}");
    assertThat(seen).singleElement().isInstanceOf(ClientChange.Failed.class);
  }

  @Test
  void ignoresOtherOperations() throws Exception {
    assertThat(run("create-user-pool-client.json"))
        .isEqualTo("{\"change\":\"IGNORED\",\"eventName\":\"CreateUserPoolClient\"}");
    assertThat(run("token-post.json")).contains("\"IGNORED\"").contains("Token_POST");
  }

  @Test
  void rejectsATriggerEventWithAParseErrorNamingTheField() {
    assertThatThrownBy(
            () ->
                listener.handleRequest(
                    new ByteArrayInputStream(
                        SampleEvents.json("pre-sign-up.json").getBytes(StandardCharsets.UTF_8)),
                    new ByteArrayOutputStream(),
                    null))
        .isInstanceOf(EventParseException.class)
        .hasMessageContaining("expected an EventBridge event with a CloudTrail record")
        .hasMessageContaining("PreSignUpEvent");
    assertThat(seen).isEmpty();
  }

  @Test
  void writesValidJson() throws Exception {
    assertThat(
            new ObjectMapper().readTree(run("update-user-pool-client.json")).get("change").asText())
        .isEqualTo("UPDATED");
  }
}
