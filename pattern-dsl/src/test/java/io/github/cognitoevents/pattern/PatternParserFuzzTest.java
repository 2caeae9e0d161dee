package io.github.cognitoevents.pattern;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;

/**
 * Coverage-guided fuzzing of {@link EventPattern#parse(String)}: for any text it either returns a
 * pattern that renders and re-parses to an equal pattern, or throws {@link
 * InvalidEventPatternException} with EventBridge's message shape; nothing else escapes (no NPE, no
 * {@code StackOverflowError}, no other exception). A normal build runs only the committed seeds in
 * {@code PatternParserFuzzTestInputs/parse}; {@code JAZZER_FUZZ=1} fuzzes.
 */
class PatternParserFuzzTest {
  private static final PatternLimits UNLIMITED_LENGTH =
      PatternLimits.testEventPattern().withMaxLength(Integer.MAX_VALUE);

  @FuzzTest(maxDuration = "60s")
  void parse(FuzzedDataProvider data) {
    check(new String(data.consumeRemainingAsBytes(), StandardCharsets.UTF_8));
  }

  /** The property, shared with {@link PatternParserMutationTest}. */
  static void check(String json) {
    EventPattern pattern;
    try {
      pattern = EventPattern.parse(json, PatternLimits.testEventPattern());
    } catch (InvalidEventPatternException e) {
      if (!e.getMessage().startsWith("Event pattern is not valid. Reason: ")
          || e.reason() == null
          || e.reason().contains("\n")) {
        throw new AssertionError("malformed message: " + e.getMessage(), e);
      }
      return;
    }
    String compact = pattern.toJson();
    EventPattern again = EventPattern.parse(compact, UNLIMITED_LENGTH);
    if (!again.equals(pattern)) {
      throw new AssertionError("render then parse changed the pattern: " + compact);
    }
    if (!again.toJson().equals(compact)) {
      throw new AssertionError("second render differs from the first: " + compact);
    }
    if (!EventPattern.parse(pattern.toPrettyJson(), UNLIMITED_LENGTH).equals(pattern)) {
      throw new AssertionError("pretty render then parse changed the pattern: " + compact);
    }
  }
}
