package io.github.cognitoevents.pattern;

/**
 * One element of a {@link MatchList}: a literal value or an operator such as {@code prefix} or
 * {@code numeric}. The conditions of one list are OR-ed.
 */
public sealed interface Condition extends Match
    permits Literal,
        Prefix,
        Suffix,
        EqualsIgnoreCase,
        Wildcard,
        Exists,
        Numeric,
        Cidr,
        AnythingBut {

  /**
   * Calls the visitor's method for this operator: the one dispatch over the operators.
   *
   * @param visitor the visitor
   * @param <R> what the visitor returns
   * @return the visitor's result
   */
  <R> R accept(ConditionVisitor<R> visitor);

  /**
   * This condition alone.
   *
   * @return a list holding this condition
   */
  @Override
  default java.util.List<Condition> asConditions() {
    return java.util.List.of(this);
  }
}
