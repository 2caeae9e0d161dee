package io.github.cognitoevents.patterntest.internal;

import java.math.BigDecimal;

/**
 * event-ruler's "comparable number" rule (ComparableNumber, 1.8+): a number takes part in numeric
 * equality and ranges only if its decimal value survives a round trip through the shortest {@code
 * double} exactly. {@code 300}, {@code 300.0} and {@code 3e2} are then equal; {@code
 * 9007199254740993} or {@code 1.0000000000000001} are not comparable and match only by identical
 * text.
 */
final class Numbers {

  /** Marker for "not comparable". */
  static final double NOT_COMPARABLE = Double.NaN;

  private Numbers() {}

  /**
   * The comparable value of a JSON number text, or {@link #NOT_COMPARABLE}. Negative zero comes
   * back as {@code 0.0} (BigDecimal has no negative zero), so {@code -0} equals {@code 0}.
   */
  static double comparable(String text) {
    double quick = quickInteger(text);
    if (quick == quick) {
      return quick;
    }
    BigDecimal exact;
    try {
      exact = new BigDecimal(text);
    } catch (NumberFormatException e) {
      return NOT_COMPARABLE;
    }
    // BigDecimal parses exponents up to int range; a huge exponent would make doubleValue slow only
    // in pathological cases, and Jackson limits number text length to 1000 characters anyway.
    double d = exact.doubleValue();
    if (Double.isInfinite(d) || Double.isNaN(d)) {
      return NOT_COMPARABLE;
    }
    if (BigDecimal.valueOf(d).compareTo(exact) != 0) {
      return NOT_COMPARABLE;
    }
    return d == 0.0 ? 0.0 : d;
  }

  /** Fast path for short plain integers (at most 15 digits are always exact); NaN otherwise. */
  private static double quickInteger(String s) {
    int n = s.length();
    int i = 0;
    boolean negative = false;
    if (n > 0 && s.charAt(0) == '-') {
      negative = true;
      i = 1;
    }
    if (i == n || n - i > 15) {
      return Double.NaN;
    }
    long v = 0;
    for (; i < n; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return Double.NaN;
      }
      v = v * 10 + (c - '0');
    }
    return negative ? (v == 0 ? 0.0 : -(double) v) : (double) v;
  }
}
