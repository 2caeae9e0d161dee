package io.github.cognitoevents.pattern;

/**
 * The {@code exists} operator: {@code {"exists":true}} or {@code {"exists":false}}.
 *
 * @param value {@code true} to require a leaf value, {@code false} to require its absence
 */
public record Exists(boolean value) implements Condition, TypedMatch<JsonKind.Leaf> {

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
