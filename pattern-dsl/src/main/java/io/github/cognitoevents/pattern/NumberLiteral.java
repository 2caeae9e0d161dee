package io.github.cognitoevents.pattern;

import io.github.cognitoevents.pattern.internal.Checks;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * An exact number, kept as written: {@code 300.0} stays {@code 300.0}. Equality is on the text;
 * matching compares numerically where the number is exactly representable as a {@code double}.
 *
 * <pre>{@code
 * new NumberLiteral("3.0e2").decimal(); // 300
 * NumberLiteral.of(42).text();         // "42"
 * }</pre>
 *
 * @param text the JSON number text
 */
public record NumberLiteral(String text) implements Literal, TypedMatch<JsonKind.NumberValue> {

  /**
   * Checks that the text is a JSON number.
   *
   * @throws IllegalArgumentException if {@code text} is not JSON number syntax
   */
  public NumberLiteral {
    Objects.requireNonNull(text, "text");
    if (!Checks.isJsonNumber(text)) {
      throw new IllegalArgumentException("text is not a JSON number: " + text);
    }
  }

  /**
   * A literal for a Java {@code long}.
   *
   * @param value the number
   * @return the literal
   */
  public static NumberLiteral of(long value) {
    return new NumberLiteral(Long.toString(value));
  }

  /**
   * A literal for a finite Java {@code double}, written in its shortest form.
   *
   * @param value the number
   * @return the literal
   * @throws IllegalArgumentException if {@code value} is NaN or infinite
   */
  public static NumberLiteral of(double value) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("number must be finite: " + value);
    }
    return new NumberLiteral(Double.toString(value).replace("E", "e"));
  }

  /**
   * A literal for a {@code BigDecimal}, written with {@link BigDecimal#toString()}.
   *
   * @param value the number
   * @return the literal
   */
  public static NumberLiteral of(BigDecimal value) {
    return new NumberLiteral(value.toString().replace("E", "e"));
  }

  /**
   * The value as a {@code BigDecimal}.
   *
   * @return the exact decimal value of the text
   * @throws NumberFormatException if the exponent is beyond {@code BigDecimal}'s range (such a
   *     number is valid only as an exact value, which matches by text)
   */
  public BigDecimal decimal() {
    return new BigDecimal(text);
  }

  /**
   * Whether EventBridge can compare this number: it must round-trip exactly through a {@code
   * double}. Non-comparable numbers are rejected as {@code numeric} and {@code anything-but}
   * operands and only match textually as exact values.
   *
   * @return {@code true} if comparable
   */
  public boolean isComparable() {
    return Checks.isComparable(text);
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
    return visitor.visitNumber(this);
  }

  /**
   * The number text.
   *
   * @return compact JSON
   */
  @Override
  public String toString() {
    return Renderer.compact(this);
  }
}
