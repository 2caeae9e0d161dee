package io.github.cognitoevents.pattern;

import io.github.cognitoevents.pattern.internal.Keywords;
import io.github.cognitoevents.pattern.internal.PatternRenderer;
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
    for (ObjectPattern branch : branches) {
      checkReserved(branch);
    }
  }

  private static void checkReserved(ObjectPattern object) {
    for (Member member : object.members()) {
      if (member instanceof Field field) {
        if (Keywords.isReservedInOr(field.name())) {
          throw new InvalidEventPatternException(
              field.name() + " is Ruler reserved fieldName which cannot be used inside $or.");
        }
        if (field.value() instanceof ObjectPattern nested) {
          checkReserved(nested);
        }
      }
    }
  }

  /**
   * The compact JSON of this member.
   *
   * @return {@code "$or":[...]}
   */
  @Override
  public String toString() {
    return PatternRenderer.compact(this);
  }
}
