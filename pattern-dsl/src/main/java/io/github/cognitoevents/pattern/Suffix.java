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
   * The compact JSON of this condition.
   *
   * @return compact JSON
   */
  @Override
  public String toString() {
    return io.github.cognitoevents.pattern.internal.PatternRenderer.compact(this);
  }
}
