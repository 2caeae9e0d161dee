package io.github.cognitoevents.pattern;

/**
 * An exact {@code true} or {@code false}.
 *
 * @param value the boolean
 */
public record BooleanLiteral(boolean value) implements Literal, TypedMatch<JsonKind.BooleanValue> {

  /**
   * The compact JSON of this condition.
   *
   * @return compact JSON
   */
  @Override
  public String toString() {
    return io.github.cognitoevents.pattern.internal.PatternRenderer.compact(this);
  }
}
