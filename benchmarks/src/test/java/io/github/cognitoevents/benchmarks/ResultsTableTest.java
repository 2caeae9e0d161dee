package io.github.cognitoevents.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ResultsTableTest {

  @Test
  void rendersOneTablePerBenchmarkWithOursFirstItsRatioToEveryPeerAndPooledRepeatedRuns()
      throws Exception {
    String json =
        new String(
            BenchmarkInputs.class
                .getResourceAsStream("/io/github/cognitoevents/benchmarks/jmh-sample.json")
                .readAllBytes(),
            StandardCharsets.UTF_8);

    String markdown = ResultsTable.render(json);

    assertThat(markdown)
        .isEqualTo(
            "### MatchBenchmark\n\n"
                + "| parameters | ours | eventRuler | jacksonScan |"
                + " ours/eventRuler (throughput, >1 = ours faster) |"
                + " ours/jacksonScan (throughput, >1 = ours faster) |"
                + " ours/eventRuler, best iterations | ours/jacksonScan, best iterations |\n"
                + "|---|---:|---:|---:|---:|---:|---:|---:|\n"
                + "| event=DeleteUserPoolClient, rule=SEED | 300.0 ± 3.0 ops/ms |"
                + " 100.0 ± 2.5 ops/ms | 400.0 ± 4.0 ops/ms | 3.00 | 0.75 | 3.04 | 0.76 |\n"
                + "\n"
                + "### ColdStart\n\n"
                + "| parameters | ours | awsLambdaJavaEvents |"
                + " ours/awsLambdaJavaEvents (time, <1 = ours faster) |"
                + " ours/awsLambdaJavaEvents, best iterations |\n"
                + "|---|---:|---:|---:|---:|\n"
                + "| - | 150.0 ± 42.5 ms/op | 200.0 ms/op | 0.75 | 0.60 |\n"
                + "\n");
  }

  @Test
  void addsTheCostPerByteAndTheGrowthWithTheNumberOfRules() throws Exception {
    String json =
        new String(
            BenchmarkInputs.class
                .getResourceAsStream("/io/github/cognitoevents/benchmarks/jmh-rulesets.json")
                .readAllBytes(),
            StandardCharsets.UTF_8);

    String markdown = ResultsTable.render(json);

    assertThat(markdown)
        .contains(
            "| event=AdminInitiateAuth, rules=1 | 400.0 ± 0.0 ops/ms | 200.0 ± 0.0 ops/ms | 2.00 |"
                + " 2.00 |\n",
            "Cost per operation at rules=1000 divided by the cost at rules=1 (lower = grows"
                + " less):\n\n| parameters | ours | eventRuler |\n|---|---:|---:|\n"
                + "| event=AdminInitiateAuth | 2.00 | 4.00 |\n",
            "| ours ns/byte | eventRuler ns/byte |",
            "| kilobytes=16, shape=SIBLINGS | 81.9 ± 0.0 us/op | 163.8 ± 0.0 us/op | 0.50 | 0.50 |"
                + " 5.00 | 10.00 |\n");
  }

  @Test
  void countsTheForkPairsOursWonWhenThePeersAlternated() throws Exception {
    // two alternated forks per peer: ours wins the first pair and loses the second, where it met a
    // slow spell (its pooled mean still ahead); the second row won both
    String json =
        results(
            result("TriggerParseBenchmark.ours", "PreSignUp", "[[1000.0, 1000.0]]"),
            result("TriggerParseBenchmark.awsLambdaJavaEvents", "PreSignUp", "[[900.0, 900.0]]"),
            result("TriggerParseBenchmark.ours", "PreSignUp", "[[600.0, 600.0]]"),
            result("TriggerParseBenchmark.awsLambdaJavaEvents", "PreSignUp", "[[620.0, 620.0]]"),
            result("TriggerParseBenchmark.ours", "UserMigration", "[[500.0]]"),
            result("TriggerParseBenchmark.awsLambdaJavaEvents", "UserMigration", "[[400.0]]"),
            result("TriggerParseBenchmark.ours", "UserMigration", "[[510.0]]"),
            result("TriggerParseBenchmark.awsLambdaJavaEvents", "UserMigration", "[[410.0]]"));

    String markdown = ResultsTable.render(json);

    assertThat(markdown)
        .contains(
            " ours/awsLambdaJavaEvents, best iterations |"
                + " fork pairs ours faster than awsLambdaJavaEvents |\n|---|---:|---:|---:|---:|---:|\n",
            "| trigger=PreSignUp | 800.0 ± 380.0 ops/ms | 760.0 ± 266.0 ops/ms | 1.05 | 1.11 |"
                + " 1 of 2 |\n",
            "| trigger=UserMigration | 505.0 ± 16.5 ops/ms | 405.0 ± 16.5 ops/ms | 1.25 | 1.24 |"
                + " 2 of 2 |\n",
            "Fork pairs (ours and awsLambdaJavaEvents run one after the other) where ours is faster:"
                + " 3 of 4.\n");
  }

  @Test
  void countsNoPairsForASingleRunPerPeer() throws Exception {
    String json =
        results(
            result("TriggerParseBenchmark.ours", "PreSignUp", "[[1000.0]]"),
            result("TriggerParseBenchmark.awsLambdaJavaEvents", "PreSignUp", "[[900.0]]"));

    String markdown = ResultsTable.render(json);

    assertThat(markdown).doesNotContain("fork pairs", "Fork pairs");
  }

  /** JMH results as one JSON array, as several {@code -rf json} files read together. */
  private static String results(String... results) {
    return "[" + String.join(",", results) + "]";
  }

  /** One JMH throughput result of one fork, as JMH writes it with {@code -rf json}. */
  private static String result(String benchmark, String trigger, String rawData) {
    return "{\"benchmark\":\"io.github.cognitoevents.benchmarks."
        + benchmark
        + "\",\"mode\":\"thrpt\",\"params\":{\"trigger\":\""
        + trigger
        + "\"},\"primaryMetric\":{\"score\":"
        + mean(rawData)
        + ",\"scoreError\":\"NaN\",\"scoreUnit\":\"ops/ms\",\"rawData\":"
        + rawData
        + "}}";
  }

  private static double mean(String rawData) {
    String[] values = rawData.replaceAll("[\\[\\] ]", "").split(",");
    double sum = 0;
    for (String value : values) {
      sum += Double.parseDouble(value);
    }
    return sum / values.length;
  }
}
