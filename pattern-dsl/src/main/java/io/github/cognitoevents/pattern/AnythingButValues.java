package io.github.cognitoevents.pattern;

import java.util.List;
import java.util.Objects;

/**
 * {@code anything-but} with exact values: {@code {"anything-but":"x"}} ({@code list == false}, one
 * value) or {@code {"anything-but":["a","b"]}} / {@code {"anything-but":[1,2]}} ({@code list ==
 * true}: all strings or all numbers).
 *
 * @param values the excluded values ({@link StringLiteral} or {@link NumberLiteral})
 * @param list whether the JSON form is an array
 */
public record AnythingButValues(List<Literal> values, boolean list)
    implements AnythingBut, TypedMatch<JsonKind.StringOrNumber> {

  /**
   * Copies the values and checks them as EventBridge does.
   *
   * @throws InvalidEventPatternException with EventBridge's message, for example {@code Inside
   *     anything but list, start|null|boolean is not supported.}
   */
  public AnythingButValues {
    values = List.copyOf(Objects.requireNonNull(values, "values"));
    String error = NodeChecks.anythingButValuesError(values, list);
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
    return visitor.visitAnythingButValues(this);
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
