package io.github.cognitoevents.pattern;

import io.github.cognitoevents.pattern.internal.Keywords;
import java.util.Objects;

/**
 * A named member: {@code "name": value}. The name may be dotted ({@code "detail.eventName"}); dots
 * mean the same as nesting.
 *
 * @param name the key as written, not {@code $or}
 * @param value a nested object or a match list
 */
public record Field(String name, PatternValue value) implements Member {

  /**
   * Checks the components.
   *
   * @throws InvalidEventPatternException if the name is {@code $or} (use {@link Or})
   */
  public Field {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(value, "value");
    if (Keywords.OR.equals(name)) {
      throw new InvalidEventPatternException(
          value instanceof ObjectPattern
              ? "It must be an Array followed with $or."
              : "Only JSON object is allowed in array of $or relationship.");
    }
  }

  /**
   * Structural equality, computed without recursion (see {@link ObjectPattern#equals(Object)}).
   *
   * @param other another object
   * @return whether it is an equal field
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof Field && Structure.equal(this, other);
  }

  /**
   * A hash code consistent with {@link #equals(Object)}, computed without recursion.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Structure.hash(this);
  }

  /**
   * The compact JSON of this member, as it appears inside an object.
   *
   * @return {@code "name":value}
   */
  @Override
  public String toString() {
    return Renderer.compact(this);
  }
}
