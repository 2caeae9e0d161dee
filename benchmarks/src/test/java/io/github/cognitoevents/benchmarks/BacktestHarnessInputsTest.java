package io.github.cognitoevents.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cognitoevents.pattern.EventPattern;
import io.github.cognitoevents.patterntest.Rule;
import io.github.cognitoevents.patterntest.RuleSet;
import io.github.cognitoevents.patterntest.backtest.Backtest;
import io.github.cognitoevents.patterntest.backtest.BacktestReport;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The harness's generated history is what it claims: whole files, every record read, rules firing.
 */
class BacktestHarnessInputsTest {

  @Test
  void theGeneratedHistoryReadsWholeAndFiresTheRules(@TempDir Path dir) throws Exception {
    List<Path> files = BacktestHarness.generate(dir.resolve("logs"), 300_000);
    List<Rule> rules = new ArrayList<>();
    List<String> patterns = RealisticRules.first(10);
    for (int i = 0; i < patterns.size(); i++) {
      rules.add(Rule.of("rule-" + i, EventPattern.parse(patterns.get(i))));
    }

    BacktestReport report = Backtest.of(RuleSet.of(rules)).run(files);
    long[] floor = BacktestHarness.floor(files, 2);

    assertThat(files).hasSizeGreaterThan(1);
    assertThat(report.malformed()).isEmpty();
    assertThat(report.records()).isEqualTo(files.size() * 1000L);
    assertThat(report.notCognito()).isPositive();
    assertThat(report.rules().get(0).hits()).isPositive();
    assertThat(floor[0]).isGreaterThan(300_000);
  }
}
