package io.github.cognitoevents.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cognitoevents.benchmarks.BenchmarkInputs.CloudTrailEvent;
import io.github.cognitoevents.benchmarks.BenchmarkInputs.Rule;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Checks that the matching benchmark measures real work: each (event, rule) pair gives the intended
 * verdict, and our matcher and event-ruler agree on it. No timing here: figures come from JMH only.
 */
class MatchBenchmarkInputsTest {

  private static final Set<CloudTrailEvent> SEED_MATCHES =
      EnumSet.of(CloudTrailEvent.UpdateUserPoolClient, CloudTrailEvent.DeleteUserPoolClient);
  private static final Set<CloudTrailEvent> SIX_CONDITIONS_MATCHES =
      EnumSet.of(CloudTrailEvent.UpdateUserPoolClient);

  @ParameterizedTest
  @EnumSource(CloudTrailEvent.class)
  void eachEventIsARealisticTwoToFiveKilobyteEnvelope(CloudTrailEvent event) {
    byte[] bytes = BenchmarkInputs.cloudTrailEvent(event);

    assertThat(bytes.length).isBetween(2_000, 5_000);
    assertThat(new String(bytes, java.nio.charset.StandardCharsets.UTF_8))
        .startsWith("{\"version\":\"0\",\"id\":")
        .contains(
            "\"detail-type\":\"AWS API Call via CloudTrail\"",
            "\"source\":\"aws.cognito-idp\"",
            "\"eventName\":\"" + event.name() + "\"");
  }

  @ParameterizedTest
  @EnumSource(CloudTrailEvent.class)
  void seedRuleMatchesClientUpdatesAndDeletesOnlyForBothMatchers(CloudTrailEvent event)
      throws Exception {
    assertVerdict(event, Rule.SEED, SEED_MATCHES.contains(event));
  }

  @ParameterizedTest
  @EnumSource(CloudTrailEvent.class)
  void sixConditionRuleMatchesTheClientUpdateOnlyForBothMatchers(CloudTrailEvent event)
      throws Exception {
    assertVerdict(event, Rule.SIX_CONDITIONS, SIX_CONDITIONS_MATCHES.contains(event));
  }

  @ParameterizedTest
  @EnumSource(CloudTrailEvent.class)
  void failsFirstRuleMatchesNothingForBothMatchers(CloudTrailEvent event) throws Exception {
    assertVerdict(event, Rule.FAILS_FIRST, false);
  }

  @ParameterizedTest
  @EnumSource(CloudTrailEvent.class)
  void bareScanReadsEveryToken(CloudTrailEvent event) throws Exception {
    MatchBenchmark benchmark = benchmark(event, Rule.SEED);

    // Each event has well over a hundred tokens: the floor does real work too.
    assertThat(benchmark.jacksonScan()).isGreaterThan(100);
  }

  private static void assertVerdict(CloudTrailEvent event, Rule rule, boolean expected)
      throws Exception {
    MatchBenchmark benchmark = benchmark(event, rule);

    assertThat(benchmark.ours()).as("ours: %s on %s", rule, event).isEqualTo(expected);
    assertThat(benchmark.eventRuler()).as("event-ruler: %s on %s", rule, event).isEqualTo(expected);
  }

  private static MatchBenchmark benchmark(CloudTrailEvent event, Rule rule) throws Exception {
    MatchBenchmark benchmark = new MatchBenchmark();
    benchmark.event = event;
    benchmark.rule = rule;
    benchmark.setUp();
    return benchmark;
  }
}
