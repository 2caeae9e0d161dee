package io.github.cognitoevents.pattern;

import io.github.cognitoevents.pattern.internal.WildcardComplexity;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The limits EventBridge applies on top of the syntax: length, {@code $or} combinations, wildcard
 * complexity. The structure is walked without recursion.
 */
final class Limits {
  /** EventBridge's message for a too complex wildcard pattern (recorded from AWS). */
  static final String TOO_COMPLEX =
      "Rule is too complex - try using fewer wildcard characters or fewer repeating character"
          + " sequences after a wildcard character";

  private Limits() {}

  /**
   * Checks the length limit. The message is modelled on the AWS API validation message; the exact
   * AWS text for an over-long pattern is not recorded (unverified).
   *
   * @param json the pattern text
   * @param limits the limits
   * @throws InvalidEventPatternException if the text is longer than {@code limits.maxLength()}
   */
  static void checkLength(String json, PatternLimits limits) {
    if (json.length() > limits.maxLength()) {
      throw new InvalidEventPatternException(
          "1 validation error detected: Value at 'eventPattern' failed to satisfy constraint: Member"
              + " must have length less than or equal to "
              + limits.maxLength());
    }
  }

  /**
   * Checks the {@code $or} combinations and the wildcard complexity.
   *
   * @param root the pattern root
   * @param limits the limits
   * @throws InvalidEventPatternException if a limit is exceeded
   */
  static void checkStructure(ObjectPattern root, PatternLimits limits) {
    long combinations = orCombinations(root);
    if (combinations > limits.maxOrCombinations()) {
      throw new InvalidEventPatternException(
          "The use of $or results in "
              + (combinations == Long.MAX_VALUE ? "too many" : Long.toString(combinations))
              + " rule combinations, more than the maximum of "
              + limits.maxOrCombinations());
    }
    if (wildcardComplexity(root, limits.maxWildcardComplexity() + 1)
        > limits.maxWildcardComplexity()) {
      throw new InvalidEventPatternException(TOO_COMPLEX);
    }
  }

  /**
   * The number of sub-rules the {@code $or} members expand to, saturating at {@code
   * Long.MAX_VALUE}: the product over an object's members, where an {@code $or} counts the sum over
   * its branches.
   *
   * @param root a pattern object
   * @return the count, at least 1
   */
  static long orCombinations(ObjectPattern root) {
    OrCounter counter = new OrCounter();
    root.walk(counter);
    return counter.result;
  }

  /** Products (objects) and sums ({@code $or}) on a stack. */
  private static final class OrCounter implements PatternVisitor {
    private long[] values = new long[16];
    private boolean[] sums = new boolean[16];
    private int depth;
    long result = 1;

    @Override
    public void enterObject(ObjectPattern object) {
      push(1, false);
    }

    @Override
    public void exitObject(ObjectPattern object) {
      long product = values[--depth];
      if (depth == 0) {
        result = product;
      } else if (sums[depth - 1]) {
        values[depth - 1] = saturatingAdd(values[depth - 1], product);
      } else {
        values[depth - 1] = saturatingMultiply(values[depth - 1], product);
      }
    }

    @Override
    public void enterField(Field field) {}

    @Override
    public void exitField(Field field) {}

    @Override
    public void enterOr(Or or) {
      push(0, true);
    }

    @Override
    public void exitOr(Or or) {
      long sum = values[--depth];
      values[depth - 1] = saturatingMultiply(values[depth - 1], sum);
    }

    @Override
    public void visitMatchList(MatchList list) {}

    private void push(long value, boolean sum) {
      if (depth == values.length) {
        values = Arrays.copyOf(values, depth * 2);
        sums = Arrays.copyOf(sums, depth * 2);
      }
      values[depth] = value;
      sums[depth] = sum;
      depth++;
    }
  }

  private static long saturatingAdd(long a, long b) {
    long sum = a + b;
    return sum < 0 ? Long.MAX_VALUE : sum;
  }

  private static long saturatingMultiply(long a, long b) {
    if (a != 0 && b > Long.MAX_VALUE / a) {
      return Long.MAX_VALUE;
    }
    return a * b;
  }

  /**
   * The wildcard complexity: for each field path, the wildcard patterns used on it ({@code
   * wildcard} and {@code anything-but} {@code wildcard}, anywhere in the pattern, {@code $or}
   * branches included) are scored together by {@link WildcardComplexity}. The result is the maximum
   * over paths, capped at {@code cap}.
   *
   * @param root the pattern root
   * @param cap stop and return {@code cap} once a score reaches it
   * @return the score
   */
  static int wildcardComplexity(ObjectPattern root, int cap) {
    Map<String, List<String>> byPath = new LinkedHashMap<>();
    // field names on the way down; a path is joined only where a wildcard is used, so a deep
    // pattern costs its depth once, not once per level
    List<String> names = new ArrayList<>();
    root.walk(
        new PatternVisitor() {
          @Override
          public void enterObject(ObjectPattern object) {}

          @Override
          public void exitObject(ObjectPattern object) {}

          @Override
          public void enterField(Field field) {
            names.add(field.name());
          }

          @Override
          public void exitField(Field field) {
            names.remove(names.size() - 1);
          }

          @Override
          public void enterOr(Or or) {}

          @Override
          public void exitOr(Or or) {}

          @Override
          public void visitMatchList(MatchList list) {
            for (Condition condition : list.conditions()) {
              List<String> patterns = condition.accept(WILDCARD_PATTERNS);
              if (!patterns.isEmpty()) {
                byPath
                    .computeIfAbsent(String.join(".", names), k -> new ArrayList<>())
                    .addAll(patterns);
              }
            }
          }
        });
    int max = 0;
    for (List<String> patterns : byPath.values()) {
      max = Math.max(max, WildcardComplexity.score(patterns, cap));
      if (max >= cap) {
        return cap;
      }
    }
    return max;
  }

  /**
   * The wildcard patterns a condition contributes to the complexity of its path, each prefixed with
   * {@code w} ({@code wildcard}) or {@code n} ({@code anything-but} {@code wildcard}).
   */
  private static final ConditionVisitor<List<String>> WILDCARD_PATTERNS =
      new ConditionVisitor<>() {
        @Override
        public List<String> visitString(StringLiteral condition) {
          return List.of();
        }

        @Override
        public List<String> visitNumber(NumberLiteral condition) {
          return List.of();
        }

        @Override
        public List<String> visitBoolean(BooleanLiteral condition) {
          return List.of();
        }

        @Override
        public List<String> visitNull(NullLiteral condition) {
          return List.of();
        }

        @Override
        public List<String> visitPrefix(Prefix condition) {
          return List.of();
        }

        @Override
        public List<String> visitSuffix(Suffix condition) {
          return List.of();
        }

        @Override
        public List<String> visitEqualsIgnoreCase(EqualsIgnoreCase condition) {
          return List.of();
        }

        @Override
        public List<String> visitWildcard(Wildcard condition) {
          return List.of("w" + condition.pattern());
        }

        @Override
        public List<String> visitExists(Exists condition) {
          return List.of();
        }

        @Override
        public List<String> visitNumeric(Numeric condition) {
          return List.of();
        }

        @Override
        public List<String> visitCidr(Cidr condition) {
          return List.of();
        }

        @Override
        public List<String> visitAnythingButValues(AnythingButValues condition) {
          return List.of();
        }

        @Override
        public List<String> visitAnythingButPrefix(AnythingButPrefix condition) {
          return List.of();
        }

        @Override
        public List<String> visitAnythingButSuffix(AnythingButSuffix condition) {
          return List.of();
        }

        @Override
        public List<String> visitAnythingButIgnoreCase(AnythingButIgnoreCase condition) {
          return List.of();
        }

        @Override
        public List<String> visitAnythingButWildcard(AnythingButWildcard condition) {
          List<String> out = new ArrayList<>();
          for (String value : condition.values()) {
            out.add("n" + value);
          }
          return out;
        }
      };
}
