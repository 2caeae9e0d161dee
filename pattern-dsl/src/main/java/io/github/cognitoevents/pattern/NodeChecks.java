package io.github.cognitoevents.pattern;

import io.github.cognitoevents.pattern.internal.Checks;
import java.util.List;

/**
 * Checks of operator values that need the model's types (the string and number checks live in
 * {@link Checks}), each returning EventBridge's reason or {@code null} when the value is valid.
 */
final class NodeChecks {

  private static final int STRING = 0;
  private static final int NUMBER = 1;
  private static final int OTHER = 2;

  private NodeChecks() {}

  /**
   * Checks the values of an {@code anything-but} with exact values.
   *
   * @param values the values
   * @param list whether the array form is used
   * @return the reason, or {@code null} if valid
   */
  static String anythingButValuesError(List<Literal> values, boolean list) {
    if (!list) {
      if (values.size() != 1) {
        throw new IllegalArgumentException(
            "the single-value form takes exactly one value, got " + values.size());
      }
      Literal value = values.get(0);
      int kind = value.accept(LITERAL_KIND);
      if (kind == NUMBER) {
        return Checks.comparableError(((NumberLiteral) value).text());
      }
      return kind == STRING ? null : Checks.ANYTHING_BUT_VALUE;
    }
    boolean hasNumber = false;
    boolean hasString = false;
    for (Literal value : values) {
      int kind = value.accept(LITERAL_KIND);
      if (kind == STRING) {
        hasString = true;
      } else if (kind == NUMBER) {
        String error = Checks.comparableError(((NumberLiteral) value).text());
        if (error != null) {
          return error;
        }
        hasNumber = true;
      } else {
        return Checks.ANYTHING_BUT_LIST_TYPE;
      }
    }
    return hasNumber == hasString ? Checks.ANYTHING_BUT_LIST_MIXED : null;
  }

  /**
   * Checks the shape, operands and bounds of a {@code numeric} condition.
   *
   * @param comparisons the comparisons
   * @return the reason, or {@code null} if valid
   */
  static String numericError(List<Comparison> comparisons) {
    if (comparisons.isEmpty()) {
      return "Invalid member in numeric match: ]";
    }
    Comparison first = comparisons.get(0);
    ComparisonOperator op = first.operator();
    if (!op.isLowerBound()) {
      if (comparisons.size() > 1) {
        return "Too many elements in numeric expression";
      }
      return Checks.comparableError(first.operand().text());
    }
    if (comparisons.size() == 1) {
      return Checks.comparableError(first.operand().text());
    }
    Comparison second = comparisons.get(1);
    if (!second.operator().isUpperBound()) {
      return "Bad numeric range operator: " + second.operator().symbol();
    }
    if (comparisons.size() > 2) {
      return "Too many terms in numeric range expression";
    }
    String error = Checks.comparableError(first.operand().text());
    if (error == null) {
      error = Checks.comparableError(second.operand().text());
    }
    if (error == null
        && first.operand().decimal().doubleValue() >= second.operand().decimal().doubleValue()) {
      error = "Bottom must be less than top";
    }
    return error;
  }

  /** Which values {@code anything-but} accepts: strings and numbers, nothing else. */
  private static final ConditionVisitor<Integer> LITERAL_KIND =
      new ConditionVisitor<>() {
        @Override
        public Integer visitString(StringLiteral condition) {
          return STRING;
        }

        @Override
        public Integer visitNumber(NumberLiteral condition) {
          return NUMBER;
        }

        @Override
        public Integer visitBoolean(BooleanLiteral condition) {
          return OTHER;
        }

        @Override
        public Integer visitNull(NullLiteral condition) {
          return OTHER;
        }

        @Override
        public Integer visitPrefix(Prefix condition) {
          return OTHER;
        }

        @Override
        public Integer visitSuffix(Suffix condition) {
          return OTHER;
        }

        @Override
        public Integer visitEqualsIgnoreCase(EqualsIgnoreCase condition) {
          return OTHER;
        }

        @Override
        public Integer visitWildcard(Wildcard condition) {
          return OTHER;
        }

        @Override
        public Integer visitExists(Exists condition) {
          return OTHER;
        }

        @Override
        public Integer visitNumeric(Numeric condition) {
          return OTHER;
        }

        @Override
        public Integer visitCidr(Cidr condition) {
          return OTHER;
        }

        @Override
        public Integer visitAnythingButValues(AnythingButValues condition) {
          return OTHER;
        }

        @Override
        public Integer visitAnythingButPrefix(AnythingButPrefix condition) {
          return OTHER;
        }

        @Override
        public Integer visitAnythingButSuffix(AnythingButSuffix condition) {
          return OTHER;
        }

        @Override
        public Integer visitAnythingButIgnoreCase(AnythingButIgnoreCase condition) {
          return OTHER;
        }

        @Override
        public Integer visitAnythingButWildcard(AnythingButWildcard condition) {
          return OTHER;
        }
      };
}
