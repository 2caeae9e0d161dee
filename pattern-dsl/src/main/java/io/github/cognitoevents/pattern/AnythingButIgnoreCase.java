package io.github.cognitoevents.pattern;

import io.github.cognitoevents.pattern.internal.Checks;
import io.github.cognitoevents.pattern.internal.Keywords;
import java.util.List;
import java.util.Objects;

/**
 * {@code anything-but} with {@code equals-ignore-case}: {@code
 * {"anything-but":{"equals-ignore-case":"Stopped"}}} or a list of strings.
 *
 * @param values the excluded values, at least one
 * @param list whether the JSON form is an array ({@code false}: exactly one value)
 */
public record AnythingButIgnoreCase(List<String> values, boolean list)
    implements AnythingBut, TypedMatch<JsonKind.StringValue> {

  /**
   * Copies the values and checks them as EventBridge does.
   *
   * @throws InvalidEventPatternException with EventBridge's message
   */
  public AnythingButIgnoreCase {
    values = List.copyOf(Objects.requireNonNull(values, "values"));
    String error = Checks.anythingButStringsError(Keywords.EQUALS_IGNORE_CASE, values, list);
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
    return visitor.visitAnythingButIgnoreCase(this);
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
