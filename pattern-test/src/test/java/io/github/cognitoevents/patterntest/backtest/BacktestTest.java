package io.github.cognitoevents.patterntest.backtest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cognitoevents.pattern.EventPattern;
import io.github.cognitoevents.pattern.RuleState;
import io.github.cognitoevents.patterntest.PatternMatcher;
import io.github.cognitoevents.patterntest.Rule;
import io.github.cognitoevents.patterntest.RuleSet;
import io.github.cognitoevents.patterntest.backtest.BacktestReport.RuleHits;
import io.github.cognitoevents.testsupport.CloudTrailHistory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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
  @TempDir static Path dir;
  static List<ObjectNode> history = new ArrayList<>();
  static RuleSet rules;

  @BeforeAll
  static void writeHistory() throws IOException {
    history = CloudTrailHistory.write(dir, 20261205).records();
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

    Map<String, Long> expected = oracle(rules, history, null, null);
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
  void rulesThatNameTheirOperationsSkipTheOthersAndCountTheSame() {
    RuleSet named =
        RuleSet.of(
            List.of(
                rules.rules().get(0), // ClientChanges
                rule(
                    "ListsAll",
                    "{\"detail\":{\"eventName\":[\"ListUsers\",\"ListGroups\"]}}",
                    RuleState.ENABLED_WITH_ALL_CLOUDTRAIL_MANAGEMENT_EVENTS),
                rule(
                    "AdminGetOrSignUpFailures",
                    "{\"$or\":[{\"detail\":{\"eventName\":[\"AdminGetUser\"]}},"
                        + "{\"detail\":{\"eventName\":[\"SignUp\"],\"errorCode\":[{\"exists\":true}]}}]}",
                    RuleState.ENABLED),
                rule("Retired", "{\"source\":[\"aws.cognito-idp\"]}", RuleState.DISABLED)));
    assertThat(EventNameFilter.of(named))
        .containsExactlyInAnyOrder(
            "UpdateUserPoolClient",
            "DeleteUserPoolClient",
            "ListUsers",
            "ListGroups",
            "AdminGetUser",
            "SignUp");

    BacktestReport report = Backtest.of(named).run(List.of(dir));

    Map<String, Long> actual = new LinkedHashMap<>();
    report.rules().forEach(r -> actual.put(r.rule(), r.hits()));
    assertThat(actual).isEqualTo(oracle(named, history, null, null));
    assertThat(actual.values()).filteredOn(hits -> hits > 0).hasSize(3);
    assertThat(report.records()).isEqualTo(6000);
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
  void filesReadOneByOneAndCombinedGiveTheRunsReport() throws IOException {
    Backtest backtest = Backtest.of(rules).samples(3);
    List<BacktestReport> parts = new ArrayList<>();
    for (Path file : Backtest.logFiles(List.of(dir))) {
      assertThat(Backtest.isLogFile(file.toString())).isTrue();
      try (java.io.InputStream in = Files.newInputStream(file)) {
        parts.add(backtest.runFile(file.toString(), in));
      }
    }
    java.util.Collections.reverse(parts); // the order parts arrive in does not matter

    assertThat(backtest.combine(parts)).isEqualTo(backtest.run(List.of(dir)));
    assertThat(Backtest.isLogFile("notes.txt")).isFalse();
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () ->
                Backtest.of(
                        RuleSet.of(
                            List.of(rule("Other", "{\"source\":[\"x\"]}", RuleState.ENABLED))))
                    .combine(parts))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a report of other rules cannot be combined");
  }

  @Test
  void honoursTheTimeWindow() {
    Instant since = Instant.parse("2026-09-01T12:00:00Z");
    Instant until = Instant.parse("2026-09-02T06:00:00Z");
    BacktestReport report = Backtest.of(rules).since(since).until(until).run(List.of(dir));

    Map<String, Long> actual = new LinkedHashMap<>();
    report.rules().forEach(r -> actual.put(r.rule(), r.hits()));
    assertThat(actual).isEqualTo(oracle(rules, history, since, until));
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
    byte[] gz =
        CloudTrailHistory.gzip(
            MAPPER.writeValueAsBytes(MAPPER.createObjectNode().putPOJO("Records", good)));
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
  private static Map<String, Long> oracle(
      RuleSet rules, List<ObjectNode> records, Instant since, Instant until) {
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
}
