package io.github.cognitoevents.pattern;

/**
 * The limits EventBridge applies to a pattern on top of the syntax rules.
 *
 * <ul>
 *   <li>{@code maxLength}: the maximum pattern length in characters ({@link String#length()}). The
 *       quota "Event pattern size" is 2,048 for rules (adjustable); {@code TestEventPattern}
 *       accepts 4,096.
 *   <li>{@code maxOrCombinations}: the maximum number of rule combinations produced by {@code $or}
 *       (1,000 per the AWS documentation).
 *   <li>{@code maxWildcardComplexity}: the largest accepted wildcard complexity score (see {@link
 *       EventPattern#wildcardComplexity()}). AWS rejects {@code *:*:*:*:*:event-bus/*} (score 11)
 *       and accepts <code>/Users/*&#47;dir/dir/dir/dir/dir/doc.txt</code> (score 7), so its
 *       undisclosed threshold lies between 7 and 10. The default, 10, rejects only what AWS
 *       certainly rejects.
 * </ul>
 *
 * <pre>{@code
 * EventPattern p = EventPattern.parse(json, PatternLimits.rules().withMaxLength(4096));
 * }</pre>
 *
 * @param maxLength the maximum length in characters, at least 1
 * @param maxOrCombinations the maximum number of {@code $or} combinations, at least 1
 * @param maxWildcardComplexity the maximum wildcard complexity score, at least 1
 */
public record PatternLimits(int maxLength, int maxOrCombinations, int maxWildcardComplexity) {

  /** Default rule pattern size quota. */
  public static final int RULE_MAX_LENGTH = 2048;

  /** Maximum {@code EventPattern} length accepted by {@code TestEventPattern}. */
  public static final int TEST_EVENT_PATTERN_MAX_LENGTH = 4096;

  /** Maximum number of {@code $or} combinations. */
  public static final int MAX_OR_COMBINATIONS = 1000;

  /** Default wildcard complexity threshold (see the class documentation). */
  public static final int DEFAULT_MAX_WILDCARD_COMPLEXITY = 10;

  /**
   * Checks that every limit is positive.
   *
   * @throws IllegalArgumentException if a limit is zero or negative
   */
  public PatternLimits {
    if (maxLength < 1) {
      throw new IllegalArgumentException("maxLength must be positive: " + maxLength);
    }
    if (maxOrCombinations < 1) {
      throw new IllegalArgumentException(
          "maxOrCombinations must be positive: " + maxOrCombinations);
    }
    if (maxWildcardComplexity < 1) {
      throw new IllegalArgumentException(
          "maxWildcardComplexity must be positive: " + maxWildcardComplexity);
    }
  }

  /**
   * The limits of {@code PutRule}: 2,048 characters, 1,000 {@code $or} combinations, the default
   * wildcard complexity.
   *
   * @return the rule limits
   */
  public static PatternLimits rules() {
    return new PatternLimits(RULE_MAX_LENGTH, MAX_OR_COMBINATIONS, DEFAULT_MAX_WILDCARD_COMPLEXITY);
  }

  /**
   * The limits of {@code TestEventPattern}: 4,096 characters, otherwise as {@link #rules()}.
   *
   * @return the TestEventPattern limits
   */
  public static PatternLimits testEventPattern() {
    return new PatternLimits(
        TEST_EVENT_PATTERN_MAX_LENGTH, MAX_OR_COMBINATIONS, DEFAULT_MAX_WILDCARD_COMPLEXITY);
  }

  /**
   * A copy with another length limit (the rule size quota is adjustable).
   *
   * @param newMaxLength the maximum length in characters
   * @return the new limits
   */
  public PatternLimits withMaxLength(int newMaxLength) {
    return new PatternLimits(newMaxLength, maxOrCombinations, maxWildcardComplexity);
  }
}
