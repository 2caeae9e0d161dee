package io.github.cognitoevents.pattern;

/**
 * An exact string value: {@code "running"}.
 *
 * @param value the decoded string
 */
public record StringLiteral(String value) implements Literal, TypedMatch<JsonKind.StringValue> {

  /**
   * Checks the value.
   *
   * @throws NullPointerException if {@code value} is null
   */
  public StringLiteral {
    java.util.Objects.requireNonNull(value, "value");
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
    return visitor.visitString(this);
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
