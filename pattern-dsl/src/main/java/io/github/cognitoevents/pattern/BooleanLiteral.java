package io.github.cognitoevents.pattern;

/**
 * An exact {@code true} or {@code false}.
 *
 * @param value the boolean
 */
public record BooleanLiteral(boolean value) implements Literal, TypedMatch<JsonKind.BooleanValue> {

  /**
   * Calls the visitor's method for this operator.
   *
   * @param visitor the visitor
   * @param <R> what the visitor returns
   * @return the visitor's result
   */
  @Override
  public <R> R accept(ConditionVisitor<R> visitor) {
    return visitor.visitBoolean(this);
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
