package io.github.cognitoevents.pattern;

/** The exact value {@code null}: matches a JSON {@code null} in the event. */
public record NullLiteral() implements Literal, TypedMatch<JsonKind> {

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
