package io.github.cognitoevents.pattern;

import java.util.Objects;

/**
 * One comparison of a {@link Numeric} condition, for example {@code ">", 0}.
 *
 * @param operator the operator
 * @param operand the number compared with
 */
public record Comparison(ComparisonOperator operator, NumberLiteral operand) {

  /**
   * Checks the components.
   *
   * @throws NullPointerException if a component is null
   */
  public Comparison {
    Objects.requireNonNull(operator, "operator");
    Objects.requireNonNull(operand, "operand");
  }

  /**
   * The compact JSON of the comparison, as it appears inside the numeric array.
   *
   * @return for example {@code ">",0}
   */
  @Override
  public String toString() {
    return "\"" + operator.symbol() + "\"," + operand.text();
  }
}
