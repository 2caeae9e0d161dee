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
   * The compact JSON of this condition.
   *
   * @return compact JSON
   */
  @Override
  public String toString() {
    return io.github.cognitoevents.pattern.internal.PatternRenderer.compact(this);
  }
}
