package io.github.cognitoevents.pattern;

import io.github.cognitoevents.pattern.internal.Keywords;
import java.util.List;
import java.util.Objects;

/**
 * An {@code "$or": [ {...}, {...} ]} member: the object matches if its other members match and any
 * branch matches. Branch keys are relative to the object holding the {@code $or}.
 *
 * @param branches two or more branches
 */
public record Or(List<ObjectPattern> branches) implements Member {

  /**
   * Copies the branches and checks them as EventBridge does.
   *
   * @throws InvalidEventPatternException with fewer than two branches, or when an operator name is
   *     used as a field name inside a branch
   */
  public Or {
    branches = List.copyOf(Objects.requireNonNull(branches, "branches"));
    if (branches.size() < 2) {
      throw new InvalidEventPatternException(
          "There must have at least 2 Objects in $or relationship.");
    }
    checkReserved(branches);
  }

  /**
   * Field names inside the branches, at any depth, must not be operator names. Nested {@code $or}
   * members were checked when they were built and pass again.
   */
  private static void checkReserved(List<ObjectPattern> branches) {
    PatternVisitor check =
        new PatternVisitor() {
          @Override
          public void enterObject(ObjectPattern object) {}

          @Override
          public void exitObject(ObjectPattern object) {}

          @Override
          public void enterField(Field field) {
            if (Keywords.isReservedInOr(field.name())) {
              throw new InvalidEventPatternException(
                  field.name() + " is Ruler reserved fieldName which cannot be used inside $or.");
            }
          }

          @Override
          public void exitField(Field field) {}

          @Override
          public void enterOr(Or or) {}

          @Override
          public void exitOr(Or or) {}

          @Override
          public void visitMatchList(MatchList list) {}
        };
    for (ObjectPattern branch : branches) {
      Structure.walk(branch, check);
    }
  }

  /**
   * Structural equality, computed without recursion (see {@link ObjectPattern#equals(Object)}).
   *
   * @param other another object
   * @return whether it is an equal member
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof Or && Structure.equal(this, other);
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
   * The compact JSON of this member.
   *
   * @return {@code "$or":[...]}
   */
  @Override
  public String toString() {
    return Renderer.compact(this);
  }
}
