package io.github.cognitoevents.pattern;

/**
 * The {@code exists} operator: {@code {"exists":true}} or {@code {"exists":false}}.
 *
 * @param value {@code true} to require a leaf value, {@code false} to require its absence
 */
public record Exists(boolean value) implements Condition, TypedMatch<JsonKind.Leaf> {

  /**
   * Calls the visitor's method for this operator.
   *
   * @param visitor the visitor
   * @param <R> what the visitor returns
   * @return the visitor's result
   */
  @Override
  public <R> R accept(ConditionVisitor<R> visitor) {
    return visitor.visitExists(this);
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
