package io.github.cognitoevents.patterntest;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.cognitoevents.pattern.InvalidEventPatternException;

/**
 * Fuzzes {@link PatternMatcher#compile(String)}: any string either compiles or is rejected with
 * {@link InvalidEventPatternException} carrying an AWS-style message; nothing else escapes.
 *
 * <p>A normal build runs the committed seeds in {@code CompileFuzzTestInputs/}; {@code
 * JAZZER_FUZZ=1} fuzzes.
 */
class CompileFuzzTest {

  @FuzzTest(maxDuration = "60s")
  void compilesOrRejectsAnyPatternText(FuzzedDataProvider data) {
    String pattern = data.consumeRemainingAsString();
    PatternMatcher matcher;
    try {
      matcher = PatternMatcher.compile(pattern);
    } catch (InvalidEventPatternException e) {
      assertThat(e.getMessage()).startsWith("Event pattern is not valid. Reason: ");
      assertThat(e.reason()).isNotNull().doesNotContain("\n");
      return;
    }
    // a compiled pattern renders to JSON that compiles to an equal pattern
    assertThat(PatternMatcher.compile(matcher.pattern().toJson()).pattern())
        .isEqualTo(matcher.pattern());
    Verdict verdict = TestEventPattern.test(MatchSemanticsTest.event(""), pattern);
    assertThat(verdict.isInvalid()).isFalse();
  }
}
