package io.github.cognitoevents.patterntest;

import io.github.cognitoevents.pattern.EventPattern;
import io.github.cognitoevents.pattern.InvalidEventPatternException;
import io.github.cognitoevents.pattern.PatternLimits;
import io.github.cognitoevents.patterntest.internal.Compiled;
import io.github.cognitoevents.patterntest.internal.Engine;
import java.util.List;

/**
 * An offline stand-in for EventBridge's {@code TestEventPattern} API: the same answer for the same
 * {@code Event} and {@code EventPattern} strings, as a {@link Verdict}.
 *
 * <pre>{@code
 * Verdict v = TestEventPattern.test(eventJson, "{\"source\":[\"aws.cognito-idp\"]}");
 * assert v.isMatch();
 * }</pre>
 *
 * <p>The event is checked first (as LocalStack does; which error AWS reports when both inputs are
 * bad is not verified): an invalid event gives {@code ValidationException} / {@value
 * InvalidEventException#AWS_MESSAGE}; an invalid pattern gives {@code InvalidEventPatternException}
 * with event-ruler's message.
 */
public final class TestEventPattern {

  /** The error code for a rejected pattern. */
  public static final String INVALID_PATTERN = "InvalidEventPatternException";

  private TestEventPattern() {}

  /**
   * Answers as TestEventPattern would. Never throws for bad input.
   *
   * @param eventJson the {@code Event} parameter
   * @param patternJson the {@code EventPattern} parameter
   * @return match, no match, or the error EventBridge would return
   */
  public static Verdict test(String eventJson, String patternJson) {
    Compiled program = null;
    InvalidEventPatternException patternError = null;
    try {
      if (patternJson == null) {
        throw new InvalidEventPatternException("pattern is null");
      }
      program =
          Compiled.compile(
              List.of(EventPattern.parse(patternJson, PatternLimits.testEventPattern())));
    } catch (InvalidEventPatternException e) {
      patternError = e;
    }
    boolean matched;
    try {
      if (eventJson == null) {
        throw new InvalidEventException("the event is null", null);
      }
      byte[] event = Engine.bytes(eventJson);
      if (program == null) {
        Engine.validate(event);
        matched = false;
      } else {
        matched = Engine.matchesAny(program, event);
      }
    } catch (InvalidEventException e) {
      return Verdict.invalid(InvalidEventException.ERROR_CODE, InvalidEventException.AWS_MESSAGE);
    }
    if (patternError != null) {
      return Verdict.invalid(INVALID_PATTERN, patternError.getMessage());
    }
    return matched ? Verdict.match() : Verdict.noMatch();
  }
}
