package io.github.cognitoevents.pattern;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The pattern DSL: static factories meant to be imported with {@code import static
 * io.github.cognitoevents.pattern.Patterns.*}. Every value built is immutable and checked as it is
 * built, with the same {@link InvalidEventPatternException} messages as {@link
 * EventPattern#parse(String)}.
 *
 * <pre>{@code
 * EventPattern rule =
 *     pattern(
 *         field("source", "aws.cognito-idp"),
 *         field("detail",
 *             field("eventSource", "cognito-idp.amazonaws.com"),
 *             field("eventType", "AwsApiCall"),
 *             field("eventName", anyOf("DeleteUserPoolClient", "UpdateUserPoolClient"))));
 *
 * pattern(
 *     field("detail.size", greaterThan(0).lessThanOrEqualTo(1024)),
 *     field("detail.key", suffix(".png"), suffixIgnoreCase(".jpg")),
 *     or(field("detail.ip", cidr("10.0.0.0/8")), field("detail.user", doesNotExist())));
 * }</pre>
 *
 * <p>Keys may be nested ({@code field("detail", field("state", ...))}) or dotted ({@code
 * field("detail.state", ...)}); EventBridge treats both alike. Several matches on one field are
 * OR-ed.
 */
public final class Patterns {
  private Patterns() {}

  // ---- structure ----------------------------------------------------------------------------

  /**
   * A pattern from its top-level members, checked against the {@link PatternLimits#rules() rule
   * limits}.
   *
   * @param first the first member
   * @param more further members
   * @return the pattern
   * @throws InvalidEventPatternException if a limit is exceeded
   */
  public static EventPattern pattern(Member first, Member... more) {
    return EventPattern.of(allOf(first, more));
  }

  /**
   * An object whose members must all match: an {@code $or} branch, or a pattern root.
   *
   * @param first the first member
   * @param more further members
   * @return the object
   */
  public static ObjectPattern allOf(Member first, Member... more) {
    return new ObjectPattern(list(first, more));
  }

  /**
   * A leaf field matching any of the given strings exactly: {@code "name":["a","b"]}.
   *
   * @param name the key, may be dotted
   * @param first the first value
   * @param more further values
   * @return the field
   */
  public static Field field(String name, String first, String... more) {
    return new Field(name, anyOf(first, more));
  }

  /**
   * A leaf field matching any of the given matches: {@code "name":[...]}.
   *
   * @param name the key, may be dotted
   * @param first the first match
   * @param more further matches, OR-ed
   * @return the field
   */
  public static Field field(String name, Match first, Match... more) {
    return new Field(name, anyOf(first, more));
  }

  /**
   * A nested field: {@code "name":{...}}.
   *
   * @param name the key, may be dotted
   * @param first the first nested member
   * @param more further nested members
   * @return the field
   */
  public static Field field(String name, Member first, Member... more) {
    return new Field(name, allOf(first, more));
  }

  /**
   * An {@code $or} of branches, each an object of several members.
   *
   * @param first the first branch
   * @param second the second branch
   * @param more further branches
   * @return the {@code $or} member
   */
  public static Or or(ObjectPattern first, ObjectPattern second, ObjectPattern... more) {
    List<ObjectPattern> branches = new ArrayList<>();
    branches.add(Objects.requireNonNull(first, "first"));
    branches.add(Objects.requireNonNull(second, "second"));
    for (ObjectPattern branch : more) {
      branches.add(Objects.requireNonNull(branch, "branch"));
    }
    return new Or(branches);
  }

  /**
   * An {@code $or} of branches of one member each.
   *
   * @param first the first branch
   * @param second the second branch
   * @param more further branches
   * @return the {@code $or} member
   */
  public static Or or(Member first, Member second, Member... more) {
    List<ObjectPattern> branches = new ArrayList<>();
    branches.add(allOf(first));
    branches.add(allOf(second));
    for (Member member : more) {
      branches.add(allOf(member));
    }
    return new Or(branches);
  }

  // ---- match lists --------------------------------------------------------------------------

  /**
   * Exact strings, OR-ed: {@code ["a","b"]}.
   *
   * @param first the first value
   * @param more further values
   * @return the match list
   */
  public static MatchList anyOf(String first, String... more) {
    List<Condition> conditions = new ArrayList<>();
    conditions.add(value(first));
    for (String value : more) {
      conditions.add(value(value));
    }
    return new MatchList(conditions);
  }

  /**
   * Exact numbers, OR-ed: {@code [1,2]}.
   *
   * @param first the first value
   * @param more further values
   * @return the match list
   */
  public static MatchList anyOf(long first, long... more) {
    List<Condition> conditions = new ArrayList<>();
    conditions.add(value(first));
    for (long value : more) {
      conditions.add(value(value));
    }
    return new MatchList(conditions);
  }

  /**
   * Matches, OR-ed, in one list.
   *
   * @param first the first match
   * @param more further matches
   * @return the match list
   */
  public static MatchList anyOf(Match first, Match... more) {
    List<Condition> conditions = new ArrayList<>(first.asConditions());
    for (Match match : more) {
      conditions.addAll(Objects.requireNonNull(match, "match").asConditions());
    }
    return new MatchList(conditions);
  }

  // ---- exact values -------------------------------------------------------------------------

  /**
   * An exact string: {@code "x"}.
   *
   * @param value the string
   * @return the literal
   */
  public static StringLiteral value(String value) {
    return new StringLiteral(value);
  }

  /**
   * An exact number: {@code 5}.
   *
   * @param value the number
   * @return the literal
   */
  public static NumberLiteral value(long value) {
    return NumberLiteral.of(value);
  }

  /**
   * An exact number: {@code 2.5}.
   *
   * @param value a finite number
   * @return the literal
   */
  public static NumberLiteral value(double value) {
    return NumberLiteral.of(value);
  }

  /**
   * An exact number, written as {@link BigDecimal#toString()}.
   *
   * @param value the number
   * @return the literal
   */
  public static NumberLiteral value(BigDecimal value) {
    return NumberLiteral.of(value);
  }

  /**
   * An exact boolean: {@code true} or {@code false}.
   *
   * @param value the boolean
   * @return the literal
   */
  public static BooleanLiteral value(boolean value) {
    return new BooleanLiteral(value);
  }

  /**
   * The exact value {@code null}.
   *
   * @return the literal
   */
  public static NullLiteral nullValue() {
    return new NullLiteral();
  }

  // ---- string operators ---------------------------------------------------------------------

  /**
   * {@code {"prefix":"x"}}.
   *
   * @param prefix the prefix
   * @return the condition
   */
  public static Prefix prefix(String prefix) {
    return new Prefix(prefix, false);
  }

  /**
   * {@code {"prefix":{"equals-ignore-case":"x"}}}.
   *
   * @param prefix the prefix, compared without regard to case
   * @return the condition
   */
  public static Prefix prefixIgnoreCase(String prefix) {
    return new Prefix(prefix, true);
  }

  /**
   * {@code {"suffix":"x"}}.
   *
   * @param suffix the suffix
   * @return the condition
   */
  public static Suffix suffix(String suffix) {
    return new Suffix(suffix, false);
  }

  /**
   * {@code {"suffix":{"equals-ignore-case":"x"}}}.
   *
   * @param suffix the suffix, compared without regard to case
   * @return the condition
   */
  public static Suffix suffixIgnoreCase(String suffix) {
    return new Suffix(suffix, true);
  }

  /**
   * {@code {"equals-ignore-case":"x"}}.
   *
   * @param value the string
   * @return the condition
   */
  public static EqualsIgnoreCase equalsIgnoreCase(String value) {
    return new EqualsIgnoreCase(value);
  }

  /**
   * {@code {"wildcard":"a*b"}}: {@code *} matches any run of characters.
   *
   * @param pattern the wildcard pattern ({@code \*} is a literal star)
   * @return the condition
   * @throws InvalidEventPatternException on {@code **} or a bad escape
   */
  public static Wildcard wildcard(String pattern) {
    return new Wildcard(pattern);
  }

  /**
   * {@code {"cidr":"10.0.0.0/24"}}.
   *
   * @param range an IPv4 or IPv6 CIDR range
   * @return the condition
   * @throws InvalidEventPatternException with EventBridge's CIDR message if malformed
   */
  public static Cidr cidr(String range) {
    return new Cidr(range);
  }

  // ---- exists -------------------------------------------------------------------------------

  /**
   * {@code {"exists":true}}.
   *
   * @return the condition
   */
  public static Exists exists() {
    return new Exists(true);
  }

  /**
   * {@code {"exists":false}}.
   *
   * @return the condition
   */
  public static Exists doesNotExist() {
    return new Exists(false);
  }

  // ---- anything-but -------------------------------------------------------------------------

  /**
   * {@code {"anything-but":"x"}}, or with several values {@code {"anything-but":["x","y"]}}.
   *
   * @param first the first excluded string
   * @param more further excluded strings
   * @return the condition
   */
  public static AnythingButValues anythingBut(String first, String... more) {
    List<Literal> values = new ArrayList<>();
    values.add(value(first));
    for (String value : more) {
      values.add(value(value));
    }
    return new AnythingButValues(values, more.length > 0);
  }

  /**
   * {@code {"anything-but":5}}, or with several values {@code {"anything-but":[5,6]}}.
   *
   * @param first the first excluded number
   * @param more further excluded numbers
   * @return the condition
   */
  public static AnythingButValues anythingBut(long first, long... more) {
    List<Literal> values = new ArrayList<>();
    values.add(value(first));
    for (long value : more) {
      values.add(value(value));
    }
    return new AnythingButValues(values, more.length > 0);
  }

  /**
   * {@code {"anything-but":2.5}}, or with several values a list.
   *
   * @param first the first excluded number
   * @param more further excluded numbers
   * @return the condition
   */
  public static AnythingButValues anythingBut(double first, double... more) {
    List<Literal> values = new ArrayList<>();
    values.add(value(first));
    for (double value : more) {
      values.add(value(value));
    }
    return new AnythingButValues(values, more.length > 0);
  }

  /**
   * {@code {"anything-but":{"prefix":"x"}}}, or with several values a list.
   *
   * @param first the first excluded prefix, not empty
   * @param more further excluded prefixes
   * @return the condition
   * @throws InvalidEventPatternException {@code Null prefix/suffix not allowed} for an empty prefix
   */
  public static AnythingButPrefix anythingButPrefix(String first, String... more) {
    return new AnythingButPrefix(list(first, more), more.length > 0);
  }

  /**
   * {@code {"anything-but":{"suffix":"x"}}}, or with several values a list.
   *
   * @param first the first excluded suffix, not empty
   * @param more further excluded suffixes
   * @return the condition
   * @throws InvalidEventPatternException {@code Null prefix/suffix not allowed} for an empty suffix
   */
  public static AnythingButSuffix anythingButSuffix(String first, String... more) {
    return new AnythingButSuffix(list(first, more), more.length > 0);
  }

  /**
   * {@code {"anything-but":{"equals-ignore-case":"x"}}}, or with several values a list.
   *
   * @param first the first excluded string
   * @param more further excluded strings
   * @return the condition
   */
  public static AnythingButIgnoreCase anythingButIgnoreCase(String first, String... more) {
    return new AnythingButIgnoreCase(list(first, more), more.length > 0);
  }

  /**
   * {@code {"anything-but":{"wildcard":"x*"}}}, or with several values a list.
   *
   * @param first the first excluded wildcard pattern
   * @param more further excluded wildcard patterns
   * @return the condition
   */
  public static AnythingButWildcard anythingButWildcard(String first, String... more) {
    return new AnythingButWildcard(list(first, more), more.length > 0);
  }

  // ---- numeric ------------------------------------------------------------------------------

  /**
   * {@code {"numeric":[">",n]}}, which can be closed with an upper bound.
   *
   * @param bottom the exclusive lower bound
   * @return the lower bound
   */
  public static LowerBound greaterThan(long bottom) {
    return new LowerBound(ComparisonOperator.GT, NumberLiteral.of(bottom));
  }

  /**
   * {@code {"numeric":[">",n]}}, which can be closed with an upper bound.
   *
   * @param bottom the exclusive lower bound
   * @return the lower bound
   */
  public static LowerBound greaterThan(double bottom) {
    return new LowerBound(ComparisonOperator.GT, NumberLiteral.of(bottom));
  }

  /**
   * {@code {"numeric":[">",n]}}, which can be closed with an upper bound.
   *
   * @param bottom the exclusive lower bound
   * @return the lower bound
   */
  public static LowerBound greaterThan(BigDecimal bottom) {
    return new LowerBound(ComparisonOperator.GT, NumberLiteral.of(bottom));
  }

  /**
   * {@code {"numeric":[">=",n]}}, which can be closed with an upper bound.
   *
   * @param bottom the inclusive lower bound
   * @return the lower bound
   */
  public static LowerBound greaterThanOrEqualTo(long bottom) {
    return new LowerBound(ComparisonOperator.GE, NumberLiteral.of(bottom));
  }

  /**
   * {@code {"numeric":[">=",n]}}, which can be closed with an upper bound.
   *
   * @param bottom the inclusive lower bound
   * @return the lower bound
   */
  public static LowerBound greaterThanOrEqualTo(double bottom) {
    return new LowerBound(ComparisonOperator.GE, NumberLiteral.of(bottom));
  }

  /**
   * {@code {"numeric":[">=",n]}}, which can be closed with an upper bound.
   *
   * @param bottom the inclusive lower bound
   * @return the lower bound
   */
  public static LowerBound greaterThanOrEqualTo(BigDecimal bottom) {
    return new LowerBound(ComparisonOperator.GE, NumberLiteral.of(bottom));
  }

  /**
   * {@code {"numeric":["<",n]}}.
   *
   * @param top the exclusive upper bound
   * @return the condition
   */
  public static Numeric lessThan(long top) {
    return single(ComparisonOperator.LT, NumberLiteral.of(top));
  }

  /**
   * {@code {"numeric":["<",n]}}.
   *
   * @param top the exclusive upper bound
   * @return the condition
   */
  public static Numeric lessThan(double top) {
    return single(ComparisonOperator.LT, NumberLiteral.of(top));
  }

  /**
   * {@code {"numeric":["<",n]}}.
   *
   * @param top the exclusive upper bound
   * @return the condition
   */
  public static Numeric lessThan(BigDecimal top) {
    return single(ComparisonOperator.LT, NumberLiteral.of(top));
  }

  /**
   * {@code {"numeric":["<=",n]}}.
   *
   * @param top the inclusive upper bound
   * @return the condition
   */
  public static Numeric lessThanOrEqualTo(long top) {
    return single(ComparisonOperator.LE, NumberLiteral.of(top));
  }

  /**
   * {@code {"numeric":["<=",n]}}.
   *
   * @param top the inclusive upper bound
   * @return the condition
   */
  public static Numeric lessThanOrEqualTo(double top) {
    return single(ComparisonOperator.LE, NumberLiteral.of(top));
  }

  /**
   * {@code {"numeric":["<=",n]}}.
   *
   * @param top the inclusive upper bound
   * @return the condition
   */
  public static Numeric lessThanOrEqualTo(BigDecimal top) {
    return single(ComparisonOperator.LE, NumberLiteral.of(top));
  }

  /**
   * {@code {"numeric":["=",n]}}: numeric equality ({@code 300} equals {@code 300.0}).
   *
   * @param value the number
   * @return the condition
   */
  public static Numeric equalTo(long value) {
    return single(ComparisonOperator.EQ, NumberLiteral.of(value));
  }

  /**
   * {@code {"numeric":["=",n]}}.
   *
   * @param value the number
   * @return the condition
   */
  public static Numeric equalTo(double value) {
    return single(ComparisonOperator.EQ, NumberLiteral.of(value));
  }

  /**
   * {@code {"numeric":["=",n]}}.
   *
   * @param value the number
   * @return the condition
   * @throws InvalidEventPatternException {@code Cannot compare number : <n>} if the number is not
   *     exactly representable as a {@code double}
   */
  public static Numeric equalTo(BigDecimal value) {
    return single(ComparisonOperator.EQ, NumberLiteral.of(value));
  }

  private static Numeric single(ComparisonOperator operator, NumberLiteral operand) {
    return new Numeric(List.of(new Comparison(operator, operand)));
  }

  @SafeVarargs
  private static <T> List<T> list(T first, T... more) {
    List<T> list = new ArrayList<>(more.length + 1);
    list.add(Objects.requireNonNull(first, "first"));
    for (T item : more) {
      list.add(Objects.requireNonNull(item, "an argument"));
    }
    return list;
  }
}
