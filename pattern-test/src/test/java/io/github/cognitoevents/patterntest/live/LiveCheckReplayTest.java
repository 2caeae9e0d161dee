package io.github.cognitoevents.patterntest.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.cognitoevents.patterntest.Verdict;
import io.github.cognitoevents.testsupport.ReplayServer;
import io.github.cognitoevents.testsupport.TestEvents;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;

/**
 * The live check against a local server that replays recorded EventBridge responses: the exact
 * request sent and the mapping of every response kind.
 */
class LiveCheckReplayTest {

  static final String SEED_RULE =
      "{\"source\":[\"aws.cognito-idp\"],\"detail\":{\"eventSource\":[\"cognito-idp.amazonaws.com\"],"
          + "\"eventType\":[\"AwsApiCall\"],\"eventName\":[\"DeleteUserPoolClient\",\"UpdateUserPoolClient\"]}}";

  private final AtomicReference<ReplayServer.Reply> nextReply = new AtomicReference<>();
  private final ReplayServer server = new ReplayServer(request -> nextReply.get());
  private final EventBridgeClient client = ReplayClient.of(server);

  @AfterEach
  void stopServer() {
    client.close();
    server.close();
  }

  static String event(String name) {
    return TestEvents.json(name);
  }

  @Test
  void sendsEventAndPatternUnchangedToTheTestEventPatternTarget() throws IOException {
    nextReply.set(ReplayServer.Reply.ok(true));
    // Spacing, a duplicate key, an escaped emoji and 300.0: none of it may be re-serialized.
    String eventJson =
        "{\"id\": \"1\", \"source\": \"aws.cognito-idp\", \"detail-type\": \"x\", "
            + "\"account\": \"111122223333\", \"region\": \"eu-west-1\", \"time\": \"2026-11-20T09:14:03Z\","
            + " \"resources\": [], \"detail\": {\"n\": 300.0, \"s\": \"\\ud83d\\ude80\", \"n\": 1}}";
    String patternJson = "{ \"source\" : [ \"aws.cognito-idp\" ] ,\n \"source\": [\"a\"] }";

    LiveCheck.using(client).test(eventJson, patternJson);

    assertThat(server.requests()).hasSize(1);
    ReplayServer.Request request = server.requests().get(0);
    assertThat(request.method()).isEqualTo("POST");
    assertThat(request.path()).isEqualTo("/");
    assertThat(request.header("X-Amz-Target")).isEqualTo("AWSEvents.TestEventPattern");
    assertThat(request.header("Content-Type")).isEqualTo("application/x-amz-json-1.1");
    assertThat(request.header("Authorization"))
        .startsWith("AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/")
        .contains("/us-east-1/events/aws4_request");
    JsonNode body = new ObjectMapper().readTree(request.body());
    assertThat(body.properties())
        .extracting(Map.Entry::getKey)
        .containsExactlyInAnyOrder("Event", "EventPattern");
    assertThat(body.get("Event").textValue()).isEqualTo(eventJson);
    assertThat(body.get("EventPattern").textValue()).isEqualTo(patternJson);
  }

  @Test
  void mapsResultTrueToMatch() {
    nextReply.set(ReplayServer.Reply.ok(true));

    Verdict verdict =
        LiveCheck.using(client).test(event("delete-user-pool-client.json"), SEED_RULE);

    assertThat(verdict).isEqualTo(Verdict.match());
  }

  @Test
  void mapsResultFalseToNoMatch() {
    nextReply.set(ReplayServer.Reply.ok(false));

    Verdict verdict = LiveCheck.using(client).test(event("admin-create-user.json"), SEED_RULE);

    assertThat(verdict).isEqualTo(Verdict.noMatch());
  }

  @Test
  void mapsInvalidEventPatternExceptionToInvalidWithTheFirstLineOfAwsMessage() {
    nextReply.set(
        ReplayServer.Reply.error(
            400,
            "InvalidEventPatternException",
            "Event pattern is not valid. Reason: Empty arrays are not allowed\n"
                + " at [Source: (String)\"{\"resources\": []}\"; line: 1, column: 17]"));

    Verdict verdict =
        LiveCheck.using(client).test(event("delete-user-pool-client.json"), "{\"resources\": []}");

    assertThat(verdict)
        .isEqualTo(
            Verdict.invalid(
                "InvalidEventPatternException",
                "Event pattern is not valid. Reason: Empty arrays are not allowed"));
  }

  @Test
  void mapsValidationExceptionToInvalidEvent() {
    nextReply.set(
        ReplayServer.Reply.error(400, "ValidationException", "Parameter Event is not valid."));

    Verdict verdict = LiveCheck.using(client).test("plain string", SEED_RULE);

    assertThat(verdict)
        .isEqualTo(Verdict.invalid("ValidationException", "Parameter Event is not valid."));
  }

  @Test
  void throwsLiveCheckExceptionOnInternalExceptionNamingCodeStatusAndRequestIdOnly() {
    nextReply.set(
        ReplayServer.Reply.error(500, "InternalException", "An internal error occurred."));
    String eventJson = event("admin-create-user.json");

    LiveCheckException e =
        catchThrowableOfType(
            LiveCheckException.class, () -> LiveCheck.using(client).test(eventJson, SEED_RULE));

    assertThat(e)
        .hasMessage(
            "TestEventPattern gave no verdict: InternalException (HTTP 500, request id "
                + ReplayServer.REQUEST_ID
                + ")");
    assertThat(e.errorCode()).isEqualTo("InternalException");
    assertThat(e.statusCode()).isEqualTo(500);
    assertThat(e.getMessage()).doesNotContain("jane.doe");
  }

  @Test
  void throwsLiveCheckExceptionWhenTheResponseHasNoResult() {
    nextReply.set(new ReplayServer.Reply(200, "{}"));

    LiveCheckException e =
        catchThrowableOfType(
            LiveCheckException.class,
            () -> LiveCheck.using(client).test(event("delete-user-pool-client.json"), SEED_RULE));

    assertThat(e)
        .hasMessage(
            "TestEventPattern gave no verdict: the response has no Result (request id "
                + ReplayServer.REQUEST_ID
                + ")");
    assertThat(e.statusCode()).isEqualTo(200);
  }

  @Test
  void throwsLiveCheckExceptionWhenTheServiceCannotBeReached() {
    ReplayServer stopped = new ReplayServer(request -> ReplayServer.Reply.ok(true));
    stopped.close();
    try (EventBridgeClient unreachable = ReplayClient.of(stopped)) {
      LiveCheckException e =
          catchThrowableOfType(
              LiveCheckException.class,
              () ->
                  LiveCheck.using(unreachable)
                      .test(event("delete-user-pool-client.json"), SEED_RULE));

      assertThat(e)
          .hasMessageStartingWith(
              "TestEventPattern gave no verdict: SdkClientException: Unable to execute HTTP"
                  + " request: ")
          .hasMessageContaining("127.0.0.1")
          .hasMessageNotContaining("\n");
      assertThat(e.errorCode()).isNull();
      assertThat(e.statusCode()).isZero();
    }
  }

  @Test
  void comparesTheLocalVerdictWithTheLiveOne() {
    LiveCheck check = LiveCheck.using(client);
    String deletion = event("delete-user-pool-client.json");

    nextReply.set(ReplayServer.Reply.ok(true));
    LiveComparison agreeing = check.compare(deletion, SEED_RULE);
    nextReply.set(ReplayServer.Reply.ok(false));
    LiveComparison disagreeing = check.compare(deletion, SEED_RULE);

    assertThat(agreeing.agrees()).isTrue();
    assertThat(agreeing).hasToString("event/pattern: local MATCH, live MATCH: agree");
    assertThat(disagreeing.agrees()).isFalse();
    assertThat(disagreeing).hasToString("event/pattern: local MATCH, live NO_MATCH: DISAGREE");
  }

  @Test
  void comparesUserCasesWithTheirExpectedVerdicts() {
    LiveCheck check = LiveCheck.using(client);
    nextReply.set(
        ReplayServer.Reply.error(
            400,
            "InvalidEventPatternException",
            "Event pattern is not valid. Reason: Empty arrays are not allowed"));
    LiveCase emptyArray =
        LiveCase.of("empty array", event("delete-user-pool-client.json"), "{\"resources\": []}")
            .expecting(Verdict.noMatch());

    List<LiveComparison> results = check.compareAll(List.of(emptyArray));

    assertThat(results).hasSize(1);
    assertThat(results.get(0).agrees()).isTrue();
    assertThat(results.get(0).liveAsExpected()).isFalse();
    assertThat(results.get(0))
        .hasToString(
            "empty array: expected NO_MATCH, local INVALID InvalidEventPatternException"
                + " \"Event pattern is not valid. Reason: Empty arrays are not allowed\","
                + " live INVALID InvalidEventPatternException"
                + " \"Event pattern is not valid. Reason: Empty arrays are not allowed\": agree,"
                + " live NOT AS EXPECTED");
  }

  @Test
  void leavesTheCallersClientOpenOnClose() {
    nextReply.set(ReplayServer.Reply.ok(true));
    try (LiveCheck check = LiveCheck.using(client)) {
      check.test(event("delete-user-pool-client.json"), SEED_RULE);
    }

    Verdict after = LiveCheck.using(client).test(event("delete-user-pool-client.json"), SEED_RULE);

    assertThat(after).isEqualTo(Verdict.match());
    assertThat(server.requests()).hasSize(2);
  }

  @Test
  void sameVerdictComparesKindCodeAndFirstMessageLine() {
    Verdict invalid = Verdict.invalid("InvalidEventPatternException", "Reason: x\n at y");

    assertThat(LiveComparison.same(Verdict.match(), Verdict.match())).isTrue();
    assertThat(LiveComparison.same(Verdict.match(), Verdict.noMatch())).isFalse();
    assertThat(
            LiveComparison.same(
                invalid, Verdict.invalid("InvalidEventPatternException", "Reason: x")))
        .isTrue();
    assertThat(LiveComparison.same(invalid, Verdict.invalid("ValidationException", "Reason: x")))
        .isFalse();
    assertThat(
            LiveComparison.same(
                invalid, Verdict.invalid("InvalidEventPatternException", "Reason: z")))
        .isFalse();
  }
}
