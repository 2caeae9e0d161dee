package io.github.cognitoevents.pattern;

import io.github.cognitoevents.pattern.internal.Checks;
import io.github.cognitoevents.pattern.internal.Keywords;
import java.util.List;
import java.util.Objects;

/**
 * {@code anything-but} with {@code prefix}: {@code {"anything-but":{"prefix":"init"}}} or {@code
 * {"anything-but":{"prefix":["init","error"]}}}.
 *
 * @param values the excluded values, at least one
 * @param list whether the JSON form is an array ({@code false}: exactly one value)
 */
public record AnythingButPrefix(List<String> values, boolean list)
    implements AnythingBut, TypedMatch<JsonKind.StringValue> {

  /**
   * Copies the values and checks them as EventBridge does.
   *
   * @throws InvalidEventPatternException with EventBridge's message
   */
  public AnythingButPrefix {
    values = List.copyOf(Objects.requireNonNull(values, "values"));
    String error = Checks.anythingButStringsError(Keywords.PREFIX, values, list);
    if (error != null) {
      throw new InvalidEventPatternException(error);
    }
  }

  /**
   * The single-value form, {@code list == false}.
   *
   * @param value the excluded prefix, not empty
   */
  public AnythingButPrefix(String value) {
    this(List.of(Objects.requireNonNull(value, "value")), false);
  }

  /**
   * The first (for the single-value form: the only) excluded prefix. Use {@link #values()} for the
   * list form.
   *
   * @return the first value
   */
  public String value() {
    return values.get(0);
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
    return visitor.visitAnythingButPrefix(this);
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
