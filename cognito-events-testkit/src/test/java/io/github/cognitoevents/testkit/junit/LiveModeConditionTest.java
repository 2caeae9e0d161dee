package io.github.cognitoevents.testkit.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import io.github.cognitoevents.patterntest.live.LiveMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;

class LiveModeConditionTest {

  @Test
  void disablesTestsWhenTheSwitchIsOff() {
    assumeFalse(LiveMode.switchedOn(), "the live switch is on in this run");

    ConditionEvaluationResult result = new LiveModeCondition().evaluateExecutionCondition(null);

    assertThat(result.isDisabled()).isTrue();
    assertThat(result.getReason())
        .get()
        .asString()
        .startsWith("Live TestEventPattern checks are off");
  }
}
