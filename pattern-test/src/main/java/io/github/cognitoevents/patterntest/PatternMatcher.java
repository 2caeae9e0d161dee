package io.github.cognitoevents.patterntest;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.cognitoevents.pattern.EventPattern;
import io.github.cognitoevents.pattern.InvalidEventPatternException;
import io.github.cognitoevents.pattern.PatternLimits;
import io.github.cognitoevents.patterntest.internal.Compiled;
import io.github.cognitoevents.patterntest.internal.Engine;
import java.io.InputStream;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.util.List;

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
 * <p>Matching reads the raw UTF-8 bytes once, decoding only the values on the pattern's paths and
 * validating everything else without decoding it, and validates the event as TestEventPattern does:
 * well-formed JSON (exactly what Jackson's parser accepts, with its default limits: nesting depth
 * 1,000, numbers of 1,000 digits), an object with {@code id}, {@code account}, {@code source},
 * {@code time}, {@code region} and {@code detail-type}; else {@link InvalidEventException}. Text
 * events are read as their UTF-8 encoding, so an unpaired surrogate (which UTF-8 cannot carry)
 * reads as {@code ?}. Array consistency is decided in time linear in the event's size. For many
 * patterns at once, use {@link RuleSet}.
 *
 * <p>A matcher is {@link Serializable} (for example into Apache Spark tasks): it is written as its
 * pattern's JSON and compiled again when read.
 */
public final class PatternMatcher implements Serializable {

  private static final long serialVersionUID = 1L;

  private final transient EventPattern pattern;
  private final transient Compiled program;

  private PatternMatcher(EventPattern pattern) {
    this.pattern = pattern;
    this.program = Compiled.compile(List.of(pattern));
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
    return new PatternMatcher(pattern);
  }

  /**
   * The pattern this matcher was compiled from.
   *
   * @return the pattern
   */
  public EventPattern pattern() {
    return pattern;
  }

  /**
   * Whether the pattern matches the event.
   *
   * @param eventJson the event as JSON text
   * @return true on a match
   * @throws InvalidEventException if the event is not a valid test event
   */
  public boolean matches(String eventJson) {
    return Engine.matchesAny(program, Engine.bytes(nonNull(eventJson)));
  }

  /**
   * Whether the pattern matches the event.
   *
   * @param eventJson the event as UTF-8 JSON bytes
   * @return true on a match
   * @throws InvalidEventException if the event is not a valid test event
   */
  public boolean matches(byte[] eventJson) {
    return Engine.matchesAny(program, nonNull(eventJson));
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
    return Engine.matchesAny(program, Engine.bytes(nonNull(eventJson)));
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
    return Engine.matchesAny(program, Engine.bytes(nonNull(event)));
  }

  /**
   * Explains the verdict for an event, field by field.
   *
   * @param eventJson the event as JSON text
   * @return the explanation
   * @throws InvalidEventException if the event is not a valid test event
   */
  public MatchExplanation explain(String eventJson) {
    return Engine.explain(program, Engine.bytes(nonNull(eventJson))).get(0);
  }

  /**
   * Explains the verdict for an event, field by field.
   *
   * @param eventJson the event as UTF-8 JSON bytes
   * @return the explanation
   * @throws InvalidEventException if the event is not a valid test event
   */
  public MatchExplanation explain(byte[] eventJson) {
    return Engine.explain(program, nonNull(eventJson)).get(0);
  }

  /**
   * Explains the verdict for an event, field by field.
   *
   * @param event the event as a Jackson tree
   * @return the explanation
   * @throws InvalidEventException if the event is not a valid test event
   */
  public MatchExplanation explain(JsonNode event) {
    return Engine.explain(program, Engine.bytes(nonNull(event))).get(0);
  }

  /** The pattern's compact JSON. */
  @Override
  public String toString() {
    return "PatternMatcher" + pattern.toJson();
  }

  private Object writeReplace() {
    return new SerializedForm(pattern.toJson());
  }

  private void readObject(ObjectInputStream in) throws InvalidObjectException {
    throw new InvalidObjectException("PatternMatcher is read through its serialized form");
  }

  /** What a serialized matcher holds: its pattern's JSON, compiled again when read. */
  private static final class SerializedForm implements Serializable {
    private static final long serialVersionUID = 1L;
    private final String pattern;

    SerializedForm(String pattern) {
      this.pattern = pattern;
    }

    private Object readResolve() {
      return compile(RuleSet.reparse(pattern));
    }
  }

  private static <T> T nonNull(T event) {
    if (event == null) {
      throw new InvalidEventException("the event is null", null);
    }
    return event;
  }
}
