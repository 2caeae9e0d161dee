package io.github.cognitoevents.patterntest.internal;

import io.github.cognitoevents.pattern.AnythingButIgnoreCase;
import io.github.cognitoevents.pattern.AnythingButPrefix;
import io.github.cognitoevents.pattern.AnythingButSuffix;
import io.github.cognitoevents.pattern.AnythingButValues;
import io.github.cognitoevents.pattern.AnythingButWildcard;
import io.github.cognitoevents.pattern.BooleanLiteral;
import io.github.cognitoevents.pattern.Cidr;
import io.github.cognitoevents.pattern.Comparison;
import io.github.cognitoevents.pattern.ComparisonOperator;
import io.github.cognitoevents.pattern.Condition;
import io.github.cognitoevents.pattern.ConditionVisitor;
import io.github.cognitoevents.pattern.EqualsIgnoreCase;
import io.github.cognitoevents.pattern.Exists;
import io.github.cognitoevents.pattern.Literal;
import io.github.cognitoevents.pattern.NullLiteral;
import io.github.cognitoevents.pattern.NumberLiteral;
import io.github.cognitoevents.pattern.Numeric;
import io.github.cognitoevents.pattern.Prefix;
import io.github.cognitoevents.pattern.StringLiteral;
import io.github.cognitoevents.pattern.Suffix;
import io.github.cognitoevents.pattern.Wildcard;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A compiled leaf condition: a test on one event leaf value. {@code exists: false} is not a value
 * test; it is handled as "no leaf at the path" by the search in {@link Program}.
 */
abstract class Cond {

  /** The model node this was compiled from (its {@code toString()} is the JSON we show). */
  final Condition source;

  Cond(Condition source) {
    this.source = source;
  }

  /** Whether the leaf satisfies the condition. */
  abstract boolean test(Leaf v);

  /** Whether this is {@code exists: false}. */
  boolean isAbsence() {
    return false;
  }

  /** Whether the test needs the comparable value of numbers. */
  boolean numeric() {
    return false;
  }

  /**
   * How many event values a condition typically lets through, used to pick the condition a rule is
   * indexed under in a rule set: exact values are the most selective, then operators on a part of
   * the value, then the negations and {@code exists}, which let nearly everything through.
   */
  static final int EXACT = 1;

  static final int PARTIAL = 8;
  static final int BROAD = 64;

  /** See {@link #EXACT}. */
  int breadth() {
    return PARTIAL;
  }

  /** The exact string a leaf must equal (normalized), or null: such conditions are hashed. */
  String exactString() {
    return null;
  }

  /** The (normalized) prefix of a case-sensitive {@code prefix}, or null: kept in a trie. */
  String prefixString() {
    return null;
  }

  /** The lowest and highest address of an IP range, or null: kept sorted. */
  byte[][] ipRange() {
    return null;
  }

  /** The strings an {@code anything-but} of strings excludes, or null: inverted. */
  Set<String> excludedStrings() {
    return null;
  }

  static Cond compile(Condition c) {
    return c.accept(COMPILER);
  }

  /** Compiles each operator to its test on one event value. */
  private static final ConditionVisitor<Cond> COMPILER =
      new ConditionVisitor<>() {
        @Override
        public Cond visitString(StringLiteral c) {
          byte[] ip = IpAddress.parse(c.value());
          if (ip != null) {
            // event-ruler compiles an IP-looking exact string into a one-address range, so
            // "10.0.0.1" also matches "10.0.0.01" (CIDR.ipToRangeIfPossible). Unverified on AWS;
            // followed.
            return new IpRange(c, ip, ip, EXACT);
          }
          return new Exact(c, Utf16.normalize(c.value()));
        }

        @Override
        public Cond visitNumber(NumberLiteral c) {
          String text = c.text();
          double d = Numbers.comparable(text);
          return new NumberTest(c, x -> x.kind == Leaf.NUMBER && numberEquals(x, text, d), EXACT);
        }

        @Override
        public Cond visitBoolean(BooleanLiteral c) {
          int kind = c.value() ? Leaf.TRUE : Leaf.FALSE;
          return new Test(c, x -> x.kind == kind, EXACT);
        }

        @Override
        public Cond visitNull(NullLiteral c) {
          return new Test(c, x -> x.kind == Leaf.NULL, EXACT);
        }

        @Override
        public Cond visitPrefix(Prefix c) {
          if (c.ignoreCase()) {
            IgnoreCase ic = new IgnoreCase(c.value());
            return new Test(
                c, x -> x.kind == Leaf.STRING && ic.matchesPrefix(x.normalized()), PARTIAL);
          }
          String v = Utf16.normalize(c.value());
          return new Test(c, x -> x.kind == Leaf.STRING && x.normalized().startsWith(v), PARTIAL) {
            @Override
            String prefixString() {
              return v;
            }
          };
        }

        @Override
        public Cond visitSuffix(Suffix c) {
          if (c.ignoreCase()) {
            IgnoreCase ic = new IgnoreCase(c.value());
            return new Test(
                c, x -> x.kind == Leaf.STRING && ic.matchesSuffix(x.normalized()), PARTIAL);
          }
          String v = Utf16.normalize(c.value());
          return new Test(c, x -> x.kind == Leaf.STRING && x.normalized().endsWith(v), PARTIAL);
        }

        @Override
        public Cond visitEqualsIgnoreCase(EqualsIgnoreCase c) {
          IgnoreCase ic = new IgnoreCase(c.value());
          return new Test(
              c, x -> x.kind == Leaf.STRING && ic.matchesWhole(x.normalized()), PARTIAL);
        }

        @Override
        public Cond visitWildcard(Wildcard c) {
          Glob g = new Glob(c.pattern());
          return new Test(c, x -> x.kind == Leaf.STRING && g.matches(x.normalized()), PARTIAL);
        }

        @Override
        public Cond visitExists(Exists c) {
          return c.value() ? new Test(c, x -> true, BROAD) : new Absence(c);
        }

        @Override
        public Cond visitNumeric(Numeric c) {
          return numeric(c);
        }

        @Override
        public Cond visitCidr(Cidr c) {
          return cidr(c);
        }

        @Override
        public Cond visitAnythingButValues(AnythingButValues c) {
          return anythingButValues(c);
        }

        @Override
        public Cond visitAnythingButPrefix(AnythingButPrefix c) {
          String[] vs = normalizeAll(c.values());
          return new Test(
              c, x -> x.kind != Leaf.STRING || !startsWithAny(x.normalized(), vs), BROAD);
        }

        @Override
        public Cond visitAnythingButSuffix(AnythingButSuffix c) {
          String[] vs = normalizeAll(c.values());
          return new Test(c, x -> x.kind != Leaf.STRING || !endsWithAny(x.normalized(), vs), BROAD);
        }

        @Override
        public Cond visitAnythingButIgnoreCase(AnythingButIgnoreCase c) {
          List<IgnoreCase> all = new ArrayList<>();
          for (String s : c.values()) {
            all.add(new IgnoreCase(s));
          }
          return new Test(
              c,
              x -> {
                if (x.kind != Leaf.STRING) {
                  return true;
                }
                String t = x.normalized();
                for (IgnoreCase ic : all) {
                  if (ic.matchesWhole(t)) {
                    return false;
                  }
                }
                return true;
              },
              BROAD);
        }

        @Override
        public Cond visitAnythingButWildcard(AnythingButWildcard c) {
          List<Glob> all = new ArrayList<>();
          for (String s : c.values()) {
            all.add(new Glob(s));
          }
          return new Test(
              c,
              x -> {
                if (x.kind != Leaf.STRING) {
                  return true;
                }
                String t = x.normalized();
                for (Glob g : all) {
                  if (g.matches(t)) {
                    return false;
                  }
                }
                return true;
              },
              BROAD);
        }
      };

  private static String[] normalizeAll(List<String> values) {
    String[] out = new String[values.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = Utf16.normalize(values.get(i));
    }
    return out;
  }

  private static boolean startsWithAny(String text, String[] prefixes) {
    for (String p : prefixes) {
      if (text.startsWith(p)) {
        return true;
      }
    }
    return false;
  }

  private static boolean endsWithAny(String text, String[] suffixes) {
    for (String p : suffixes) {
      if (text.endsWith(p)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Typed number equality: both comparable and equal as doubles, or identical text (event-ruler
   * adds a text matcher and, when the number is comparable, a numeric one).
   */
  static boolean numberEquals(Leaf x, String text, double d) {
    if (d == d) {
      double e = x.number();
      if (e == d) {
        return true;
      }
    }
    return x.raw.equals(text);
  }

  private static Cond numeric(Numeric n) {
    List<Comparison> comparisons = n.comparisons();
    int size = comparisons.size();
    ComparisonOperator[] ops = new ComparisonOperator[size];
    double[] bounds = new double[size];
    boolean usable = true;
    for (int i = 0; i < size; i++) {
      Comparison cmp = comparisons.get(i);
      ops[i] = cmp.operator();
      bounds[i] = Numbers.comparable(cmp.operand().text());
      usable &= bounds[i] == bounds[i];
    }
    if (!usable) {
      // the validator rejects non-comparable operands ("Cannot compare number"); never match
      return new NumberTest(n, x -> false, PARTIAL);
    }
    return new NumberTest(
        n,
        x -> {
          if (x.kind != Leaf.NUMBER) {
            return false;
          }
          double v = x.number();
          if (v != v) {
            return false;
          }
          for (int i = 0; i < ops.length; i++) {
            if (!holds(ops[i], v, bounds[i])) {
              return false;
            }
          }
          return true;
        },
        PARTIAL);
  }

  private static boolean holds(ComparisonOperator op, double v, double bound) {
    switch (op) {
      case EQ:
        return v == bound;
      case LT:
        return v < bound;
      case LE:
        return v <= bound;
      case GT:
        return v > bound;
      default:
        return v >= bound;
    }
  }

  private static Cond cidr(Cidr cidr) {
    String text = cidr.text();
    int slash = text.indexOf('/');
    byte[] base = slash < 0 ? null : IpAddress.parse(text.substring(0, slash));
    int mask;
    try {
      mask = slash < 0 ? -1 : Integer.parseInt(text.substring(slash + 1));
    } catch (NumberFormatException e) {
      mask = -1;
    }
    if (base == null || mask < 0 || mask > base.length * 8) {
      return new Test(cidr, x -> false, PARTIAL); // the validator rejects these
    }
    byte[] min = base.clone();
    byte[] max = base.clone();
    int variable = base.length * 8 - mask;
    for (int i = base.length - 1; i >= 0 && variable > 0; i--, variable -= 8) {
      int bits = Math.min(8, variable);
      int low = (1 << bits) - 1;
      min[i] = (byte) (min[i] & ~low);
      max[i] = (byte) (max[i] | low);
    }
    return new IpRange(cidr, min, max, PARTIAL);
  }

  private static Cond anythingButValues(AnythingButValues a) {
    Set<String> strings = new HashSet<>();
    List<Double> numbers = new ArrayList<>();
    ExcludedValues collect = new ExcludedValues(strings, numbers);
    for (Literal l : a.values()) {
      l.accept(collect);
    }
    double[] excluded = numbers.stream().mapToDouble(Double::doubleValue).toArray();
    if (excluded.length == 0) {
      return new Test(a, x -> x.kind != Leaf.STRING || !strings.contains(x.normalized()), BROAD) {
        @Override
        Set<String> excludedStrings() {
          return strings;
        }
      };
    }
    return new NumberTest(
        a,
        x -> {
          if (x.kind == Leaf.STRING) {
            return !strings.contains(x.normalized());
          }
          if (x.kind != Leaf.NUMBER) {
            return true;
          }
          // numeric anything-but compares comparable values; the validator rejects
          // non-comparable operands, so a non-comparable event number is never excluded
          double v = x.number();
          for (double e : excluded) {
            if (v == e) {
              return false;
            }
          }
          return true;
        },
        BROAD);
  }

  /** Collects the excluded strings and numbers of an {@code anything-but}. */
  private static final class ExcludedValues implements ConditionVisitor<Void> {
    private final Set<String> strings;
    private final List<Double> numbers;

    ExcludedValues(Set<String> strings, List<Double> numbers) {
      this.strings = strings;
      this.numbers = numbers;
    }

    @Override
    public Void visitString(StringLiteral c) {
      strings.add(Utf16.normalize(c.value()));
      return null;
    }

    @Override
    public Void visitNumber(NumberLiteral c) {
      numbers.add(Numbers.comparable(c.text()));
      return null;
    }

    private Void invalid(Condition c) {
      // the validator allows only strings and numbers here
      throw new IllegalStateException("not an anything-but value: " + c);
    }

    @Override
    public Void visitBoolean(BooleanLiteral c) {
      return invalid(c);
    }

    @Override
    public Void visitNull(NullLiteral c) {
      return invalid(c);
    }

    @Override
    public Void visitPrefix(Prefix c) {
      return invalid(c);
    }

    @Override
    public Void visitSuffix(Suffix c) {
      return invalid(c);
    }

    @Override
    public Void visitEqualsIgnoreCase(EqualsIgnoreCase c) {
      return invalid(c);
    }

    @Override
    public Void visitWildcard(Wildcard c) {
      return invalid(c);
    }

    @Override
    public Void visitExists(Exists c) {
      return invalid(c);
    }

    @Override
    public Void visitNumeric(Numeric c) {
      return invalid(c);
    }

    @Override
    public Void visitCidr(Cidr c) {
      return invalid(c);
    }

    @Override
    public Void visitAnythingButValues(AnythingButValues c) {
      return invalid(c);
    }

    @Override
    public Void visitAnythingButPrefix(AnythingButPrefix c) {
      return invalid(c);
    }

    @Override
    public Void visitAnythingButSuffix(AnythingButSuffix c) {
      return invalid(c);
    }

    @Override
    public Void visitAnythingButIgnoreCase(AnythingButIgnoreCase c) {
      return invalid(c);
    }

    @Override
    public Void visitAnythingButWildcard(AnythingButWildcard c) {
      return invalid(c);
    }
  }

  /** A predicate over a leaf. */
  @FunctionalInterface
  interface LeafPredicate {
    boolean test(Leaf v);
  }

  static class Test extends Cond {
    private final LeafPredicate predicate;
    private final int breadth;

    Test(Condition source, LeafPredicate predicate, int breadth) {
      super(source);
      this.predicate = predicate;
      this.breadth = breadth;
    }

    @Override
    boolean test(Leaf v) {
      return predicate.test(v);
    }

    @Override
    int breadth() {
      return breadth;
    }
  }

  /**
   * An exact string: looked up in a hash table of the path's exact strings, not tested one by one.
   */
  static final class Exact extends Cond {
    private final String value;

    Exact(Condition source, String normalized) {
      super(source);
      this.value = normalized;
    }

    @Override
    boolean test(Leaf v) {
      return v.kind == Leaf.STRING && v.normalized().equals(value);
    }

    @Override
    String exactString() {
      return value;
    }

    @Override
    int breadth() {
      return EXACT;
    }
  }

  static final class NumberTest extends Test {
    NumberTest(Condition source, LeafPredicate predicate, int breadth) {
      super(source, predicate, breadth);
    }

    @Override
    boolean numeric() {
      return true;
    }
  }

  static final class Absence extends Cond {
    Absence(Condition source) {
      super(source);
    }

    @Override
    boolean test(Leaf v) {
      return false;
    }

    @Override
    boolean isAbsence() {
      return true;
    }

    @Override
    int breadth() {
      return BROAD;
    }
  }

  /**
   * IP range (cidr, or an IP-looking exact string). Only string event values that parse as an IP of
   * the same family can match. Known divergence: event-ruler compares hex-digit strings and can
   * match across families ({@code 10.0.0.0/8} vs {@code "a00::1"}); we do not reproduce that.
   */
  static final class IpRange extends Cond {
    private final byte[] min;
    private final byte[] max;
    private final int breadth;

    IpRange(Condition source, byte[] min, byte[] max, int breadth) {
      super(source);
      this.min = min;
      this.max = max;
      this.breadth = breadth;
    }

    @Override
    int breadth() {
      return breadth;
    }

    @Override
    byte[][] ipRange() {
      return new byte[][] {min, max};
    }

    @Override
    boolean test(Leaf v) {
      if (v.kind != Leaf.STRING) {
        return false;
      }
      byte[] ip = v.ip();
      return ip != null
          && ip.length == min.length
          && IpAddress.compare(ip, min) >= 0
          && IpAddress.compare(ip, max) <= 0;
    }
  }
}
