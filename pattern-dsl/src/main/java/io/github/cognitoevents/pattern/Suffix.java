package io.github.cognitoevents.pattern;

/**
 * The {@code suffix} operator: {@code {"suffix":".png"}}, or with {@code ignoreCase} {@code
 * {"suffix":{"equals-ignore-case":".png"}}}. Matches strings only.
 *
 * @param value the suffix, may be empty
 * @param ignoreCase whether the {@code equals-ignore-case} form is used
 */
public record Suffix(String value, boolean ignoreCase)
    implements Condition, TypedMatch<JsonKind.StringValue> {

  /**
   * Checks the value.
   *
   * @throws NullPointerException if {@code value} is null
   */
  public Suffix {
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
    return visitor.visitSuffix(this);
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
