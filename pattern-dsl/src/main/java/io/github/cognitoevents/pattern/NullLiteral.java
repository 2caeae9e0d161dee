package io.github.cognitoevents.pattern;

/** The exact value {@code null}: matches a JSON {@code null} in the event. */
public record NullLiteral() implements Literal, TypedMatch<JsonKind> {

  /**
   * Calls the visitor's method for this operator.
   *
   * @param visitor the visitor
   * @param <R> what the visitor returns
   * @return the visitor's result
   */
  @Override
  public <R> R accept(ConditionVisitor<R> visitor) {
    return visitor.visitNull(this);
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
