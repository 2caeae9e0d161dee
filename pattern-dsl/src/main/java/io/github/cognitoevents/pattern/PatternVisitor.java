package io.github.cognitoevents.pattern;

/**
 * Callbacks of a depth-first walk over the structure of a pattern, driven by {@link
 * ObjectPattern#walk(PatternVisitor)} or {@link EventPattern#walk(PatternVisitor)}: objects,
 * fields, {@code $or} members and their branches, and the match lists at the leaves (whose
 * conditions are dispatched with {@link ConditionVisitor}).
 *
 * <p>The walk keeps its own stack instead of recursing, so patterns of any depth (the DSL builds
 * them without limit) are walked without a {@link StackOverflowError}. Members are visited in
 * written order, duplicates included.
 *
 * <pre>{@code
 * {"a":{"b":["x"]},"$or":[{"c":[1]},{"d":[2]}]}
 *
 * enterObject(root)
 *   enterField(a)  enterObject({"b":...})  enterField(b)  visitMatchList(["x"])  exitField(b)
 *                  exitObject(...)         exitField(a)
 *   enterOr($or)   enterObject({"c":[1]}) ... exitObject(...)
 *                  enterObject({"d":[2]}) ... exitObject(...)   exitOr($or)
 * exitObject(root)
 * }</pre>
 */
public interface PatternVisitor {

  /**
   * Before the members of an object: the root, the value of a field, or a branch of an {@code $or}.
   *
   * @param object the object
   */
  void enterObject(ObjectPattern object);

  /**
   * After the members of an object.
   *
   * @param object the object
   */
  void exitObject(ObjectPattern object);

  /**
   * Before the value of a field.
   *
   * @param field the field
   */
  void enterField(Field field);

  /**
   * After the value of a field.
   *
   * @param field the field
   */
  void exitField(Field field);

  /**
   * Before the branches of an {@code $or} member (each branch is then entered as an object).
   *
   * @param or the member
   */
  void enterOr(Or or);

  /**
   * After the branches of an {@code $or} member.
   *
   * @param or the member
   */
  void exitOr(Or or);

  /**
   * The match list of a leaf field (between {@link #enterField} and {@link #exitField}).
   *
   * @param list the match list
   */
  void visitMatchList(MatchList list);
}
