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
   * The compact JSON of this condition.
   *
   * @return compact JSON
   */
  @Override
  public String toString() {
    return io.github.cognitoevents.pattern.internal.PatternRenderer.compact(this);
  }
}
