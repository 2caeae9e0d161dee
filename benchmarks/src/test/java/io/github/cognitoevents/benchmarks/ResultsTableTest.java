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
}
