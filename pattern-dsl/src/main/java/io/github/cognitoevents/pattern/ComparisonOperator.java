package io.github.cognitoevents.pattern;

/** The operators of {@code numeric}: {@code =}, {@code <}, {@code <=}, {@code >}, {@code >=}. */
public enum ComparisonOperator {
  /** {@code =} */
  EQ("="),
  /** {@code <} */
  LT("<"),
  /** {@code <=} */
  LE("<="),
  /** {@code >} */
  GT(">"),
  /** {@code >=} */
  GE(">=");

  private final String symbol;

  ComparisonOperator(String symbol) {
    this.symbol = symbol;
  }

  /**
   * The operator as written in JSON.
   *
   * @return the symbol, for example {@code >=}
   */
  public String symbol() {
    return symbol;
  }

  /**
   * The operator for a symbol.
   *
   * @param symbol the JSON text
   * @return the operator, or {@code null} if the symbol is not an operator
   */
  public static ComparisonOperator fromSymbol(String symbol) {
    for (ComparisonOperator op : values()) {
      if (op.symbol.equals(symbol)) {
        return op;
      }
    }
    return null;
  }

  /**
   * Whether this operator can start a two-sided range ({@code >} or {@code >=}).
   *
   * @return {@code true} for {@link #GT} and {@link #GE}
   */
  public boolean isLowerBound() {
    return this == GT || this == GE;
  }

  /**
   * Whether this operator can end a two-sided range ({@code <} or {@code <=}).
   *
   * @return {@code true} for {@link #LT} and {@link #LE}
   */
  public boolean isUpperBound() {
    return this == LT || this == LE;
  }
}
