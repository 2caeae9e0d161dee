package io.github.cognitoevents.patterntest.backtest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cognitoevents.pattern.EventPattern;
import io.github.cognitoevents.pattern.RuleState;
import io.github.cognitoevents.patterntest.PatternMatcher;
import io.github.cognitoevents.patterntest.Rule;
import io.github.cognitoevents.patterntest.RuleSet;
import io.github.cognitoevents.patterntest.backtest.BacktestReport.RuleHits;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A backtest over a history written by the test: 6,000 records of many operations (read-only and
 * mutating, success and failure, three accounts and regions, other services, managed-login service
 * events, an event type EventBridge does not deliver) spread over gzip and plain S3 delivery files
 * in an {@code AWSLogs} tree, lookup-events pages, JSON Lines of records and of EventBridge events,
 * and malformed input. The oracle builds each EventBridge event by hand and matches it alone with
 * {@link PatternMatcher} per rule, applying the delivery rules itself.
 */
class BacktestTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String[] OPERATIONS = {
    "UpdateUserPoolClient",
    "DeleteUserPoolClient",
    "CreateUserPoolClient",
    "AdminCreateUser",
    "AdminInitiateAuth",
    "UpdateUserPool",
    "SignUp",
    "ListUsers",
    "ListUserPoolClients",
    "DescribeUserPool",
    "DescribeUserPoolClient",
    "GetUser",
    "AdminGetUser"
  };
  private static final String[] ACCOUNTS = {"111111111111", "222222222222", "333333333333"};
  private static final String[] REGIONS = {"us-east-1", "eu-west-1", "ap-southeast-2"};

  @TempDir static Path dir;
  static List<ObjectNode> history = new ArrayList<>();
  static RuleSet rules;

  @BeforeAll
  static void writeHistory() throws IOException {
    SplittableRandom random = new SplittableRandom(20261205);
    Instant start = Instant.parse("2026-09-01T00:00:00Z");
    for (int i = 0; i < 6000; i++) {
      history.add(record(random, i, start.plusSeconds(i * 37L)));
    }
    // 40 S3 delivery files of 100 records (gzip and plain) in the AWSLogs tree
    for (int f = 0; f < 40; f++) {
      List<ObjectNode> part = history.subList(f * 100, (f + 1) * 100);
      String account = ACCOUNTS[f % 3];
      Path folder =
          dir.resolve(
              "AWSLogs/" + account + "/CloudTrail/" + REGIONS[f % 3] + "/2026/09/0" + (1 + f % 9));
      Files.createDirectories(folder);
      ObjectNode doc = MAPPER.createObjectNode();
      doc.putArray("Records").addAll(part);
      byte[] bytes = MAPPER.writeValueAsBytes(doc);
      if (f % 2 == 0) {
        Files.write(folder.resolve(account + "_CloudTrail_" + f + ".json.gz"), gzip(bytes));
      } else {
        Files.write(folder.resolve(account + "_CloudTrail_" + f + ".json"), bytes);
      }
    }
    // lookup-events pages: 10 pages of 100
    Path lookup = Files.createDirectories(dir.resolve("lookup"));
    for (int page = 0; page < 10; page++) {
      ObjectNode doc = MAPPER.createObjectNode();
      ArrayNode events = doc.putArray("Events");
      for (ObjectNode r : history.subList(4000 + page * 100, 4100 + page * 100)) {
        ObjectNode e = events.addObject();
        e.put("EventId", r.get("eventID").asText());
        e.put("EventName", r.get("eventName").asText());
        e.put("CloudTrailEvent", MAPPER.writeValueAsString(r));
      }
      doc.put("NextToken", "token-" + page);
      Files.write(lookup.resolve("page-" + page + ".json"), MAPPER.writeValueAsBytes(doc));
    }
    // JSON Lines: records (CloudTrail Lake) and EventBridge events (an archive), gzip
    StringBuilder lake = new StringBuilder();
    for (ObjectNode r : history.subList(5000, 5500)) {
      lake.append(MAPPER.writeValueAsString(r)).append('\n');
    }
    Files.writeString(dir.resolve("lake.jsonl"), lake);
    StringBuilder archive = new StringBuilder();
    for (ObjectNode r : history.subList(5500, 6000)) {
      ObjectNode e = MAPPER.createObjectNode();
      e.put("version", "0").put("id", "x").put("detail-type", "AWS API Call via CloudTrail");
      e.set("detail", r);
      archive.append(MAPPER.writeValueAsString(e)).append('\n');
    }
    Files.write(
        dir.resolve("archive.jsonl.gz"), gzip(archive.toString().getBytes(StandardCharsets.UTF_8)));

    rules =
        RuleSet.of(
            List.of(
                rule(
                    "ClientChanges",
                    "{\"source\":[\"aws.cognito-idp\"],\"detail-type\":[\"AWS API"
                        + " Call via CloudTrail\"],\"detail\":{\"eventName\":[\"UpdateUserPoolClient\","
                        + "\"DeleteUserPoolClient\"]}}",
                    RuleState.ENABLED),
                rule(
                    "ListsEnabled",
                    "{\"detail\":{\"eventName\":[{\"prefix\":\"List\"}]}}",
                    RuleState.ENABLED),
                rule(
                    "ListsAll",
                    "{\"detail\":{\"eventName\":[{\"prefix\":\"List\"}]}}",
                    RuleState.ENABLED_WITH_ALL_CLOUDTRAIL_MANAGEMENT_EVENTS),
                rule(
                    "AdminGetUserEnabled",
                    "{\"detail\":{\"eventName\":[\"AdminGetUser\"]}}",
                    RuleState.ENABLED),
                rule(
                    "Failures",
                    "{\"detail\":{\"errorCode\":[{\"exists\":true}]}}",
                    RuleState.ENABLED),
                rule(
                    "EuAccount2",
                    "{\"account\":[\"222222222222\"],\"region\":[\"eu-west-1\"]}",
                    RuleState.ENABLED_WITH_ALL_CLOUDTRAIL_MANAGEMENT_EVENTS),
                rule(
                    "ManagedLogin",
                    "{\"detail-type\":[\"AWS Service Event via CloudTrail\"]}",
                    RuleState.ENABLED),
                rule("Retired", "{\"source\":[\"aws.cognito-idp\"]}", RuleState.DISABLED)));
  }

  @Test
  void countsPerRuleEqualMatchingEachConstructedEventAlone() {
    BacktestReport report = Backtest.of(rules).samples(3).run(List.of(dir));

    Map<String, Long> expected = oracle(history, null, null);
    Map<String, Long> actual = new LinkedHashMap<>();
    for (RuleHits r : report.rules()) {
      actual.put(r.rule(), r.hits());
    }
    assertThat(actual).isEqualTo(expected);
    assertThat(report.files()).isEqualTo(40 + 10 + 2);
    assertThat(report.records()).isEqualTo(6000);
    assertThat(report.malformed()).isEmpty();
    long others =
        history.stream().filter(r -> !r.get("eventSource").asText().startsWith("cognito")).count();
    assertThat(report.notCognito()).isEqualTo(others).isPositive();
    assertThat(report.notDeliverable()).isPositive();
    assertThat(actual.get("ListsEnabled")).isZero();
    assertThat(actual.get("ListsAll")).isPositive();
    assertThat(actual.get("AdminGetUserEnabled")).isPositive();
    assertThat(actual.get("Retired")).isZero();
    RuleHits clients = report.rules().get(0);
    assertThat(clients.byOperation().keySet())
        .containsExactly("DeleteUserPoolClient", "UpdateUserPoolClient");
    assertThat(clients.byOperation().values().stream().mapToLong(Long::longValue).sum())
        .isEqualTo(clients.hits());
    assertThat(clients.samples()).hasSize(3);
    assertThat(clients.samples().get(0).time()).isEqualTo(clients.first());
  }

  @Test
  void isDeterministicWhateverTheThreadCount() {
    BacktestReport one = Backtest.of(rules).threads(1).run(List.of(dir));
    BacktestReport many = Backtest.of(rules).threads(4).run(List.of(dir));
    assertThat(many).isEqualTo(one);
    assertThat(many.toJson()).isEqualTo(one.toJson());
    assertThat(one.toTable()).contains("ClientChanges").contains("disabled");
  }

  @Test
  void honoursTheTimeWindow() {
    Instant since = Instant.parse("2026-09-01T12:00:00Z");
    Instant until = Instant.parse("2026-09-02T06:00:00Z");
    BacktestReport report = Backtest.of(rules).since(since).until(until).run(List.of(dir));

    Map<String, Long> actual = new LinkedHashMap<>();
    report.rules().forEach(r -> actual.put(r.rule(), r.hits()));
    assertThat(actual).isEqualTo(oracle(history, since, until));
    assertThat(report.outsideWindow()).isPositive();
  }

  @Test
  void reportsMalformedInputByFileAndLineWithoutContentAndLosesNothingElse(@TempDir Path bad)
      throws IOException {
    List<ObjectNode> good = history.subList(0, 50);
    List<String> lines = new ArrayList<>();
    lines.add("{\"Records\":[");
    for (int i = 0; i < good.size(); i++) {
      lines.add(MAPPER.writeValueAsString(good.get(i)) + ",");
      if (i == 10) {
        lines.add("\"SECRET-not-a-record\",");
      }
      if (i == 20) {
        ObjectNode noTime = good.get(i).deepCopy();
        noTime.remove("eventTime");
        noTime.put("password", "SECRET-pw");
        lines.add(MAPPER.writeValueAsString(noTime) + ",");
      }
    }
    lines.add(
        "{\"eventSource\":\"cognito-idp.amazonaws.com\",\"eventName\":\"X\",\"eventType\":\"AwsApiCall\",\"eventTime\":\"x\"}");
    lines.add("]}");
    Files.write(bad.resolve("records.json"), lines);
    Files.writeString(
        bad.resolve("lake.jsonl"),
        "{\"eventSource\": SECRET\n" + MAPPER.writeValueAsString(good.get(0)) + "\n");
    byte[] gz = gzip(MAPPER.writeValueAsBytes(MAPPER.createObjectNode().putPOJO("Records", good)));
    Files.write(bad.resolve("truncated.json.gz"), Arrays.copyOf(gz, gz.length / 2));

    BacktestReport report = Backtest.of(rules).run(List.of(bad));

    assertThat(report.malformed())
        .extracting(m -> m.file().replace(bad.toString(), "") + ":" + m.line())
        .containsExactlyInAnyOrder(
            "/records.json:13",
            "/records.json:24",
            "/records.json:54",
            "/lake.jsonl:1",
            "/truncated.json.gz:-1");
    assertThat(report.toJson() + report.toTable()).doesNotContain("SECRET");
    // 50 good records in records.json, 1 in lake.jsonl, and what the truncated file gave before it
    // broke
    assertThat(report.records()).isBetween(51L, 51L + 50);
  }

  private static Rule rule(String name, String pattern, RuleState state) {
    return Rule.of(name, EventPattern.parse(pattern)).withState(state);
  }

  /** Matches each hand-built EventBridge event alone, rule by rule. */
  private static Map<String, Long> oracle(List<ObjectNode> records, Instant since, Instant until) {
    Map<String, Long> counts = new LinkedHashMap<>();
    Map<String, PatternMatcher> matchers = new TreeMap<>();
    for (Rule r : rules.rules()) {
      counts.put(r.name(), 0L);
      matchers.put(r.name(), PatternMatcher.compile(r.pattern()));
    }
    for (ObjectNode record : records) {
      String source = record.get("eventSource").asText();
      if (!source.startsWith("cognito-")) {
        continue;
      }
      String type = record.get("eventType").asText();
      String detailType =
          type.equals("AwsApiCall")
              ? "AWS API Call via CloudTrail"
              : type.equals("AwsServiceEvent") ? "AWS Service Event via CloudTrail" : null;
      if (detailType == null) {
        continue;
      }
      Instant time = Instant.parse(record.get("eventTime").asText());
      if ((since != null && time.isBefore(since)) || (until != null && !time.isBefore(until))) {
        continue;
      }
      ObjectNode event = MAPPER.createObjectNode();
      event.put("version", "0").put("id", "00000000-0000-0000-0000-000000000000");
      event.put("detail-type", detailType).put("source", "aws.cognito-idp");
      event.put("account", record.get("recipientAccountId").asText());
      event
          .put("time", record.get("eventTime").asText())
          .put("region", record.get("awsRegion").asText());
      event.putArray("resources");
      event.set("detail", record);
      String name = record.get("eventName").asText();
      boolean readOnlyVerb =
          record.get("readOnly").asBoolean()
              && (name.startsWith("List") || name.startsWith("Get") || name.startsWith("Describe"));
      for (Rule r : rules.rules()) {
        boolean delivered =
            r.state() == RuleState.ENABLED_WITH_ALL_CLOUDTRAIL_MANAGEMENT_EVENTS
                || (r.state() == RuleState.ENABLED && !readOnlyVerb);
        if (delivered && matchers.get(r.name()).matches(event.toString())) {
          counts.merge(r.name(), 1L, Long::sum);
        }
      }
    }
    return counts;
  }

  private static ObjectNode record(SplittableRandom random, int i, Instant time) {
    ObjectNode r = MAPPER.createObjectNode();
    int kind = random.nextInt(100);
    String account = ACCOUNTS[random.nextInt(3)];
    String region = REGIONS[random.nextInt(3)];
    r.put("eventVersion", "1.08");
    ObjectNode identity = r.putObject("userIdentity");
    identity.put("type", "AssumedRole").put("accountId", account);
    r.put("eventTime", time.toString());
    r.put("awsRegion", region);
    r.put("sourceIPAddress", "192.0.2." + random.nextInt(255));
    r.put("eventID", new java.util.UUID(i, 42).toString());
    r.put("recipientAccountId", account);
    r.put("managementEvent", true);
    r.put("eventCategory", "Management");
    if (kind < 8) {
      r.put("eventSource", "s3.amazonaws.com").put("eventName", "GetObject");
      r.put("eventType", "AwsApiCall").put("readOnly", true);
    } else if (kind < 13) {
      r.put("eventSource", "cognito-idp.amazonaws.com").put("eventName", "Login_GET");
      r.put("eventType", "AwsServiceEvent").put("readOnly", true);
    } else if (kind < 15) {
      r.put("eventSource", "cognito-idp.amazonaws.com").put("eventName", "UpdateUserPoolClient");
      r.put("eventType", "AwsCloudTrailInsight").put("readOnly", false);
    } else {
      String op = OPERATIONS[random.nextInt(OPERATIONS.length)];
      boolean readOnly = op.startsWith("List") || op.startsWith("Describe") || op.contains("Get");
      r.put("eventSource", "cognito-idp.amazonaws.com").put("eventName", op);
      r.put("eventType", "AwsApiCall").put("readOnly", readOnly);
      r.putObject("requestParameters").put("userPoolId", region + "_AbCdEf123");
      if (random.nextInt(10) == 0) {
        r.put("errorCode", "NotAuthorizedException").put("errorMessage", "no");
        r.putNull("responseElements");
      }
    }
    return r;
  }

  private static byte[] gzip(byte[] bytes) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (OutputStream gz = new GZIPOutputStream(out)) {
      gz.write(bytes);
    }
    return out.toByteArray();
  }
}
