package io.github.cognitoevents.testkit.junit;

import io.github.cognitoevents.patterntest.live.LiveMode;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The JUnit 5 condition behind {@link EnabledWhenLive}: enabled when {@link
 * LiveMode#reasonToSkip()} is empty, disabled with that reason otherwise.
 */
@SuppressWarnings("exports") // JUnit is an optional dependency: JUnit itself calls this
public final class LiveModeCondition implements ExecutionCondition {

  /** Creates the condition (JUnit does, through {@link EnabledWhenLive}). */
  public LiveModeCondition() {}

  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    return LiveMode.reasonToSkip()
        .map(ConditionEvaluationResult::disabled)
        .orElseGet(() -> ConditionEvaluationResult.enabled("Live TestEventPattern checks are on"));
  }
}
