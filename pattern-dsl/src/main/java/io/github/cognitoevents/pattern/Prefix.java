package io.github.cognitoevents.pattern;

/**
 * The {@code prefix} operator: {@code {"prefix":"x"}}, or with {@code ignoreCase} {@code
 * {"prefix":{"equals-ignore-case":"x"}}}. Matches strings only.
 *
 * @param value the prefix, may be empty
 * @param ignoreCase whether the {@code equals-ignore-case} form is used
 */
public record Prefix(String value, boolean ignoreCase)
    implements Condition, TypedMatch<JsonKind.StringValue> {

  /**
   * Checks the value.
   *
   * @throws NullPointerException if {@code value} is null
   */
  public Prefix {
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
    return visitor.visitPrefix(this);
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
