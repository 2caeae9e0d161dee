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
}
