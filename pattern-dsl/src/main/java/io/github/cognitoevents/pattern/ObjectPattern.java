package io.github.cognitoevents.pattern;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A JSON object of a pattern: its members in written order, duplicates kept as written.
 *
 * <pre>{@code
 * ObjectPattern detail = EventPattern.parse("{\"detail\":{\"state\":[\"running\"]}}").root();
 * }</pre>
 *
 * @param members the members, never empty
 */
public record ObjectPattern(List<Member> members) implements PatternValue {

  /**
   * Copies the members and checks the object is not empty.
   *
   * @throws InvalidEventPatternException {@code Empty objects are not allowed} if there is no
   *     member
   */
  public ObjectPattern {
    members = List.copyOf(Objects.requireNonNull(members, "members"));
    if (members.isEmpty()) {
      throw new InvalidEventPatternException("Empty objects are not allowed");
    }
  }

  /**
   * The fields of this object with duplicate names resolved as EventBridge resolves them: for a
   * name written several times, the last leaf field wins, and object-valued fields of the same name
   * are merged (their members concatenated in written order). Fields keep the order of their first
   * appearance; {@code $or} members are not included. Dotted names are not expanded, so {@code
   * "a.b"} and {@code "a":{"b":...}} stay distinct entries.
   *
   * @return the effective fields
   */
  public List<Field> effectiveFields() {
    Map<String, Field> byName = new LinkedHashMap<>();
    for (Member member : members) {
      if (member instanceof Field field) {
        Field earlier = byName.get(field.name());
        if (earlier != null
            && earlier.value() instanceof ObjectPattern first
            && field.value() instanceof ObjectPattern second) {
          List<Member> merged = new ArrayList<>(first.members());
          merged.addAll(second.members());
          byName.put(field.name(), new Field(field.name(), new ObjectPattern(merged)));
        } else {
          byName.put(field.name(), field);
        }
      }
    }
    return List.copyOf(byName.values());
  }

  /**
   * Walks this object depth first, in written order, calling the visitor for every object, field,
   * {@code $or} and match list (see {@link PatternVisitor}). The walk keeps its own stack: any
   * depth is walked without a {@link StackOverflowError}.
   *
   * @param visitor the callbacks
   */
  public void walk(PatternVisitor visitor) {
    Structure.walk(this, Objects.requireNonNull(visitor, "visitor"));
  }

  /**
   * Structural equality: the same members in the same order, compared without recursion, so
   * patterns of any depth compare without a {@link StackOverflowError}.
   *
   * @param other another object
   * @return whether it is an equal object
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof ObjectPattern && Structure.equal(this, other);
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
   * The compact JSON of this object.
   *
   * @return compact JSON
   */
  @Override
  public String toString() {
    return Renderer.compact(this);
  }
}
