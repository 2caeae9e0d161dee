package io.github.cognitoevents.patterntest.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.cognitoevents.patterntest.Verdict;
import io.github.cognitoevents.testsupport.ReplayServer;
import io.github.cognitoevents.testsupport.ReplayServer.Reply;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.eventbridge.endpoints.EventBridgeEndpointProvider;

/**
 * {@link LiveVerifier} end to end against the local replay server: the requests AWS expects, the
 * pace, the retries and their pauses (on a fake clock, never really sleeping), every kind of answer
 * recorded as a corpus line, and the report.
 */
class LiveVerifierTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  static final String EVENT =
      "{\"id\": \"1\", \"source\": \"test-source\", \"detail-type\": \"t\", \"account\":"
          + " \"123456789012\", \"region\": \"us-east-1\", \"time\": \"2026-11-20T00:00:00Z\","
          + " \"detail\": {\"n\": 300.0}}";

  static final LiveCase MATCHING =
      LiveCase.of("matching", EVENT, "{\"source\": [\"test-source\"]}");
  static final LiveCase OTHER = LiveCase.of("other", EVENT, "{\"source\": [\"other\"]}");
  static final LiveCase EMPTY = LiveCase.of("empty array", EVENT, "{\"source\": []}");
  static final LiveCase BAD_EVENT = LiveCase.of("bad event", "{\"a\": 1}", "{\"a\": [1]}");

  @TempDir Path dir;

  /** A fake monotonic clock that only moves when the verifier sleeps. */
  static final class FakeTime implements LiveVerifier.Sleeper {
    final AtomicLong nanos = new AtomicLong(1_000_000_000L);
    final List<Duration> sleeps = new ArrayList<>();

    @Override
    public void sleep(Duration duration) {
      assertThat(duration).isPositive();
      sleeps.add(duration);
      nanos.addAndGet(duration.toNanos());
    }
  }

  private final FakeTime time = new FakeTime();

  private LiveVerifier.Builder verifier() {
    return LiveVerifier.builder().sleeper(time).clock(time.nanos::get).jitter(() -> 0.5);
  }

  /** Runs the cases against a server answering with {@code responder}; returns the result. */
  private LiveVerification run(
      LiveVerifier verifier,
      List<LiveCase> cases,
      Function<ReplayServer.Request, Reply> responder,
      List<ReplayServer.Request> requests) {
    try (ReplayServer server = new ReplayServer(responder);
        EventBridgeClient client = ReplayClient.of(server)) {
      LiveVerification result = verifier.verify(LiveCheck.using(client), cases);
      requests.addAll(server.requests());
      return result;
    }
  }

  private static String pattern(ReplayServer.Request request) {
    try {
      return JSON.readTree(request.body()).get("EventPattern").textValue();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  /** Answers as AWS does for the four test cases. */
  private static Reply aws(ReplayServer.Request request) {
    String pattern = pattern(request);
    return switch (pattern) {
      case "{\"source\": [\"test-source\"]}" -> Reply.ok(true);
      case "{\"source\": [\"other\"]}" -> Reply.ok(false);
      case "{\"source\": []}" ->
          Reply.error(
              400,
              "InvalidEventPatternException",
              "Event pattern is not valid. Reason: Empty arrays are not allowed\n at [Source:"
                  + " (String)\"{\"source\": []}\"; line: 1, column: 13]");
      default -> Reply.error(400, "ValidationException", "Parameter Event is not valid.");
    };
  }

  @Test
  void sendsEachCaseAsAwsExpectsItFieldByField() throws IOException {
    List<ReplayServer.Request> requests = new ArrayList<>();

    run(verifier().build(), List.of(MATCHING, BAD_EVENT), LiveVerifierTest::aws, requests);

    assertThat(requests).hasSize(2);
    for (int i = 0; i < 2; i++) {
      ReplayServer.Request request = requests.get(i);
      LiveCase sent = i == 0 ? MATCHING : BAD_EVENT;
      assertThat(request.method()).isEqualTo("POST");
      assertThat(request.path()).isEqualTo("/");
      assertThat(request.header("X-Amz-Target")).isEqualTo("AWSEvents.TestEventPattern");
      assertThat(request.header("Content-Type")).isEqualTo("application/x-amz-json-1.1");
      assertThat(request.header("X-Amz-Date")).matches("\\d{8}T\\d{6}Z");
      assertThat(request.header("Authorization"))
          .matches(
              "AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/\\d{8}/us-east-1/events/aws4_request,"
                  + " SignedHeaders=[a-z0-9;-]*x-amz-date[a-z0-9;-]*, Signature=[0-9a-f]{64}");
      JsonNode body = JSON.readTree(request.body());
      assertThat(body.properties())
          .extracting(Map.Entry::getKey)
          .containsExactlyInAnyOrder("Event", "EventPattern");
      assertThat(body.get("Event").textValue()).isEqualTo(sent.event());
      assertThat(body.get("EventPattern").textValue()).isEqualTo(sent.pattern());
    }
  }

  @Test
  void aRegionsClientCallsThatRegionsEndpoint() throws Exception {
    for (Region region : List.of(Region.EU_WEST_1, Region.US_EAST_1, Region.AP_SOUTHEAST_2)) {
      var endpoint =
          EventBridgeEndpointProvider.defaultProvider()
              .resolveEndpoint(p -> p.region(region))
              .get();
      assertThat(endpoint.url()).hasToString("https://events." + region.id() + ".amazonaws.com");
    }
    try (EventBridgeClient client = EventBridgeClient.builder().region(Region.EU_WEST_1).build()) {
      assertThat(LiveCheck.using(client).region()).isEqualTo("eu-west-1");
    }
  }

  @Test
  void recordsEveryKindOfAnswerAsACorpusLine() {
    List<ReplayServer.Request> requests = new ArrayList<>();
    List<LiveCase> cases = List.of(MATCHING, OTHER, EMPTY, BAD_EVENT);

    LiveVerification result = run(verifier().build(), cases, LiveVerifierTest::aws, requests);
    List<CorpusCase> lines = result.recorded("live-verify, test, us-east-1, 2026-12-05T10:11:12Z");
    Path file = dir.resolve("recorded.jsonl");
    ConformanceCorpus.write(file, lines);

    assertThat(result.complete()).isTrue();
    assertThat(result.answered())
        .extracting(LiveComparison::live)
        .containsExactly(
            Verdict.match(),
            Verdict.noMatch(),
            Verdict.invalid(
                "InvalidEventPatternException",
                "Event pattern is not valid. Reason: Empty arrays are not allowed"),
            Verdict.invalid("ValidationException", "Parameter Event is not valid."));
    assertThat(ConformanceCorpus.read(file)).isEqualTo(lines);
    assertThat(lines)
        .extracting(ConformanceCorpus::toLine)
        .containsExactly(
            "{\"name\": \"matching\", \"event\": "
                + quoted(EVENT)
                + ", \"pattern\":"
                + " \"{\\\"source\\\": [\\\"test-source\\\"]}\", \"expected\": \"match\","
                + " \"origin\": \"live-verify, test, us-east-1, 2026-12-05T10:11:12Z\"}",
            "{\"name\": \"other\", \"event\": "
                + quoted(EVENT)
                + ", \"pattern\":"
                + " \"{\\\"source\\\": [\\\"other\\\"]}\", \"expected\": \"no-match\","
                + " \"origin\": \"live-verify, test, us-east-1, 2026-12-05T10:11:12Z\"}",
            "{\"name\": \"empty array\", \"event\": "
                + quoted(EVENT)
                + ", \"pattern\":"
                + " \"{\\\"source\\\": []}\", \"expected\": \"invalid\", \"message\": \"Event"
                + " pattern is not valid. Reason: Empty arrays are not allowed\", \"code\":"
                + " \"InvalidEventPatternException\", \"origin\": \"live-verify, test, us-east-1,"
                + " 2026-12-05T10:11:12Z\"}",
            "{\"name\": \"bad event\", \"event\": \"{\\\"a\\\": 1}\", \"pattern\":"
                + " \"{\\\"a\\\": [1]}\", \"expected\": \"invalid\", \"message\": \"Parameter"
                + " Event is not valid.\", \"code\": \"ValidationException\", \"origin\":"
                + " \"live-verify, test, us-east-1, 2026-12-05T10:11:12Z\"}");
    assertThat(result.disagreements()).isEmpty();
  }

  private static String quoted(String text) {
    return JSON.getNodeFactory().textNode(text).toString();
  }

  @Test
  void pacesRequestsAtTheConfiguredRate() {
    List<ReplayServer.Request> requests = new ArrayList<>();

    run(
        verifier().requestsPerSecond(4).build(),
        List.of(MATCHING, OTHER, MATCHING),
        LiveVerifierTest::aws,
        requests);

    assertThat(requests).hasSize(3);
    assertThat(time.sleeps).containsExactly(Duration.ofMillis(250), Duration.ofMillis(250));
  }

  @Test
  void backsOffWithJitterWhenThrottledThenRecordsTheAnswer() {
    AtomicInteger throttles = new AtomicInteger(3);
    List<ReplayServer.Request> requests = new ArrayList<>();
    List<String> heard = new ArrayList<>();
    LiveVerifier verifier =
        verifier()
            .listener(
                new LiveVerifier.Listener() {
                  @Override
                  public void retrying(
                      LiveCase c, int attempt, LiveCheckException failure, Duration pause) {
                    heard.add(c.name() + " #" + attempt + " " + failure.errorCode() + " " + pause);
                  }

                  @Override
                  public void answered(int index, int total, LiveComparison comparison) {
                    heard.add(index + "/" + total + " " + comparison);
                  }
                })
            .build();

    LiveVerification result =
        run(
            verifier,
            List.of(MATCHING, OTHER),
            request ->
                throttles.getAndDecrement() > 0
                    ? Reply.error(400, "ThrottlingException", "Rate exceeded")
                    : aws(request),
            requests);

    assertThat(requests).hasSize(5);
    assertThat(result.complete()).isTrue();
    assertThat(result.retries()).isEqualTo(3);
    // ceilings 500 ms, 1 s, 2 s; equal jitter at 0.5: three quarters of each; then the pace
    assertThat(time.sleeps)
        .containsExactly(
            Duration.ofMillis(375),
            Duration.ofMillis(750),
            Duration.ofMillis(1500),
            Duration.ofMillis(200));
    assertThat(heard)
        .containsExactly(
            "matching #1 ThrottlingException PT0.375S",
            "matching #2 ThrottlingException PT0.75S",
            "matching #3 ThrottlingException PT1.5S",
            "1/2 matching: local MATCH, live MATCH: agree",
            "2/2 other: local NO_MATCH, live NO_MATCH: agree");
  }

  @Test
  void retriesServiceFailuresAndTheTooManyRequestsStatus() {
    AtomicInteger calls = new AtomicInteger();
    List<ReplayServer.Request> requests = new ArrayList<>();

    LiveVerification result =
        run(
            verifier().build(),
            List.of(MATCHING),
            request ->
                switch (calls.incrementAndGet()) {
                  case 1 -> Reply.error(500, "InternalException", "An internal error occurred.");
                  case 2 -> Reply.error(429, "SomethingNew", "Slow down");
                  case 3 -> Reply.error(503, "ServiceUnavailableException", "Try later");
                  default -> aws(request);
                },
            requests);

    assertThat(requests).hasSize(4);
    assertThat(result.complete()).isTrue();
    assertThat(result.retries()).isEqualTo(3);
  }

  @Test
  void stopsWhenRetriesAreExhaustedKeepingWhatWasAnswered() {
    AtomicInteger calls = new AtomicInteger();
    List<ReplayServer.Request> requests = new ArrayList<>();

    LiveVerification result =
        run(
            verifier().maxAttempts(3).backoff(Duration.ofSeconds(1), Duration.ofSeconds(2)).build(),
            List.of(MATCHING, OTHER, EMPTY),
            request ->
                calls.incrementAndGet() == 1
                    ? aws(request)
                    : Reply.error(400, "ThrottlingException", "Rate exceeded"),
            requests);

    assertThat(requests).hasSize(4); // one answer, then three throttled attempts
    assertThat(result.complete()).isFalse();
    assertThat(result.answered()).extracting(LiveComparison::name).containsExactly("matching");
    assertThat(result.unanswered()).containsExactly(OTHER, EMPTY);
    assertThat(result.stopReason())
        .isEqualTo(
            "stopped at case other: no verdict after 3 attempts: TestEventPattern gave no verdict:"
                + " ThrottlingException (HTTP 400, request id "
                + ReplayServer.REQUEST_ID
                + ")");
    assertThat(result.stoppedBy().errorCode()).isEqualTo("ThrottlingException");
    // the pace, then ceilings 1 s and 2 s (the cap) at three quarters
    assertThat(time.sleeps)
        .containsExactly(Duration.ofMillis(200), Duration.ofMillis(750), Duration.ofMillis(1500));
    assertThat(result.recorded("o")).extracting(CorpusCase::name).containsExactly("matching");
  }

  @Test
  void stopsAtOnceOnAFailureThatRetryingCannotHelp() {
    List<ReplayServer.Request> requests = new ArrayList<>();

    LiveVerification result =
        run(
            verifier().build(),
            List.of(MATCHING, OTHER),
            request ->
                Reply.error(
                    400,
                    "AccessDeniedException",
                    "User: arn:aws:iam::111122223333:user/x is not authorized"),
            requests);

    assertThat(requests).hasSize(1);
    assertThat(time.sleeps).isEmpty();
    assertThat(result.stopReason())
        .isEqualTo(
            "stopped at case matching: TestEventPattern gave no verdict: AccessDeniedException (HTTP"
                + " 400, request id "
                + ReplayServer.REQUEST_ID
                + ")");
    assertThat(result.unanswered()).containsExactly(MATCHING, OTHER);
  }

  @Test
  void retriesANetworkFailure() {
    ReplayServer stopped = new ReplayServer(request -> Reply.ok(true));
    stopped.close();
    LiveVerification result;
    try (EventBridgeClient client = ReplayClient.of(stopped)) {
      result = verifier().maxAttempts(2).build().verify(LiveCheck.using(client), List.of(MATCHING));
    }

    assertThat(result.retries()).isEqualTo(1);
    assertThat(result.stopReason())
        .startsWith(
            "stopped at case matching: no verdict after 2 attempts: TestEventPattern gave no"
                + " verdict: SdkClientException: Unable to execute HTTP request");
    assertThat(time.sleeps).containsExactly(Duration.ofMillis(375));
  }

  @Test
  void stopsWhenInterruptedAndKeepsTheInterrupt() {
    LiveVerifier verifier =
        LiveVerifier.builder()
            .clock(() -> 0L)
            .sleeper(
                d -> {
                  throw new InterruptedException();
                })
            .build();
    LiveVerification result;
    try {
      result = run(verifier, List.of(MATCHING, OTHER), LiveVerifierTest::aws, new ArrayList<>());
      assertThat(Thread.currentThread().isInterrupted()).isTrue();
    } finally {
      Thread.interrupted();
    }

    assertThat(result.answered()).hasSize(1);
    assertThat(result.stopReason()).isEqualTo("stopped at case other: interrupted");
    assertThat(result.stoppedBy()).isNull();
  }

  @Test
  void capsTheBackoffAndChecksItsSettings() {
    LiveVerifier verifier =
        LiveVerifier.builder()
            .jitter(() -> 0.999)
            .backoff(Duration.ofMillis(100), Duration.ofSeconds(1))
            .build();

    assertThat(verifier.backoff(1)).isBetween(Duration.ofMillis(50), Duration.ofMillis(100));
    assertThat(verifier.backoff(4)).isBetween(Duration.ofMillis(400), Duration.ofMillis(800));
    assertThat(verifier.backoff(30)).isBetween(Duration.ofMillis(500), Duration.ofSeconds(1));
    assertThat(LiveVerifier.standard())
        .hasToString(
            "at most 5 requests/s; up to 6 attempts per case, pauses 500 ms .. 20 s with equal"
                + " jitter");
    assertThatThrownBy(() -> LiveVerifier.builder().requestsPerSecond(0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> LiveVerifier.builder().maxAttempts(0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> LiveVerifier.builder().backoff(Duration.ofSeconds(2), Duration.ofSeconds(1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> LiveVerifier.builder().jitter(() -> 1.0).build().backoff(1))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void reportsDifferencesOpenQuestionsAndWhatWasNotAnswered() {
    OpenQuestion cidr = OpenQuestions.named("cidr-ipv4-32").orElseThrow();
    OpenQuestion exact = OpenQuestions.named("exact-ipv6-compressed-vs-full").orElseThrow();
    LiveCase expectingNoMatch = MATCHING.expecting(Verdict.noMatch());
    AtomicInteger calls = new AtomicInteger();
    List<ReplayServer.Request> requests = new ArrayList<>();

    LiveVerification result =
        run(
            verifier().maxAttempts(1).build(),
            List.of(cidr.toLiveCase(), exact.toLiveCase(), expectingNoMatch, OTHER),
            request ->
                switch (calls.incrementAndGet()) {
                  case 1, 2, 3 -> Reply.ok(true);
                  default -> Reply.error(500, "InternalException", "boom");
                },
            requests);
    String report =
        result.report(
            new Provenance(
                "live-verify",
                "cognito-events-cli 9.9.9",
                "eu-west-1",
                Instant.parse("2026-12-05T10:11:12.345Z"),
                "octocat",
                "test cases (4)"));

    assertThat(report)
        .startsWith(
            "# TestEventPattern answers recorded live\n\n"
                + "- Recorded by: octocat\n"
                + "- Date: 2026-12-05T10:11:12Z\n"
                + "- Region: eu-west-1\n"
                + "- Tool: cognito-events-cli 9.9.9 (live-verify), Java ")
        .contains(
            "- Cases: test cases (4)\n"
                + "- Answered: 3 of 4; calls retried: 0 (at most 5 requests/s; up to 1 attempt per"
                + " case, pauses 500 ms .. 20 s with equal jitter)\n",
            "## Where AWS and the local matcher differ (1)\n\n"
                + "| case | local matcher | AWS |\n| --- | --- | --- |\n"
                + "| cidr-ipv4-32 | invalid: InvalidEventPatternException: Event pattern is not"
                + " valid. Reason: IPv4 mask bits must be < 32 | match |\n",
            "## Where AWS did not answer as the case expected (1)\n\n"
                + "| case | expected | AWS |\n| --- | --- | --- |\n"
                + "| matching | no-match | match |\n",
            "### cidr-full-mask\n\nSee the semantics notes 1.4.8; open point 2.\n\n"
                + "| case | today | event-ruler 2.1.0 | AWS |\n"
                + "| --- | --- | --- | --- |\n"
                + "| cidr-ipv4-32 | invalid: InvalidEventPatternException: Event pattern is not"
                + " valid. Reason: IPv4 mask bits must be < 32 | invalid: IPv4 mask bits must be <"
                + " 32 | match |\n",
            "### ip-looking-exact-values\n",
            "## Not answered (1)\n\nThe run stopped at case other: no verdict after 1 attempt:"
                + " TestEventPattern gave no verdict: InternalException (HTTP 500, request id "
                + ReplayServer.REQUEST_ID
                + ").\nNot answered: other.\n")
        .doesNotContain(EVENT, "test-source");
    assertThat(new Provenance("c", "t", "r", Instant.EPOCH, null, "x").origin())
        .isEqualTo("c, t, r, 1970-01-01T00:00:00Z");
  }
}
