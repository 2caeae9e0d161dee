package io.github.cognitoevents.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.cognitoevents.cli.CognitoEventsCli;
import io.github.cognitoevents.pattern.EventPattern;
import io.github.cognitoevents.pattern.RuleState;
import io.github.cognitoevents.patterntest.Rule;
import io.github.cognitoevents.patterntest.RuleSet;
import io.github.cognitoevents.patterntest.backtest.Backtest;
import io.github.cognitoevents.patterntest.backtest.BacktestReport;
import io.github.cognitoevents.testsupport.CloudTrailHistory;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark job in local mode over the generated history of the backtest's own tests (every format:
 * S3 files gzip and plain, lookup-events pages, JSON Lines of records and of EventBridge events):
 * the same report as the command line, and as the library's run with rules in every state.
 */
class SparkBacktestTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  @TempDir static Path dir;
  static Path logs;
  static JavaSparkContext spark;

  @BeforeAll
  static void start() throws IOException {
    logs = CloudTrailHistory.write(dir.resolve("logs"), 20261205).root();
    spark =
        new JavaSparkContext(
            new SparkConf()
                .setMaster("local[2]")
                .setAppName("SparkBacktestTest")
                .set("spark.ui.enabled", "false")
                .set("spark.driver.host", "127.0.0.1")
                .set("spark.driver.bindAddress", "127.0.0.1"));
  }

  @AfterAll
  static void stop() {
    if (spark != null) {
      spark.close();
    }
  }

  @Test
  void givesTheSameReportAsTheCommandLine() throws IOException {
    List<String> patterns = new ArrayList<>();
    patterns.add(
        pattern(
            "client-changes",
            "{\"source\":[\"aws.cognito-idp\"],\"detail-type\":[\"AWS API Call via CloudTrail\"],"
                + "\"detail\":{\"eventName\":[\"UpdateUserPoolClient\",\"DeleteUserPoolClient\"]}}"));
    patterns.add(pattern("lists", "{\"detail\":{\"eventName\":[{\"prefix\":\"List\"}]}}"));
    patterns.add(pattern("failures", "{\"detail\":{\"errorCode\":[{\"exists\":true}]}}"));
    patterns.add(
        pattern("managed-login", "{\"detail-type\":[\"AWS Service Event via CloudTrail\"]}"));

    List<String> args = new ArrayList<>(List.of("backtest"));
    args.addAll(patterns);
    args.addAll(List.of("--logs", logs.toString(), "--json"));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit =
        CognitoEventsCli.run(
            args.toArray(String[]::new),
            new ByteArrayInputStream(new byte[0]),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    assertThat(exit).as(err.toString(StandardCharsets.UTF_8)).isZero();
    JsonNode cli = MAPPER.readTree(out.toString(StandardCharsets.UTF_8));

    List<Rule> rules = new ArrayList<>();
    for (String file : patterns) {
      rules.add(SparkBacktest.patternFile(Path.of(file)));
    }
    BacktestReport report =
        SparkBacktest.run(spark, Backtest.of(RuleSet.of(rules)), List.of(logs.toString()));

    assertThat(MAPPER.readTree(report.toJson())).isEqualTo(cli);
    assertThat(report.files()).isEqualTo(52);
    assertThat(report.records()).isEqualTo(6000);
    assertThat(report.rules().get(0).hits()).isPositive();
  }

  @Test
  void givesTheSameReportAsTheLibrarysRunWithRulesInEveryState() {
    RuleSet rules =
        RuleSet.of(
            List.of(
                rule(
                    "ListsEnabled",
                    "{\"detail\":{\"eventName\":[{\"prefix\":\"List\"}]}}",
                    RuleState.ENABLED),
                rule(
                    "ListsAll",
                    "{\"detail\":{\"eventName\":[{\"prefix\":\"List\"}]}}",
                    RuleState.ENABLED_WITH_ALL_CLOUDTRAIL_MANAGEMENT_EVENTS),
                rule("Retired", "{\"source\":[\"aws.cognito-idp\"]}", RuleState.DISABLED),
                rule(
                    "EuAccount2",
                    "{\"account\":[\"222222222222\"],\"region\":[\"eu-west-1\"]}",
                    RuleState.ENABLED)));
    Backtest backtest = Backtest.of(rules).samples(3);

    BacktestReport viaSpark = SparkBacktest.run(spark, backtest, List.of(logs.toString()));

    assertThat(viaSpark).isEqualTo(backtest.run(List.of(logs)));
    assertThat(viaSpark.rules().get(0).hits())
        .isZero(); // read-only calls reach ENABLED rules never
    assertThat(viaSpark.rules().get(1).hits()).isPositive();
    assertThat(viaSpark.rules().get(2).hits()).isZero();
  }

  private static String pattern(String name, String json) throws IOException {
    Path file = dir.resolve(name + ".json");
    Files.writeString(file, json);
    return file.toString();
  }

  private static Rule rule(String name, String pattern, RuleState state) {
    return Rule.of(name, EventPattern.parse(pattern)).withState(state);
  }
}
