package io.github.cognitoevents.patterntest.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.cognitoevents.testsupport.SharedData;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The conformance corpus against the REAL {@code TestEventPattern} API. Skipped unless the live
 * switch is on ({@code -Dcognitoevents.live=true} or {@code COGNITOEVENTS_LIVE=1}) and AWS
 * credentials and a region are configured. Makes one API call per case (176 corpus lines, then 5
 * Cognito cases).
 */
class LiveConformanceTest {

  // pattern-test cannot use the testkit's @EnabledWhenLive (the testkit depends on this module), so
  // the same condition is an assumption here.
  @BeforeEach
  void onlyWhenLive() {
    LiveMode.reasonToSkip().ifPresent(reason -> assumeTrue(false, reason));
  }

  @Test
  void awsStillGivesTheRecordedVerdictsAndTheLocalMatcherAgrees() {
    List<LiveCase> corpus = LiveCase.readJsonLines(SharedData.conformanceCorpus());

    List<LiveComparison> results;
    try (LiveCheck check = LiveCheck.create()) {
      results = check.compareAll(corpus);
    }

    assertThat(results).hasSize(corpus.size());
    assertThat(results).filteredOn(c -> !c.liveAsExpected()).asString().isEqualTo("[]");
    assertThat(results).filteredOn(c -> !c.agrees()).asString().isEqualTo("[]");
  }

  @Test
  void awsGivesTheExpectedVerdictsForOurCognitoCases() {
    List<LiveCase> cases = LiveCase.readJsonLines(ConformanceReplayTest.userCases());

    List<LiveComparison> results;
    try (LiveCheck check = LiveCheck.create()) {
      results = check.compareAll(cases);
    }

    assertThat(results).hasSize(cases.size());
    assertThat(results).filteredOn(c -> !c.liveAsExpected() || !c.agrees()).isEmpty();
  }
}
