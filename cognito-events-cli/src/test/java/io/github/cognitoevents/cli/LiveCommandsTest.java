package io.github.cognitoevents.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.cognitoevents.cli.CognitoEventsCliTest.Run;
import io.github.cognitoevents.patterntest.TestEventPattern;
import io.github.cognitoevents.patterntest.Verdict;
import io.github.cognitoevents.patterntest.live.ConformanceCorpus;
import io.github.cognitoevents.patterntest.live.CorpusCase;
import io.github.cognitoevents.patterntest.live.OpenQuestion;
import io.github.cognitoevents.patterntest.live.OpenQuestions;
import io.github.cognitoevents.testsupport.ReplayServer;
import io.github.cognitoevents.testsupport.ReplayServer.Reply;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.util.VersionInfo;
import software.amazon.awssdk.regions.Region;

/**
 * {@code live-verify} and {@code conformance --live --record} end to end, against the local replay
 * server standing in for EventBridge: the real SDK client the commands build (credentials from Java
 * system properties, as the AWS CLI's chain reads them), every request checked, the pace and the
 * retries on a fake clock, the files written, and every exit code.
 */
class LiveCommandsTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Instant NOW = Instant.parse("2026-12-05T10:11:12.345Z");
  private static final String ORIGIN_TAIL = ", eu-west-1, 2026-12-05T10:11:12Z";
  private static final List<String> AWS_PROPERTIES =
      List.of(
          "aws.accessKeyId",
          "aws.secretAccessKey",
          "aws.sessionToken",
          "aws.region",
          "aws.profile",
          "aws.configFile",
          "aws.sharedCredentialsFile",
          "aws.disableEc2Metadata");

  @TempDir Path dir;

  private final List<Duration> sleeps = new ArrayList<>();
  private final AtomicLong nanos = new AtomicLong();
  private final LiveRuntime runtime =
      new LiveRuntime(
          d -> {
            sleeps.add(d);
            nanos.addAndGet(d.toNanos());
          },
          nanos::get,
          () -> NOW,
          () -> 0.5);
  private ReplayServer server;

  @BeforeEach
  void isolateFromTheMachinesAwsSetUp() throws IOException {
    assumeTrue(
        System.getenv("AWS_ACCESS_KEY_ID") == null
            && System.getenv("AWS_WEB_IDENTITY_TOKEN_FILE") == null
            && System.getenv("AWS_CONTAINER_CREDENTIALS_RELATIVE_URI") == null
            && System.getenv("AWS_CONTAINER_CREDENTIALS_FULL_URI") == null,
        "AWS credentials in the environment: these tests need to control them");
    Path empty = Files.writeString(dir.resolve("empty-aws-config"), "");
    System.setProperty("aws.configFile", empty.toString());
    System.setProperty("aws.sharedCredentialsFile", empty.toString());
    System.setProperty("aws.disableEc2Metadata", "true");
    System.setProperty("aws.accessKeyId", "AKIAIOSFODNN7EXAMPLE");
    System.setProperty("aws.secretAccessKey", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY");
  }

  @AfterEach
  void restore() {
    AWS_PROPERTIES.forEach(System::clearProperty);
    if (server != null) {
      server.close();
    }
  }

  private String endpoint(Function<ReplayServer.Request, Reply> responder) {
    server = new ReplayServer(responder);
    return server.endpoint().toString();
  }

  private Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        CognitoEventsCli.run(
            args,
            new ByteArrayInputStream(new byte[0]),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            runtime);
    return new Run(
        code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private static JsonNode body(ReplayServer.Request request) {
    try {
      return JSON.readTree(request.body());
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  /** Answers what the local matcher answers, as AWS would spell it. */
  static Reply likeTheMatcher(ReplayServer.Request request) {
    JsonNode body = body(request);
    Verdict v =
        TestEventPattern.test(body.get("Event").textValue(), body.get("EventPattern").textValue());
    return switch (v.kind()) {
      case MATCH -> Reply.ok(true);
      case NO_MATCH -> Reply.ok(false);
      case INVALID ->
          Reply.error(
              400,
              v.errorCode(),
              v.firstMessageLine() + "\n at [Source: (String)\"...\"; line: 1, column: 2]");
    };
  }

  private static String tool() {
    return "cognito-events-cli "
        + CognitoEventsCli.toolVersion().substring("cognito-events-cli ".length())
        + " with AWS SDK for Java "
        + VersionInfo.SDK_VERSION;
  }

  @Test
  void liveVerifySendsTheWholeCatalogueAndWritesACorpusThatConformanceAccepts() throws IOException {
    String url = endpoint(LiveCommandsTest::likeTheMatcher);
    Path out = dir.resolve("recorded.jsonl");
    List<OpenQuestion> catalogue = OpenQuestions.all();

    Run run =
        run(
            "live-verify",
            "--region",
            "eu-west-1",
            "--endpoint-url",
            url,
            "-o",
            out.toString(),
            "--recorded-by",
            "octocat");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.err())
        .startsWith(
            "asking TestEventPattern in eu-west-1 ("
                + url
                + ") for "
                + catalogue.size()
                + " cases; at most 5 requests/s; up to 6 attempts per case, pauses 500 ms .. 20 s"
                + " with equal jitter");
    assertThat(run.outLines())
        .contains(
            "[1/" + catalogue.size() + "] numeric-lower-bound-5e9: local MATCH, live MATCH: agree",
            catalogue.size() + " answered, 0 differ from the local matcher, 0 not as expected",
            "wrote " + out + " (" + catalogue.size() + " cases) and " + dir.resolve("recorded.md"));
    // every request as AWS expects it
    List<ReplayServer.Request> requests = server.requests();
    assertThat(requests).hasSize(catalogue.size());
    for (int i = 0; i < requests.size(); i++) {
      ReplayServer.Request request = requests.get(i);
      assertThat(request.method()).isEqualTo("POST");
      assertThat(request.path()).isEqualTo("/");
      assertThat(request.header("X-Amz-Target")).isEqualTo("AWSEvents.TestEventPattern");
      assertThat(request.header("Content-Type")).isEqualTo("application/x-amz-json-1.1");
      assertThat(request.header("Authorization"))
          .startsWith("AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/")
          .contains("/eu-west-1/events/aws4_request, SignedHeaders=", ", Signature=");
      JsonNode body = body(request);
      assertThat(body.properties())
          .extracting(Map.Entry::getKey)
          .containsExactlyInAnyOrder("Event", "EventPattern");
      assertThat(body.get("Event").textValue()).isEqualTo(catalogue.get(i).event());
      assertThat(body.get("EventPattern").textValue()).isEqualTo(catalogue.get(i).pattern());
    }
    // paced at 5 a second, on the fake clock
    assertThat(sleeps).hasSize(catalogue.size() - 1).containsOnly(Duration.ofMillis(200));
    // the corpus: one line per case, AWS's answer, origin and note
    List<CorpusCase> lines = ConformanceCorpus.read(out);
    assertThat(lines).hasSize(catalogue.size());
    for (int i = 0; i < lines.size(); i++) {
      OpenQuestion q = catalogue.get(i);
      CorpusCase line = lines.get(i);
      assertThat(line.name()).isEqualTo(q.name());
      assertThat(line.expected()).isEqualTo(q.today());
      assertThat(line.origin()).isEqualTo("live-verify, " + tool() + ORIGIN_TAIL);
      assertThat(line.note()).isEqualTo("open question " + q.topic() + " (" + q.reference() + ")");
    }
    assertThat(Files.readString(dir.resolve("recorded.md")))
        .contains(
            "- Recorded by: octocat\n",
            "- Date: 2026-12-05T10:11:12Z\n",
            "- Region: eu-west-1\n",
            "- Tool: " + tool() + " (live-verify), Java ",
            "## Where AWS and the local matcher differ (0)",
            "### cidr-full-mask");
    // and conformance accepts the file
    Run conformance = CognitoEventsCliTest.run("conformance", out.toString());
    assertThat(conformance.exitCode()).isZero();
    assertThat(conformance.outLines()).containsExactly(catalogue.size() + " passed, 0 failed");
  }

  @Test
  void liveVerifyExitsOneAndReportsWhereAwsDiffers() throws IOException {
    String url = endpoint(request -> Reply.ok(true));
    Path out = dir.resolve("cidr.jsonl");

    Run run =
        run(
            "live-verify",
            "--topic",
            "cidr-full-mask",
            "--region",
            "eu-west-1",
            "--endpoint-url",
            url,
            "-o",
            out.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.outLines())
        .contains(
            "[1/4] cidr-ipv4-32: local INVALID InvalidEventPatternException \"Event pattern is not"
                + " valid. Reason: IPv4 mask bits must be < 32\", live MATCH: DISAGREE",
            "4 answered, 2 differ from the local matcher, 0 not as expected");
    assertThat(ConformanceCorpus.read(out))
        .extracting(CorpusCase::expected)
        .containsOnly(Verdict.match());
    String report = Files.readString(dir.resolve("cidr.md"));
    assertThat(report)
        .contains(
            "- Recorded by: (fill in: your name or GitHub handle)\n",
            "## Where AWS and the local matcher differ (2)",
            "| cidr-ipv6-128 | invalid: InvalidEventPatternException: Event pattern is not valid."
                + " Reason: IPv6 mask bits must be < 128 | match |");
    Run conformance = CognitoEventsCliTest.run("conformance", out.toString());
    assertThat(conformance.exitCode()).isEqualTo(1);
    assertThat(conformance.lastOutLine()).isEqualTo("2 passed, 2 failed");
  }

  @Test
  void liveVerifyBacksOffWhenThrottledAndSaysSoOnStandardError() {
    AtomicInteger throttles = new AtomicInteger(2);
    String url =
        endpoint(
            request ->
                throttles.getAndDecrement() > 0
                    ? Reply.error(400, "ThrottlingException", "Rate exceeded")
                    : likeTheMatcher(request));

    Run run =
        run(
            "live-verify",
            "--topic",
            "exactly-operator",
            "or-with-an-object",
            "--region",
            "eu-west-1",
            "--endpoint-url",
            url,
            "-o",
            dir.resolve("t.jsonl").toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(server.requests()).hasSize(4);
    assertThat(run.err())
        .contains(
            "retrying or-followed-by-an-object in 375 ms: attempt 1 gave no verdict"
                + " (ThrottlingException)",
            "retrying or-followed-by-an-object in 750 ms: attempt 2 gave no verdict"
                + " (ThrottlingException)");
    assertThat(sleeps)
        .containsExactly(Duration.ofMillis(375), Duration.ofMillis(750), Duration.ofMillis(200));
  }

  @Test
  void liveVerifyHonoursThePaceAndRetryOptions() {
    AtomicInteger throttles = new AtomicInteger(1);
    String url =
        endpoint(
            request ->
                throttles.getAndDecrement() > 0
                    ? Reply.error(503, "ServiceUnavailableException", "busy")
                    : likeTheMatcher(request));

    Run run =
        run(
            "live-verify",
            "--topic",
            "pattern-trailing-content",
            "--region",
            "eu-west-1",
            "--endpoint-url",
            url,
            "-o",
            dir.resolve("t.jsonl").toString(),
            "--rate",
            "2",
            "--backoff-base",
            "1000",
            "--backoff-max",
            "1000");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.err())
        .contains("at most 2 requests/s; up to 6 attempts per case, pauses 1 s .. 1 s");
    assertThat(sleeps).containsExactly(Duration.ofMillis(750), Duration.ofMillis(500));
  }

  @Test
  void liveVerifyExitsTwoWhenACaseStaysUnansweredAndKeepsWhatWasAnswered() throws IOException {
    AtomicInteger calls = new AtomicInteger();
    String url =
        endpoint(
            request ->
                calls.incrementAndGet() == 1
                    ? likeTheMatcher(request)
                    : Reply.error(400, "ThrottlingException", "Rate exceeded"));
    Path out = dir.resolve("partial.jsonl");

    Run run =
        run(
            "live-verify",
            "--topic",
            "cidr-full-mask",
            "--region",
            "eu-west-1",
            "--endpoint-url",
            url,
            "-o",
            out.toString(),
            "--max-attempts",
            "2");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(server.requests()).hasSize(3);
    assertThat(run.err())
        .contains(
            "error: the run stopped at case cidr-ipv6-128: no verdict after 2 attempts:"
                + " TestEventPattern gave no verdict: ThrottlingException (HTTP 400, request id "
                + ReplayServer.REQUEST_ID
                + ")");
    assertThat(run.outLines())
        .contains("1 answered, 0 differ from the local matcher, 0 not as expected, 3 not answered");
    assertThat(ConformanceCorpus.read(out))
        .extracting(CorpusCase::name)
        .containsExactly("cidr-ipv4-32");
    assertThat(Files.readString(dir.resolve("partial.md")))
        .contains(
            "## Not answered (3)", "Not answered: cidr-ipv6-128, cidr-ipv4-31, cidr-ipv6-127.");
  }

  @Test
  void liveVerifyWithoutCredentialsSaysExactlyThatAndSendsNothing() {
    System.clearProperty("aws.accessKeyId");
    System.clearProperty("aws.secretAccessKey");
    String url = endpoint(LiveCommandsTest::likeTheMatcher);
    Path out = dir.resolve("none.jsonl");

    Run run =
        run("live-verify", "--region", "eu-west-1", "--endpoint-url", url, "-o", out.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .isEqualTo(
            "error: cannot call AWS: no AWS credentials found (looked where the AWS CLI looks:"
                + " environment variables, Java system properties, web identity, the AWS profile"
                + " with SSO and assume-role, container and instance roles); set them up, e.g."
                + " with aws configure or aws sso login, or choose a profile with --profile\n");
    assertThat(run.out()).isEmpty();
    assertThat(server.requests()).isEmpty();
    assertThat(out).doesNotExist();
  }

  @Test
  void liveVerifyWithoutARegionSaysExactlyThat() {
    assumeTrue(
        System.getenv("AWS_REGION") == null && System.getenv("AWS_DEFAULT_REGION") == null,
        "a region in the environment");

    Run run = run("live-verify", "-o", dir.resolve("x.jsonl").toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .isEqualTo(
            "error: cannot call AWS: no AWS region found; pass --region (e.g. --region"
                + " eu-west-1), set AWS_REGION, or set a region in your AWS profile\n");
  }

  @Test
  void liveVerifyRefusesBadOptionsBeforeCallingAws() throws IOException {
    String url = endpoint(LiveCommandsTest::likeTheMatcher);
    Path existing = Files.writeString(dir.resolve("existing.jsonl"), "keep me\n");
    String[] base = {"live-verify", "--endpoint-url", url};

    Map<List<String>, String> cases =
        Map.of(
            List.of("--rate", "0"), "error: --rate must be more than 0 and at most 1000, was 0.0",
            List.of("--max-attempts", "0"), "error: --max-attempts must be from 1 to 20, was 0",
            List.of("--backoff-base", "5000", "--backoff-max", "10"),
                "error: --backoff-base and --backoff-max need 0 < base <= max <= 600000"
                    + " milliseconds, were 5000 and 10",
            List.of("--topic", "nope"), "error: unknown topic nope; the topics are: ",
            List.of("-o", existing.toString()),
                "error: " + existing + ": exists; pass --force to replace it",
            List.of("--region", "Europe"),
                "error: cannot call AWS: --region must be an AWS region name such as eu-west-1,"
                    + " was Europe",
            List.of("--cases", dir.resolve("missing.jsonl").toString()),
                dir.resolve("missing.jsonl") + ": no such file");
    for (Map.Entry<List<String>, String> c : cases.entrySet()) {
      List<String> args = new ArrayList<>(Arrays.asList(base));
      if (!c.getKey().contains("--region")) {
        args.addAll(List.of("--region", "eu-west-1"));
      }
      args.addAll(c.getKey());
      if (!c.getKey().contains("-o")) {
        args.addAll(List.of("-o", dir.resolve("out.jsonl").toString()));
      }

      Run run = run(args.toArray(String[]::new));

      assertThat(run.exitCode()).as(c.getKey().toString()).isEqualTo(2);
      assertThat(run.err()).as(c.getKey().toString()).startsWith(c.getValue());
    }
    assertThat(server.requests()).isEmpty();
    assertThat(Files.readString(existing)).isEqualTo("keep me\n");
    assertThat(dir.resolve("out.jsonl")).doesNotExist();
  }

  @Test
  void liveVerifyListsTheCatalogueWithoutCredentials() {
    System.clearProperty("aws.accessKeyId");
    System.clearProperty("aws.secretAccessKey");

    Run run = run("live-verify", "--list");

    assertThat(run.exitCode()).isZero();
    assertThat(run.outLines())
        .hasSize(OpenQuestions.all().size() + 1)
        .contains(
            "cidr-ipv4-32  [cidr-full-mask: today INVALID InvalidEventPatternException: Event"
                + " pattern is not valid. Reason: IPv4 mask bits must be < 32]");
    assertThat(run.lastOutLine())
        .startsWith(
            OpenQuestions.all().size()
                + " cases: the catalogue of open questions of cognito-events-cli ");
  }

  @Test
  void liveVerifySendsAUsersCorpusAndKeepsItsOrigins() throws IOException {
    String url = endpoint(LiveCommandsTest::likeTheMatcher);
    Path cases = dir.resolve("mine.jsonl");
    Files.writeString(
        cases,
        Files.readString(Path.of(CognitoEventsCliTest.fixture("passing-corpus.jsonl")))
            .replaceFirst(
                "\"expected\": \"match\"", "\"expected\": \"match\", \"origin\": \"team wiki\""));
    Path out = dir.resolve("out.jsonl");

    Run run =
        run(
            "live-verify",
            "--cases",
            cases.toString(),
            "--region",
            "eu-west-1",
            "--endpoint-url",
            url,
            "-o",
            out.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    List<CorpusCase> lines = ConformanceCorpus.read(out);
    assertThat(lines)
        .extracting(CorpusCase::name)
        .containsExactly(
            "source_match", "numeric_no_match", "empty_array_invalid", "event_invalid");
    assertThat(lines.get(0).note()).isEqualTo("case from: team wiki");
    assertThat(lines.get(1).note()).isNull();
    assertThat(Files.readString(dir.resolve("out.md")))
        .contains("- Cases: " + cases + " (4 cases)\n");
  }

  @Test
  void conformanceLiveRecordPinsAwsAnswersForAUsersOwnCases() throws IOException {
    String url = endpoint(LiveCommandsTest::likeTheMatcher);
    Path record = dir.resolve("pinned.jsonl");
    String corpus = CognitoEventsCliTest.fixture("passing-corpus.jsonl");

    Run run =
        run(
            "conformance",
            "--live",
            "--record",
            record.toString(),
            "--region",
            "eu-west-1",
            "--endpoint-url",
            url,
            corpus);

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.outLines()).containsExactly("4 passed, 0 failed");
    assertThat(run.err()).isEqualTo("recorded 4 answers from eu-west-1 in " + record + "\n");
    assertThat(server.requests()).hasSize(4);
    List<CorpusCase> original = ConformanceCorpus.read(Path.of(corpus));
    List<CorpusCase> pinned = ConformanceCorpus.read(record);
    assertThat(pinned).hasSize(4);
    for (int i = 0; i < 4; i++) {
      assertThat(pinned.get(i).name()).isEqualTo(original.get(i).name());
      assertThat(pinned.get(i).event()).isEqualTo(original.get(i).event());
      assertThat(pinned.get(i).pattern()).isEqualTo(original.get(i).pattern());
      assertThat(pinned.get(i).expected()).isEqualTo(original.get(i).expected());
      assertThat(pinned.get(i).origin())
          .isEqualTo("conformance --live --record, " + tool() + ORIGIN_TAIL);
    }
    Run again = CognitoEventsCliTest.run("conformance", record.toString());
    assertThat(again.exitCode()).isZero();
    assertThat(again.outLines()).containsExactly("4 passed, 0 failed");
  }

  @Test
  void conformanceLiveFailsACaseWhereAwsDisagreesAndRecordsAwsAnswerAnyway() throws IOException {
    String url = endpoint(request -> Reply.ok(false));
    Path record = dir.resolve("pinned.jsonl");

    Run run =
        run(
            "conformance",
            "--live",
            "--record",
            record.toString(),
            "--region",
            "eu-west-1",
            "--endpoint-url",
            url,
            CognitoEventsCliTest.fixture("passing-corpus.jsonl"));

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out())
        .contains(
            "FAIL source_match (line 1)\n  expected: MATCH\n  actual:   MATCH\n  AWS:      NO MATCH");
    assertThat(run.lastOutLine()).isEqualTo("1 passed, 3 failed");
    assertThat(ConformanceCorpus.read(record))
        .extracting(CorpusCase::expected)
        .containsOnly(Verdict.noMatch());
  }

  @Test
  void conformanceLiveTakesCasesWithoutExpectedVerdicts() throws IOException {
    String url = endpoint(LiveCommandsTest::likeTheMatcher);
    Path corpus = dir.resolve("open.jsonl");
    ConformanceCorpus.write(
        corpus,
        OpenQuestions.all().subList(0, 3).stream()
            .map(q -> CorpusCase.of(q.toLiveCase()))
            .collect(Collectors.toList()));

    Run local = CognitoEventsCliTest.run("conformance", corpus.toString());
    Run live =
        run(
            "conformance",
            "--live",
            "--region",
            "eu-west-1",
            "--endpoint-url",
            url,
            corpus.toString());

    assertThat(local.exitCode()).isEqualTo(2);
    assertThat(local.err())
        .contains("open.jsonl:1: not a corpus case: field \"expected\" is missing");
    assertThat(live.exitCode()).as(live.err()).isZero();
    assertThat(live.outLines()).containsExactly("3 passed, 0 failed");
  }

  @Test
  void conformanceLiveSendsNothingWhenALineIsNotACase() {
    String url = endpoint(LiveCommandsTest::likeTheMatcher);

    Run run =
        run(
            "conformance",
            "--live",
            "--region",
            "eu-west-1",
            "--endpoint-url",
            url,
            CognitoEventsCliTest.fixture("failing-corpus.jsonl"));

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .contains(
            "failing-corpus.jsonl:5: not a corpus case: field \"event\" must be a string",
            "error: some input is not a corpus case (above); nothing was sent to AWS");
    assertThat(server.requests()).isEmpty();
  }

  @Test
  void conformanceRecordNeedsLive() {
    Run run =
        CognitoEventsCliTest.run(
            "conformance",
            "--record",
            dir.resolve("x.jsonl").toString(),
            CognitoEventsCliTest.fixture("passing-corpus.jsonl"));

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).isEqualTo("error: --record needs --live (it records AWS's answers)\n");
  }

  @Test
  void theReadmesLiveCommandsAreCommandsOfTheTool() throws IOException {
    Path readme = Path.of("..", "README.md");
    assumeTrue(Files.isRegularFile(readme), "README.md is not beside the module");
    String text = Files.readString(readme);
    int section = text.indexOf("### The live check");
    String live = text.substring(section, text.indexOf("\n### ", section + 1));
    String command = live.lines().filter(l -> l.startsWith("java -jar ")).findFirst().orElseThrow();
    String recording =
        live.substring(
            live.indexOf("`conformance --live") + 1,
            live.indexOf("`", live.indexOf("`conformance --live") + 1));

    String[] liveVerify = command.substring(command.indexOf("-all.jar ") + 9).split(" ");
    var parsed = CognitoEventsCli.commandLine().parseArgs(liveVerify);
    var parsedRecording = CognitoEventsCli.commandLine().parseArgs(recording.split(" "));

    assertThat(parsed.subcommand().commandSpec().name()).isEqualTo("live-verify");
    assertThat(parsed.subcommand().hasMatchedOption("--recorded-by")).isTrue();
    assertThat(parsedRecording.subcommand().commandSpec().name()).isEqualTo("conformance");
    assertThat(parsedRecording.subcommand().hasMatchedOption("--record")).isTrue();
    assertThat(command)
        .contains(
            "cognito-events-cli-" + CognitoEventsCli.toolVersion().substring(19) + "-all.jar");
  }

  @Test
  void theRegionsEndpointIsEventBridgesOwn() {
    assertThat(SdkLiveAccess.regionalEndpoint(Region.EU_WEST_1))
        .isEqualTo("https://events.eu-west-1.amazonaws.com");
    assertThat(SdkLiveAccess.regionalEndpoint(Region.US_EAST_1))
        .isEqualTo("https://events.us-east-1.amazonaws.com");
    assertThat(LiveVerifyCommand.reportBeside(Path.of("a", "x.jsonl")))
        .isEqualTo(Path.of("a", "x.md"));
    assertThat(LiveVerifyCommand.reportBeside(Path.of("x.out"))).isEqualTo(Path.of("x.out.md"));
  }

  @Test
  void withoutTheAwsSdkLiveCommandsSayExactlyThatAndTheOthersStillWork() throws Exception {
    String classPath = System.getProperty("java.class.path");
    List<String> entries = Arrays.asList(classPath.split(File.pathSeparator));
    assumeTrue(
        entries.stream().anyMatch(e -> e.contains("picocli")),
        "the test class path is not visible to the test (" + classPath + ")");
    String withoutSdk =
        entries.stream()
            .filter(e -> !e.contains(File.separator + "awssdk" + File.separator))
            .collect(Collectors.joining(File.pathSeparator));
    assertThat(withoutSdk).isNotEqualTo(classPath);

    Result live =
        java(
            withoutSdk,
            "live-verify",
            "--region",
            "eu-west-1",
            "-o",
            dir.resolve("x.jsonl").toString());
    Result list = java(withoutSdk, "live-verify", "--list");
    Result conformance =
        java(withoutSdk, "conformance", CognitoEventsCliTest.fixture("passing-corpus.jsonl"));

    assertThat(live.code()).isEqualTo(2);
    assertThat(live.err())
        .isEqualTo(
            "error: cannot call AWS: the AWS SDK for Java 2.x (software.amazon.awssdk:eventbridge)"
                + " is not on the class path; the runnable jar"
                + " cognito-events-cli-VERSION-all.jar includes it, or add it to your class path\n");
    assertThat(list.code()).isZero();
    assertThat(conformance.code()).isZero();
    assertThat(conformance.out()).isEqualTo("4 passed, 0 failed\n");
  }

  record Result(int code, String out, String err) {}

  private Result java(String classPath, String... args) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(List.of("-cp", classPath, CognitoEventsCli.class.getName()));
    command.addAll(Arrays.asList(args));
    Process process =
        new ProcessBuilder(command)
            .redirectOutput(dir.resolve("child.out").toFile())
            .redirectError(dir.resolve("child.err").toFile())
            .start();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("the child JVM finished").isTrue();
    return new Result(
        process.exitValue(),
        Files.readString(dir.resolve("child.out")),
        Files.readString(dir.resolve("child.err")));
  }
}
