package io.github.cognitoevents.pattern;

import java.util.List;
import java.util.Objects;

/**
 * The {@code numeric} operator: one comparison ({@code {"numeric":["<",10]}}) or a range whose
 * lower bound comes first ({@code {"numeric":[">",0,"<=",5]}}). Matches JSON numbers only.
 *
 * @param comparisons one comparison, or two forming a range
 */
public record Numeric(List<Comparison> comparisons)
    implements Condition, TypedMatch<JsonKind.NumberValue> {

  /**
   * Copies the comparisons and checks the shape, operands and bounds as EventBridge does.
   *
   * @throws InvalidEventPatternException with EventBridge's message, for example {@code Bottom must
   *     be less than top}
   */
  public Numeric {
    comparisons = List.copyOf(Objects.requireNonNull(comparisons, "comparisons"));
    String error = NodeChecks.numericError(comparisons);
    if (error != null) {
      throw new InvalidEventPatternException(error);
    }
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
    return visitor.visitNumeric(this);
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
