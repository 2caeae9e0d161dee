package io.github.cognitoevents.pattern;

import io.github.cognitoevents.pattern.internal.Checks;
import io.github.cognitoevents.pattern.internal.PatternRenderer;
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
    String error = Checks.numericError(comparisons);
    if (error != null) {
      throw new InvalidEventPatternException(error);
    }
  }

  /**
   * The compact JSON of this condition.
   *
   * @return compact JSON
   */
  @Override
  public String toString() {
    return PatternRenderer.compact(this);
  }
}
