package io.github.cognitoevents.pattern;

import java.util.List;
import java.util.Objects;

/**
 * The JSON array at a leaf of a pattern: its conditions are OR-ed.
 *
 * @param conditions one or more conditions, in written order
 */
public record MatchList(List<Condition> conditions) implements PatternValue, Match {

  /**
   * Copies the conditions and checks the list is not empty.
   *
   * @throws InvalidEventPatternException {@code Empty arrays are not allowed} if empty
   */
  public MatchList {
    conditions = List.copyOf(Objects.requireNonNull(conditions, "conditions"));
    if (conditions.isEmpty()) {
      throw new InvalidEventPatternException("Empty arrays are not allowed");
    }
  }

  /**
   * The conditions of this list.
   *
   * @return {@link #conditions()}
   */
  @Override
  public List<Condition> asConditions() {
    return conditions;
  }

  /**
   * The compact JSON array.
   *
   * @return compact JSON
   */
  @Override
  public String toString() {
    return Renderer.compact(this);
  }
}
