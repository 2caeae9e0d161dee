package io.github.cognitoevents.pattern;

import io.github.cognitoevents.pattern.internal.PatternMaps;
import java.util.Map;
import java.util.Objects;

/**
 * An EventBridge event pattern: an immutable, thread-safe, validated value.
 *
 * <p>Parse existing JSON and get EventBridge's own error before deploying:
 *
 * <pre>{@code
 * EventPattern p = EventPattern.parse("{\"source\":[\"aws.cognito-idp\"]}");
 * p.toJson();        // {"source":["aws.cognito-idp"]}
 * EventPattern.parse("{\"source\":\"aws.cognito-idp\"}");
 * // InvalidEventPatternException: Event pattern is not valid. Reason: "source" must be an object or an array
 * }</pre>
 *
 * <p>or build one with the DSL in {@link Patterns}. Equality is structural; {@link #toString()} is
 * the compact JSON.
 */
public final class EventPattern {
  private final ObjectPattern root;

  private EventPattern(ObjectPattern root) {
    this.root = root;
  }

  /**
   * Parses and validates a pattern with the {@link PatternLimits#rules() rule limits}.
   *
   * @param json the pattern JSON
   * @return the pattern
   * @throws InvalidEventPatternException with EventBridge's message if the pattern is not valid
   */
  public static EventPattern parse(String json) {
    return parse(json, PatternLimits.rules());
  }

  /**
   * Parses and validates a pattern with the given limits.
   *
   * @param json the pattern JSON
   * @param limits the limits to apply
   * @return the pattern
   * @throws InvalidEventPatternException with EventBridge's message if the pattern is not valid
   */
  public static EventPattern parse(String json, PatternLimits limits) {
    Objects.requireNonNull(json, "json");
    Objects.requireNonNull(limits, "limits");
    Limits.checkLength(json, limits);
    ObjectPattern root = Parser.parse(json);
    Limits.checkStructure(root, limits);
    return new EventPattern(root);
  }

  /**
   * A pattern from a model root, validated with the {@link PatternLimits#rules() rule limits}
   * (length of the compact JSON, {@code $or} combinations, wildcard complexity).
   *
   * @param root the root object
   * @return the pattern
   * @throws InvalidEventPatternException if a limit is exceeded
   */
  public static EventPattern of(ObjectPattern root) {
    return of(root, PatternLimits.rules());
  }

  /**
   * A pattern from a model root, validated with the given limits.
   *
   * @param root the root object
   * @param limits the limits to apply
   * @return the pattern
   * @throws InvalidEventPatternException if a limit is exceeded
   */
  public static EventPattern of(ObjectPattern root, PatternLimits limits) {
    Objects.requireNonNull(root, "root");
    Objects.requireNonNull(limits, "limits");
    Limits.checkStructure(root, limits);
    Limits.checkLength(Renderer.compact(root), limits);
    return new EventPattern(root);
  }

  /**
   * The root object of the pattern.
   *
   * @return the root
   */
  public ObjectPattern root() {
    return root;
  }

  /**
   * The compact JSON: key order as written, numbers as written.
   *
   * @return compact JSON
   */
  public String toJson() {
    return Renderer.compact(root);
  }

  /**
   * The JSON indented by two spaces, each match list on one line.
   *
   * @return pretty JSON
   */
  public String toPrettyJson() {
    return Renderer.pretty(root);
  }

  /**
   * The pattern as plain Java values, for APIs that take a JSON-like {@code Object} rather than a
   * string, such as the AWS CDK's {@code CfnRule.Builder.eventPattern(Object)}:
   *
   * <pre>{@code
   * CfnRule.Builder.create(this, "ClientChanges").eventPattern(rule.toMap())...
   * }</pre>
   *
   * <p>Objects are {@code Map<String, Object>} in written order, arrays {@code List<Object>} (a
   * {@code [null]} match holds {@code null}), strings {@code String}, booleans {@code Boolean},
   * numbers {@code Long} when written as an integer that fits, else {@code BigDecimal} with the
   * written digits. Every map and list is unmodifiable; a fresh copy is made on each call. The map
   * renders to the same JSON as {@link #toJson()} (a key written twice keeps its last value).
   *
   * @return an unmodifiable, insertion-ordered map
   */
  public Map<String, Object> toMap() {
    return PatternMaps.fromJson(toJson());
  }

  /**
   * The number of rule combinations the {@code $or} members produce (1 without {@code $or}), capped
   * at {@code Long.MAX_VALUE}.
   *
   * @return the combination count
   */
  public long orCombinations() {
    return Limits.orCombinations(root);
  }

  /**
   * The wildcard complexity score of this pattern: the largest number of wildcard matching states a
   * single event value can keep alive at once, over the {@code wildcard} and {@code anything-but}
   * {@code wildcard} conditions of each field (see {@link PatternLimits}).
   *
   * @return the score, 0 without wildcards
   */
  public int wildcardComplexity() {
    return Limits.wildcardComplexity(root, Integer.MAX_VALUE);
  }

  /**
   * Walks the pattern depth first, in written order (see {@link PatternVisitor}), without
   * recursion.
   *
   * @param visitor the callbacks
   */
  public void walk(PatternVisitor visitor) {
    root.walk(visitor);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof EventPattern that && root.equals(that.root);
  }

  @Override
  public int hashCode() {
    return root.hashCode();
  }

  /**
   * The compact JSON.
   *
   * @return {@link #toJson()}
   */
  @Override
  public String toString() {
    return toJson();
  }
}
