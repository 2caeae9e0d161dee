package io.github.cognitoevents.patterntest;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.cognitoevents.pattern.EventPattern;
import io.github.cognitoevents.pattern.InvalidEventPatternException;
import io.github.cognitoevents.pattern.PatternLimits;
import io.github.cognitoevents.patterntest.internal.Engine;
import io.github.cognitoevents.patterntest.internal.Program;
import java.io.InputStream;

/**
 * An EventBridge event pattern compiled for fast local matching, with the verdicts of the {@code
 * TestEventPattern} API. Compile once, match many: instances are immutable and thread-safe.
 *
 * <pre>{@code
 * PatternMatcher signUps = PatternMatcher.compile(
 *     "{\"source\":[\"aws.cognito-idp\"],\"detail\":{\"eventName\":[\"SignUp\"]}}");
 * boolean hit = signUps.matches(eventBytes);
 * System.out.println(signUps.explain(eventJson)); // why (not)
 * }</pre>
 *
 * <p>Matching reads the raw JSON once with Jackson's streaming parser, skipping subtrees the
 * pattern does not look at, and validates the event as TestEventPattern does: it must be a JSON
 * object with {@code id}, {@code account}, {@code source}, {@code time}, {@code region} and {@code
 * detail-type}, else {@link InvalidEventException}. Events nested deeper than Jackson's default
 * limit of 1000 levels are rejected the same way.
 */
public final class PatternMatcher {

  private final Program program;

  private PatternMatcher(Program program) {
    this.program = program;
  }

  /**
   * Parses and compiles a pattern with TestEventPattern's limits ({@link
   * PatternLimits#testEventPattern()}).
   *
   * @param patternJson the pattern as JSON
   * @return the matcher
   * @throws InvalidEventPatternException if EventBridge would reject the pattern
   */
  public static PatternMatcher compile(String patternJson) {
    if (patternJson == null) {
      throw new InvalidEventPatternException("pattern is null");
    }
    return compile(EventPattern.parse(patternJson, PatternLimits.testEventPattern()));
  }

  /**
   * Compiles a parsed pattern.
   *
   * @param pattern the pattern
   * @return the matcher
   * @throws InvalidEventPatternException if the pattern is null
   */
  public static PatternMatcher compile(EventPattern pattern) {
    if (pattern == null) {
      throw new InvalidEventPatternException("pattern is null");
    }
    return new PatternMatcher(Program.compile(pattern));
  }

  /**
   * The pattern this matcher was compiled from.
   *
   * @return the pattern
   */
  public EventPattern pattern() {
    return program.pattern();
  }

  /**
   * Whether the pattern matches the event.
   *
   * @param eventJson the event as JSON text
   * @return true on a match
   * @throws InvalidEventException if the event is not a valid test event
   */
  public boolean matches(String eventJson) {
    return Engine.matches(program, Engine.of(nonNull(eventJson)));
  }

  /**
   * Whether the pattern matches the event.
   *
   * @param eventJson the event as UTF-8 JSON bytes
   * @return true on a match
   * @throws InvalidEventException if the event is not a valid test event
   */
  public boolean matches(byte[] eventJson) {
    return Engine.matches(program, Engine.of(nonNull(eventJson)));
  }

  /**
   * Whether the pattern matches the event read from a stream (which is not closed).
   *
   * @param eventJson the event as a JSON stream
   * @return true on a match
   * @throws InvalidEventException if the event is not a valid test event
   * @throws java.io.UncheckedIOException if reading the stream fails
   */
  public boolean matches(InputStream eventJson) {
    return Engine.matches(program, Engine.of(nonNull(eventJson)));
  }

  /**
   * Whether the pattern matches an event given as a Jackson tree. Numbers are seen as the tree
   * renders them (for example a {@code double} node as {@code 300.0}).
   *
   * @param event the event
   * @return true on a match
   * @throws InvalidEventException if the event is not a valid test event
   */
  public boolean matches(JsonNode event) {
    return Engine.matches(program, Engine.of(nonNull(event)));
  }

  /**
   * Explains the verdict for an event, field by field.
   *
   * @param eventJson the event as JSON text
   * @return the explanation
   * @throws InvalidEventException if the event is not a valid test event
   */
  public MatchExplanation explain(String eventJson) {
    return Engine.explain(program, Engine.of(nonNull(eventJson)));
  }

  /**
   * Explains the verdict for an event, field by field.
   *
   * @param eventJson the event as UTF-8 JSON bytes
   * @return the explanation
   * @throws InvalidEventException if the event is not a valid test event
   */
  public MatchExplanation explain(byte[] eventJson) {
    return Engine.explain(program, Engine.of(nonNull(eventJson)));
  }

  /**
   * Explains the verdict for an event, field by field.
   *
   * @param event the event as a Jackson tree
   * @return the explanation
   * @throws InvalidEventException if the event is not a valid test event
   */
  public MatchExplanation explain(JsonNode event) {
    return Engine.explain(program, Engine.of(nonNull(event)));
  }

  /** The pattern's compact JSON. */
  @Override
  public String toString() {
    return "PatternMatcher" + program.pattern().toJson();
  }

  private static <T> T nonNull(T event) {
    if (event == null) {
      throw new InvalidEventException("the event is null", null);
    }
    return event;
  }
}
