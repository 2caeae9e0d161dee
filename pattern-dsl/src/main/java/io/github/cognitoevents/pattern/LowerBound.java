package io.github.cognitoevents.pattern;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * A {@code numeric} lower bound built by {@link Patterns#greaterThan(long)} or {@link
 * Patterns#greaterThanOrEqualTo(long)}: usable on its own, or closed with an upper bound. Only a
 * lower bound can be followed by an upper bound, so a range cannot be written in the wrong order.
 *
 * <pre>{@code
 * greaterThan(0)                      // {"numeric":[">",0]}
 * greaterThan(0).lessThanOrEqualTo(5) // {"numeric":[">",0,"<=",5]}
 * }</pre>
 */
public final class LowerBound implements TypedMatch<JsonKind.NumberValue> {
  private final Comparison bottom;
  private final Numeric alone;

  LowerBound(ComparisonOperator operator, NumberLiteral operand) {
    this.bottom = new Comparison(operator, operand);
    this.alone = new Numeric(List.of(bottom));
  }

  /**
   * Closes the range with {@code < top}.
   *
   * @param top the exclusive upper bound
   * @return the range
   * @throws InvalidEventPatternException {@code Bottom must be less than top} if {@code top} is not
   *     above the lower bound
   */
  public Numeric lessThan(long top) {
    return upTo(ComparisonOperator.LT, NumberLiteral.of(top));
  }

  /**
   * Closes the range with {@code < top}.
   *
   * @param top the exclusive upper bound
   * @return the range
   * @throws InvalidEventPatternException if {@code top} is not above the lower bound or cannot be
   *     compared
   */
  public Numeric lessThan(double top) {
    return upTo(ComparisonOperator.LT, NumberLiteral.of(top));
  }

  /**
   * Closes the range with {@code < top}.
   *
   * @param top the exclusive upper bound
   * @return the range
   * @throws InvalidEventPatternException if {@code top} is not above the lower bound or cannot be
   *     compared
   */
  public Numeric lessThan(BigDecimal top) {
    return upTo(ComparisonOperator.LT, NumberLiteral.of(top));
  }

  /**
   * Closes the range with {@code <= top}.
   *
   * @param top the inclusive upper bound
   * @return the range
   * @throws InvalidEventPatternException {@code Bottom must be less than top} if {@code top} is not
   *     above the lower bound (use {@link Patterns#equalTo(long)} for a single value)
   */
  public Numeric lessThanOrEqualTo(long top) {
    return upTo(ComparisonOperator.LE, NumberLiteral.of(top));
  }

  /**
   * Closes the range with {@code <= top}.
   *
   * @param top the inclusive upper bound
   * @return the range
   * @throws InvalidEventPatternException if {@code top} is not above the lower bound or cannot be
   *     compared
   */
  public Numeric lessThanOrEqualTo(double top) {
    return upTo(ComparisonOperator.LE, NumberLiteral.of(top));
  }

  /**
   * Closes the range with {@code <= top}.
   *
   * @param top the inclusive upper bound
   * @return the range
   * @throws InvalidEventPatternException if {@code top} is not above the lower bound or cannot be
   *     compared
   */
  public Numeric lessThanOrEqualTo(BigDecimal top) {
    return upTo(ComparisonOperator.LE, NumberLiteral.of(top));
  }

  private Numeric upTo(ComparisonOperator operator, NumberLiteral top) {
    return new Numeric(List.of(bottom, new Comparison(operator, top)));
  }

  /**
   * The one-sided condition, for example {@code {"numeric":[">",0]}}.
   *
   * @return the numeric condition
   */
  public Numeric toNumeric() {
    return alone;
  }

  /**
   * The one-sided condition.
   *
   * @return a list holding {@link #toNumeric()}
   */
  @Override
  public List<Condition> asConditions() {
    return List.of(alone);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof LowerBound that && bottom.equals(that.bottom);
  }

  @Override
  public int hashCode() {
    return Objects.hash(bottom);
  }

  /**
   * The compact JSON of the one-sided condition.
   *
   * @return compact JSON
   */
  @Override
  public String toString() {
    return alone.toString();
  }
}
