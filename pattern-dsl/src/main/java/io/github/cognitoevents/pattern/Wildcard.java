package io.github.cognitoevents.pattern;

/**
 * The {@code wildcard} operator: {@code {"wildcard":"Simple*Service"}}. {@code *} matches zero or
 * more characters; {@code \*} is a literal star and {@code \\} a literal backslash.
 *
 * @param pattern the raw pattern text, escapes included
 */
public record Wildcard(String pattern) implements Condition, TypedMatch<JsonKind.StringValue> {

  /**
   * Checks the wildcard syntax as EventBridge does.
   *
   * @throws InvalidEventPatternException on consecutive {@code *} or an invalid escape
   */
  public Wildcard {
    java.util.Objects.requireNonNull(pattern, "pattern");
    String error = io.github.cognitoevents.pattern.internal.Checks.wildcardError(pattern);
    if (error != null) {
      throw new InvalidEventPatternException(error);
    }
  }

  /**
   * Calls the visitor's method for this operator.
   *
   * @param visitor the visitor
   * @param <R> what the visitor returns
   * @return the visitor's result
   */
  @Override
  public <R> R accept(ConditionVisitor<R> visitor) {
    return visitor.visitWildcard(this);
  }

  /**
   * The compact JSON of this condition.
   *
   * @return compact JSON
   */
  @Override
  public String toString() {
    return Renderer.compact(this);
  }
}
