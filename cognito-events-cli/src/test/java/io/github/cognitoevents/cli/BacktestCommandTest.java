package io.github.cognitoevents.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The backtest command on a small CloudTrail log tree written by the test. */
class BacktestCommandTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  static Path logs(Path dir) throws IOException {
    Path folder =
        Files.createDirectories(
            dir.resolve("AWSLogs/111122223333/CloudTrail/us-east-1/2026/09/01"));
    ObjectNode doc = MAPPER.createObjectNode();
    ArrayNode records = doc.putArray("Records");
    String[] names = {
      "UpdateUserPoolClient",
      "DeleteUserPoolClient",
      "UpdateUserPoolClient",
      "DescribeUserPoolClient",
      "ListUsers",
      "AdminCreateUser"
    };
    for (int i = 0; i < names.length; i++) {
      ObjectNode r = records.addObject();
      r.put("eventVersion", "1.08");
      r.put("eventTime", "2026-09-01T10:0" + i + ":00Z");
      r.put("eventSource", "cognito-idp.amazonaws.com");
      r.put("eventName", names[i]);
      r.put("awsRegion", "us-east-1");
      r.put("eventID", "0000000" + i + "-0000-4000-8000-000000000000");
      r.put("eventType", "AwsApiCall");
      r.put("readOnly", names[i].startsWith("Describe") || names[i].startsWith("List"));
      r.put("recipientAccountId", "111122223333");
      r.putObject("requestParameters").put("userPoolId", "us-east-1_AbCdEf123");
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (OutputStream gz = new GZIPOutputStream(bytes)) {
      gz.write(MAPPER.writeValueAsBytes(doc));
    }
    Files.write(
        folder.resolve("111122223333_CloudTrail_us-east-1_20260901T1000Z_x.json.gz"),
        bytes.toByteArray());
    return dir.resolve("AWSLogs");
  }

  @Test
  void countsTheSeedRulesHitsPerOperation(@TempDir Path dir) throws IOException {
    Path logs = logs(dir);

    CognitoEventsCliTest.Run run =
        CognitoEventsCliTest.run(
            "backtest", CognitoEventsCliTest.fixture("seed-rule.json"), "--logs", logs.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("1 files, 6 records")
        .containsPattern(
            "seed-rule +3 +2026-09-01T10:00:00Z +2026-09-01T10:02:00Z +"
                + "DeleteUserPoolClient 1, UpdateUserPoolClient 2");
    assertThat(run.err()).isEmpty(); // no progress line when not on a terminal
  }

  @Test
  void printsJsonAndHonoursTheWindow(@TempDir Path dir) throws IOException {
    Path logs = logs(dir);

    CognitoEventsCliTest.Run run =
        CognitoEventsCliTest.run(
            "backtest",
            CognitoEventsCliTest.fixture("seed-rule.json"),
            "--logs",
            logs.toString(),
            "--since",
            "2026-09-01T10:01:00Z",
            "--json");

    assertThat(run.exitCode()).isZero();
    JsonNode report = MAPPER.readTree(run.out());
    assertThat(report.at("/rules/0/hits").asLong()).isEqualTo(2);
    assertThat(report.at("/skipped/outsideWindow").asLong()).isEqualTo(1);
    assertThat(report.at("/rules/0/samples/0/eventName").asText())
        .isEqualTo("DeleteUserPoolClient");
  }

  @Test
  void exitsTwoOnBadInput(@TempDir Path dir) throws IOException {
    Path logs = logs(dir);
    String rule = CognitoEventsCliTest.fixture("seed-rule.json");

    assertThat(
            CognitoEventsCliTest.run("backtest", rule, "--logs", dir.resolve("nope").toString())
                .exitCode())
        .isEqualTo(2);
    CognitoEventsCliTest.Run badTime =
        CognitoEventsCliTest.run(
            "backtest", rule, "--logs", logs.toString(), "--since", "yesterday");
    assertThat(badTime.exitCode()).isEqualTo(2);
    assertThat(badTime.err()).contains("--since/--until");
    assertThat(
            CognitoEventsCliTest.run(
                    "backtest",
                    CognitoEventsCliTest.fixture("not-json.txt"),
                    "--logs",
                    logs.toString())
                .exitCode())
        .isEqualTo(2);
  }

  @Test
  void theReadmeExampleGivesItsOutput() throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"));
    int start = readme.indexOf("$ $cli backtest ");
    String block = readme.substring(start, readme.indexOf("```", start));
    List<String> expected = block.lines().skip(2).toList();
    String r = "src/test/resources/io/github/cognitoevents/cli";

    CognitoEventsCliTest.Run run =
        CognitoEventsCliTest.run(
            "backtest",
            r + "/seed-rule.json",
            r + "/rules/template.yaml",
            "-p",
            "Stage=prod",
            "--logs",
            r + "/backtest/AWSLogs");

    assertThat(run.exitCode()).isZero();
    assertThat(run.err().strip()).isEqualTo(block.lines().skip(1).findFirst().orElseThrow());
    assertThat(run.outLines()).isEqualTo(expected);
  }
}
