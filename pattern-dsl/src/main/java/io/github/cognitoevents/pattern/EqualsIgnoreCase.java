package io.github.cognitoevents.pattern;

/**
 * The {@code equals-ignore-case} operator: {@code {"equals-ignore-case":"alice"}}.
 *
 * @param value the string compared without regard to case
 */
public record EqualsIgnoreCase(String value)
    implements Condition, TypedMatch<JsonKind.StringValue> {

  /**
   * Checks the value.
   *
   * @throws NullPointerException if {@code value} is null
   */
  public EqualsIgnoreCase {
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
    return visitor.visitEqualsIgnoreCase(this);
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
