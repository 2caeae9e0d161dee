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

  static Cond compile(Condition c) {
    if (c instanceof StringLiteral s) {
      byte[] ip = IpAddress.parse(s.value());
      if (ip != null) {
        // event-ruler compiles an IP-looking exact string into a one-address range, so "10.0.0.1"
        // also matches "10.0.0.01" (CIDR.ipToRangeIfPossible). Unverified on AWS; followed.
        return new IpRange(c, ip, ip);
      }
      String v = Utf16.normalize(s.value());
      return new Test(c, x -> x.kind == Leaf.STRING && x.normalized().equals(v));
    }
    if (c instanceof NumberLiteral n) {
      String text = n.text();
      double d = Numbers.comparable(text);
      return new NumberTest(c, x -> x.kind == Leaf.NUMBER && numberEquals(x, text, d));
    }
    if (c instanceof BooleanLiteral b) {
      int kind = b.value() ? Leaf.TRUE : Leaf.FALSE;
      return new Test(c, x -> x.kind == kind);
    }
    if (c instanceof NullLiteral) {
      return new Test(c, x -> x.kind == Leaf.NULL);
    }
    if (c instanceof Prefix p) {
      if (p.ignoreCase()) {
        IgnoreCase ic = new IgnoreCase(p.value());
        return new Test(c, x -> x.kind == Leaf.STRING && ic.matchesPrefix(x.normalized()));
      }
      String v = Utf16.normalize(p.value());
      return new Test(c, x -> x.kind == Leaf.STRING && x.normalized().startsWith(v));
    }
    if (c instanceof Suffix p) {
      if (p.ignoreCase()) {
        IgnoreCase ic = new IgnoreCase(p.value());
        return new Test(c, x -> x.kind == Leaf.STRING && ic.matchesSuffix(x.normalized()));
      }
      String v = Utf16.normalize(p.value());
      return new Test(c, x -> x.kind == Leaf.STRING && x.normalized().endsWith(v));
    }
    if (c instanceof EqualsIgnoreCase e) {
      IgnoreCase ic = new IgnoreCase(e.value());
      return new Test(c, x -> x.kind == Leaf.STRING && ic.matchesWhole(x.normalized()));
    }
    if (c instanceof Wildcard w) {
      Glob g = new Glob(w.pattern());
      return new Test(c, x -> x.kind == Leaf.STRING && g.matches(x.normalized()));
    }
    if (c instanceof Exists e) {
      if (e.value()) {
        return new Test(c, x -> true);
      }
      return new Absence(c);
    }
    if (c instanceof Numeric n) {
      return numeric(n);
    }
    if (c instanceof Cidr cidr) {
      return cidr(cidr);
    }
    if (c instanceof AnythingButValues a) {
      return anythingButValues(a);
    }
    if (c instanceof AnythingButPrefix a) {
      String[] vs = normalizeAll(a.values());
      return new Test(c, x -> x.kind != Leaf.STRING || !startsWithAny(x.normalized(), vs));
    }
    if (c instanceof AnythingButSuffix a) {
      String[] vs = normalizeAll(a.values());
      return new Test(c, x -> x.kind != Leaf.STRING || !endsWithAny(x.normalized(), vs));
    }
    if (c instanceof AnythingButIgnoreCase a) {
      List<IgnoreCase> all = new ArrayList<>();
      for (String s : a.values()) {
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
          });
    }
    if (c instanceof AnythingButWildcard a) {
      List<Glob> all = new ArrayList<>();
      for (String s : a.values()) {
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
          });
    }
    throw new IllegalStateException("unknown condition type: " + c.getClass().getName());
  }

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
      return new NumberTest(n, x -> false);
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
        });
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
      return new Test(cidr, x -> false); // the validator rejects these
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
    return new IpRange(cidr, min, max);
  }

  private static Cond anythingButValues(AnythingButValues a) {
    Set<String> strings = new HashSet<>();
    List<Double> numbers = new ArrayList<>();
    List<String> numberTexts = new ArrayList<>();
    for (Literal l : a.values()) {
      if (l instanceof StringLiteral s) {
        strings.add(Utf16.normalize(s.value()));
      } else if (l instanceof NumberLiteral n) {
        numbers.add(Numbers.comparable(n.text()));
        numberTexts.add(n.text());
      }
    }
    double[] excluded = numbers.stream().mapToDouble(Double::doubleValue).toArray();
    if (excluded.length == 0) {
      return new Test(a, x -> x.kind != Leaf.STRING || !strings.contains(x.normalized()));
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
        });
  }

  /** A predicate over a leaf. */
  @FunctionalInterface
  interface LeafPredicate {
    boolean test(Leaf v);
  }

  static class Test extends Cond {
    private final LeafPredicate predicate;

    Test(Condition source, LeafPredicate predicate) {
      super(source);
      this.predicate = predicate;
    }

    @Override
    boolean test(Leaf v) {
      return predicate.test(v);
    }
  }

  static final class NumberTest extends Test {
    NumberTest(Condition source, LeafPredicate predicate) {
      super(source, predicate);
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
  }

  /**
   * IP range (cidr, or an IP-looking exact string). Only string event values that parse as an IP of
   * the same family can match. Known divergence: event-ruler compares hex-digit strings and can
   * match across families ({@code 10.0.0.0/8} vs {@code "a00::1"}); we do not reproduce that.
   */
  static final class IpRange extends Cond {
    private final byte[] min;
    private final byte[] max;

    IpRange(Condition source, byte[] min, byte[] max) {
      super(source);
      this.min = min;
      this.max = max;
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
