package io.github.cognitoevents.pattern;

/**
 * The one dispatch over the operators of the pattern language: one method per kind of {@link
 * Condition}, called by {@link Condition#accept(ConditionVisitor)}.
 *
 * <p>Every concern that treats operators differently (rendering, validation limits, matcher
 * compilation, generators, explanations) implements this interface instead of testing {@code
 * instanceof}, so a new operator does not compile until every concern has said what it does with
 * it. There are deliberately no default methods.
 *
 * <pre>{@code
 * boolean stringOnly = condition.accept(new ConditionVisitor<Boolean>() { ... });
 * }</pre>
 *
 * <p>The structure around the conditions (objects, fields, {@code $or}, match lists) is walked by
 * {@link ObjectPattern#walk(PatternVisitor)}.
 *
 * @param <R> what the visitor returns
 */
public interface ConditionVisitor<R> {

  /**
   * An exact string: {@code "x"}.
   *
   * @param condition the condition
   * @return the result
   */
  R visitString(StringLiteral condition);

  /**
   * An exact number: {@code 300}.
   *
   * @param condition the condition
   * @return the result
   */
  R visitNumber(NumberLiteral condition);

  /**
   * An exact {@code true} or {@code false}.
   *
   * @param condition the condition
   * @return the result
   */
  R visitBoolean(BooleanLiteral condition);

  /**
   * An exact {@code null}.
   *
   * @param condition the condition
   * @return the result
   */
  R visitNull(NullLiteral condition);

  /**
   * {@code {"prefix":...}}.
   *
   * @param condition the condition
   * @return the result
   */
  R visitPrefix(Prefix condition);

  /**
   * {@code {"suffix":...}}.
   *
   * @param condition the condition
   * @return the result
   */
  R visitSuffix(Suffix condition);

  /**
   * {@code {"equals-ignore-case":...}}.
   *
   * @param condition the condition
   * @return the result
   */
  R visitEqualsIgnoreCase(EqualsIgnoreCase condition);

  /**
   * {@code {"wildcard":...}}.
   *
   * @param condition the condition
   * @return the result
   */
  R visitWildcard(Wildcard condition);

  /**
   * {@code {"exists":true}} or {@code {"exists":false}}.
   *
   * @param condition the condition
   * @return the result
   */
  R visitExists(Exists condition);

  /**
   * {@code {"numeric":[...]}}.
   *
   * @param condition the condition
   * @return the result
   */
  R visitNumeric(Numeric condition);

  /**
   * {@code {"cidr":...}}.
   *
   * @param condition the condition
   * @return the result
   */
  R visitCidr(Cidr condition);

  /**
   * {@code {"anything-but":...}} with exact values.
   *
   * @param condition the condition
   * @return the result
   */
  R visitAnythingButValues(AnythingButValues condition);

  /**
   * {@code {"anything-but":{"prefix":...}}}.
   *
   * @param condition the condition
   * @return the result
   */
  R visitAnythingButPrefix(AnythingButPrefix condition);

  /**
   * {@code {"anything-but":{"suffix":...}}}.
   *
   * @param condition the condition
   * @return the result
   */
  R visitAnythingButSuffix(AnythingButSuffix condition);

  /**
   * {@code {"anything-but":{"equals-ignore-case":...}}}.
   *
   * @param condition the condition
   * @return the result
   */
  R visitAnythingButIgnoreCase(AnythingButIgnoreCase condition);

  /**
   * {@code {"anything-but":{"wildcard":...}}}.
   *
   * @param condition the condition
   * @return the result
   */
  R visitAnythingButWildcard(AnythingButWildcard condition);
}
