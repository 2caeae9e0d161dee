package io.github.cognitoevents.testkit.generate;

import io.github.cognitoevents.pattern.AnythingButIgnoreCase;
import io.github.cognitoevents.pattern.AnythingButPrefix;
import io.github.cognitoevents.pattern.AnythingButSuffix;
import io.github.cognitoevents.pattern.AnythingButValues;
import io.github.cognitoevents.pattern.AnythingButWildcard;
import io.github.cognitoevents.pattern.BooleanLiteral;
import io.github.cognitoevents.pattern.Cidr;
import io.github.cognitoevents.pattern.Comparison;
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
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Pattern;

/**
 * Values that satisfy or break one condition, built from the operator's semantics, and a
 * conservative check ({@link #mayMatch}) used only to pick near-miss values that break every
 * condition of a match list.
 */
final class ConditionValues {

  /** A leaf value of a generated event; {@code null} stands for an absent field. */
  record Value(Kind kind, String text) {
    enum Kind {
      STRING,
      NUMBER,
      BOOLEAN,
      NULL
    }

    static Value string(String text) {
      return new Value(Kind.STRING, text);
    }

    static Value number(String text) {
      return new Value(Kind.NUMBER, text);
    }

    @Override
    public String toString() {
      return kind == Kind.STRING ? '"' + text + '"' : text;
    }
  }

  private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789-";

  private final Random random;

  ConditionValues(Random random) {
    this.random = random;
  }

  String word() {
    int length = 3 + random.nextInt(6);
    StringBuilder out = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      out.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return out.toString();
  }

  private String maybeWord() {
    return random.nextInt(3) == 0 ? "" : word();
  }

  /**
   * A value satisfying the condition: an empty optional when none can be built, or an optional of
   * {@code null} for "absent".
   */
  Optional<Optional<Value>> satisfy(Condition condition) {
    Value value;
    if (condition instanceof StringLiteral s) {
      value = Value.string(s.value());
    } else if (condition instanceof NumberLiteral n) {
      value = Value.number(respell(n.text()));
    } else if (condition instanceof BooleanLiteral b) {
      value = new Value(Value.Kind.BOOLEAN, Boolean.toString(b.value()));
    } else if (condition instanceof NullLiteral) {
      value = new Value(Value.Kind.NULL, "null");
    } else if (condition instanceof Prefix p) {
      String head = p.ignoreCase() ? flipCase(p.value()) : p.value();
      if (head == null) {
        return Optional.empty();
      }
      value = Value.string(head + maybeWord());
    } else if (condition instanceof Suffix p) {
      String tail = p.ignoreCase() ? flipCase(p.value()) : p.value();
      if (tail == null) {
        return Optional.empty();
      }
      value = Value.string(maybeWord() + tail);
    } else if (condition instanceof EqualsIgnoreCase e) {
      String flipped = flipCase(e.value());
      if (flipped == null) {
        return Optional.empty();
      }
      value = Value.string(flipped);
    } else if (condition instanceof Wildcard w) {
      value = Value.string(fill(w.pattern()));
    } else if (condition instanceof Exists e) {
      if (!e.value()) {
        return Optional.of(Optional.empty());
      }
      value = random.nextBoolean() ? Value.string(word()) : Value.number(random.nextInt(1000) + "");
    } else if (condition instanceof Numeric n) {
      value = inRange(n);
    } else if (condition instanceof Cidr c) {
      value = address(c.text(), true);
    } else {
      value = notExcluded(condition);
    }
    return value == null ? Optional.empty() : Optional.of(Optional.of(value));
  }

  /** Candidate values (present or, as {@code null}, absent) that may break the condition. */
  List<Value> breakers(Condition condition) {
    List<Value> out = new ArrayList<>();
    if (condition instanceof StringLiteral s) {
      out.add(Value.string(s.value() + "x"));
      if (!s.value().isEmpty()) {
        out.add(Value.string(s.value().substring(0, s.value().length() - 1)));
      }
      out.add(Value.string(s.value().toUpperCase(Locale.ROOT)));
    } else if (condition instanceof NumberLiteral n) {
      if (comparable(n.text())) {
        out.add(Value.number(Double.toString(Double.parseDouble(n.text()) + 1)));
      }
      out.add(Value.string(n.text()));
    } else if (condition instanceof BooleanLiteral b) {
      out.add(new Value(Value.Kind.BOOLEAN, Boolean.toString(!b.value())));
      out.add(Value.string(Boolean.toString(b.value())));
    } else if (condition instanceof NullLiteral) {
      out.add(Value.string("null"));
    } else if (condition instanceof Prefix p) {
      out.add(Value.string(word() + p.value()));
      if (!p.value().isEmpty()) {
        out.add(Value.string(p.value().substring(1)));
      }
    } else if (condition instanceof Suffix p) {
      out.add(Value.string(p.value() + word()));
      if (!p.value().isEmpty()) {
        out.add(Value.string(p.value().substring(0, p.value().length() - 1)));
      }
    } else if (condition instanceof EqualsIgnoreCase e) {
      out.add(Value.string(e.value() + "x"));
    } else if (condition instanceof Wildcard w) {
      out.add(Value.string(fill(w.pattern()) + "#"));
      out.add(Value.string("#" + fill(w.pattern())));
    } else if (condition instanceof Exists e) {
      out.add(e.value() ? null : Value.string(word()));
    } else if (condition instanceof Numeric n) {
      for (Comparison c : n.comparisons()) {
        double x = Double.parseDouble(c.operand().text());
        out.add(Value.number(Double.toString(x - Math.abs(x) - 1)));
        out.add(Value.number(Double.toString(x + Math.abs(x) + 1)));
        out.add(Value.string(c.operand().text()));
      }
    } else if (condition instanceof Cidr c) {
      Value outside = address(c.text(), false);
      if (outside != null) {
        out.add(outside);
      }
      out.add(Value.string("not-an-ip"));
    } else if (condition instanceof AnythingButValues a) {
      for (Literal l : a.values()) {
        if (l instanceof StringLiteral s) {
          out.add(Value.string(s.value()));
        } else if (l instanceof NumberLiteral n) {
          out.add(Value.number(n.text()));
        }
      }
    } else if (condition instanceof AnythingButPrefix a) {
      a.values().forEach(v -> out.add(Value.string(v + maybeWord())));
    } else if (condition instanceof AnythingButSuffix a) {
      a.values().forEach(v -> out.add(Value.string(maybeWord() + v)));
    } else if (condition instanceof AnythingButIgnoreCase a) {
      a.values().forEach(v -> out.add(Value.string(v.toUpperCase(Locale.ROOT))));
    } else if (condition instanceof AnythingButWildcard a) {
      a.values().forEach(v -> out.add(Value.string(fill(v))));
    }
    return out;
  }

  /** Generic candidates that break most conditions. */
  List<Value> genericBreakers() {
    List<Value> out = new ArrayList<>();
    out.add(Value.string("zz" + word()));
    out.add(Value.number(Integer.toString(-1_000_000 - random.nextInt(1000))));
    out.add(new Value(Value.Kind.BOOLEAN, "true"));
    out.add(new Value(Value.Kind.NULL, "null"));
    return out;
  }

  // ---- satisfying values

  private String respell(String text) {
    if (!comparable(text) || random.nextBoolean()) {
      return text;
    }
    return Double.toString(Double.parseDouble(text));
  }

  /** Flips each char to its lower or upper form; null when ignore-case cannot match it. */
  private String flipCase(String value) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isSurrogate(c)) {
        return null;
      }
      String one = String.valueOf(c);
      out.append(
          random.nextBoolean() ? one.toLowerCase(Locale.ROOT) : one.toUpperCase(Locale.ROOT));
    }
    return out.toString();
  }

  private String fill(String wildcard) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < wildcard.length(); i++) {
      char c = wildcard.charAt(i);
      if (c == '\\' && i + 1 < wildcard.length()) {
        out.append(wildcard.charAt(++i));
      } else if (c == '*') {
        out.append(maybeWord());
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  private Value inRange(Numeric numeric) {
    Double low = null;
    Double high = null;
    boolean lowInclusive = false;
    boolean highInclusive = false;
    for (Comparison c : numeric.comparisons()) {
      double x = Double.parseDouble(c.operand().text());
      switch (c.operator()) {
        case EQ -> {
          return Value.number(respell(c.operand().text()));
        }
        case GT, GE -> {
          low = x;
          lowInclusive = c.operator() == io.github.cognitoevents.pattern.ComparisonOperator.GE;
        }
        default -> {
          high = x;
          highInclusive = c.operator() == io.github.cognitoevents.pattern.ComparisonOperator.LE;
        }
      }
    }
    double pick;
    if (low != null && high != null) {
      pick = low / 2 + high / 2;
      if (!(pick > low && pick < high)) {
        if (lowInclusive) {
          pick = low;
        } else if (highInclusive) {
          pick = high;
        } else {
          return null;
        }
      }
    } else if (low != null) {
      pick =
          lowInclusive && random.nextInt(4) == 0
              ? low
              : low + Math.abs(low) + 1 + random.nextInt(100);
      if (!Double.isFinite(pick) || !(pick > low || (lowInclusive && pick == low))) {
        return null;
      }
    } else {
      pick =
          highInclusive && random.nextInt(4) == 0
              ? high
              : high - Math.abs(high) - 1 - random.nextInt(100);
      if (!Double.isFinite(pick) || !(pick < high || (highInclusive && pick == high))) {
        return null;
      }
    }
    return Value.number(Double.toString(pick));
  }

  private Value notExcluded(Condition condition) {
    for (int attempt = 0; attempt < 20; attempt++) {
      Value candidate;
      if (condition instanceof AnythingButValues a
          && !a.values().isEmpty()
          && a.values().get(0) instanceof NumberLiteral) {
        candidate = Value.number(Integer.toString(random.nextInt(100_000)));
      } else {
        candidate = Value.string(word());
      }
      if (mayMatch(condition, candidate) && !excludedPossibly(condition, candidate)) {
        return candidate;
      }
    }
    return null;
  }

  /** Whether an anything-but might exclude the value (true when unsure). */
  private static boolean excludedPossibly(Condition condition, Value v) {
    if (condition instanceof AnythingButValues a) {
      for (Literal l : a.values()) {
        if (l instanceof StringLiteral s && v.kind() == Value.Kind.STRING) {
          if (s.value().equals(v.text()) || (ipLike(s.value()) && ipLike(v.text()))) {
            return true;
          }
        } else if (l instanceof NumberLiteral n && v.kind() == Value.Kind.NUMBER) {
          if (numberEquals(n.text(), v.text())) {
            return true;
          }
        }
      }
      return false;
    }
    if (v.kind() != Value.Kind.STRING) {
      return false;
    }
    String s = v.text();
    if (condition instanceof AnythingButPrefix a) {
      return a.values().stream().anyMatch(s::startsWith);
    }
    if (condition instanceof AnythingButSuffix a) {
      return a.values().stream().anyMatch(s::endsWith);
    }
    if (condition instanceof AnythingButIgnoreCase a) {
      return a.values().stream().anyMatch(p -> ignoreCase(p, 0, s, 0, true) || p.equals(s));
    }
    if (condition instanceof AnythingButWildcard a) {
      return a.values().stream().anyMatch(p -> wildcardRegex(p).matcher(s).matches());
    }
    return false;
  }

  private Value address(String cidr, boolean inside) {
    int slash = cidr.indexOf('/');
    byte[] base = parseAddress(cidr.substring(0, slash));
    int mask;
    try {
      mask = Integer.parseInt(cidr.substring(slash + 1));
    } catch (NumberFormatException e) {
      return null;
    }
    if (base == null || mask < 0 || mask > base.length * 8) {
      return null;
    }
    byte[] out = new byte[base.length];
    random.nextBytes(out);
    for (int bit = 0; bit < mask; bit++) {
      setBit(out, bit, bit(base, bit));
    }
    if (!inside) {
      if (mask == 0) {
        return null;
      }
      int flip = random.nextInt(mask);
      setBit(out, flip, !bit(base, flip));
    }
    return Value.string(format(out));
  }

  private static boolean bit(byte[] bytes, int bit) {
    return (bytes[bit / 8] & (0x80 >>> (bit % 8))) != 0;
  }

  private static void setBit(byte[] bytes, int bit, boolean on) {
    int m = 0x80 >>> (bit % 8);
    bytes[bit / 8] = (byte) (on ? bytes[bit / 8] | m : bytes[bit / 8] & ~m);
  }

  private static String format(byte[] bytes) {
    StringBuilder out = new StringBuilder();
    if (bytes.length == 4) {
      for (int i = 0; i < 4; i++) {
        out.append(i == 0 ? "" : ".").append(bytes[i] & 0xff);
      }
    } else {
      for (int i = 0; i < 16; i += 2) {
        out.append(i == 0 ? "" : ":")
            .append(Integer.toHexString(((bytes[i] & 0xff) << 8) | (bytes[i + 1] & 0xff)));
      }
    }
    return out.toString();
  }

  private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
  private static final Pattern IPV6 = Pattern.compile("[0-9a-fA-F:]*:[0-9a-fA-F:]*");

  /** Parses an IP literal without name lookups; null when it is not one. */
  static byte[] parseAddress(String text) {
    if (IPV4.matcher(text).matches()) {
      String[] parts = text.split("\\.");
      byte[] out = new byte[4];
      for (int i = 0; i < 4; i++) {
        int octet = Integer.parseInt(parts[i]);
        if (octet > 255) {
          return null;
        }
        out[i] = (byte) octet;
      }
      return out;
    }
    if (IPV6.matcher(text).matches()) {
      try {
        byte[] raw = InetAddress.getByName(text).getAddress();
        if (raw.length == 4) {
          byte[] mapped = new byte[16];
          mapped[10] = (byte) 0xff;
          mapped[11] = (byte) 0xff;
          System.arraycopy(raw, 0, mapped, 12, 4);
          return mapped;
        }
        return raw;
      } catch (UnknownHostException e) {
        return null;
      }
    }
    return null;
  }

  // ---- conservative matching

  /** Whether the condition might match the value ({@code null}: absent); true when unsure. */
  static boolean mayMatch(Condition condition, Value v) {
    if (v == null) {
      return condition instanceof Exists e && !e.value();
    }
    boolean string = v.kind() == Value.Kind.STRING;
    String s = v.text();
    if (condition instanceof Exists e) {
      return e.value();
    }
    if (condition instanceof StringLiteral l) {
      return string && (l.value().equals(s) || (ipLike(l.value()) && ipLike(s)));
    }
    if (condition instanceof NumberLiteral n) {
      return v.kind() == Value.Kind.NUMBER && (n.text().equals(s) || numberEquals(n.text(), s));
    }
    if (condition instanceof BooleanLiteral b) {
      return v.kind() == Value.Kind.BOOLEAN && Boolean.toString(b.value()).equals(s);
    }
    if (condition instanceof NullLiteral) {
      return v.kind() == Value.Kind.NULL;
    }
    if (condition instanceof Prefix p) {
      return string && (p.ignoreCase() ? icPrefix(p.value(), s) : s.startsWith(p.value()));
    }
    if (condition instanceof Suffix p) {
      if (!string) {
        return false;
      }
      if (!p.ignoreCase()) {
        return s.endsWith(p.value());
      }
      for (int start = 0; start <= s.length(); start++) {
        if (ignoreCase(p.value(), 0, s, start, true)) {
          return true;
        }
      }
      return false;
    }
    if (condition instanceof EqualsIgnoreCase e) {
      return string && ignoreCase(e.value(), 0, s, 0, true);
    }
    if (condition instanceof Wildcard w) {
      return string && wildcardRegex(w.pattern()).matcher(s).matches();
    }
    if (condition instanceof Numeric n) {
      if (v.kind() != Value.Kind.NUMBER) {
        return false;
      }
      if (!comparable(s)) {
        return true;
      }
      BigDecimal x = new BigDecimal(s);
      for (Comparison c : n.comparisons()) {
        int cmp = x.compareTo(c.operand().decimal());
        boolean ok =
            switch (c.operator()) {
              case EQ -> cmp == 0;
              case LT -> cmp < 0;
              case LE -> cmp <= 0;
              case GT -> cmp > 0;
              case GE -> cmp >= 0;
            };
        if (!ok) {
          return false;
        }
      }
      return true;
    }
    if (condition instanceof Cidr c) {
      if (!string || !ipLike(s)) {
        return false;
      }
      byte[] event = parseAddress(s);
      String text = c.text();
      byte[] base = parseAddress(text.substring(0, text.indexOf('/')));
      if (event == null || base == null || event.length != base.length || leadingZero(s)) {
        return true;
      }
      int mask = Integer.parseInt(text.substring(text.indexOf('/') + 1));
      for (int bit = 0; bit < mask; bit++) {
        if (bit(event, bit) != bit(base, bit)) {
          return false;
        }
      }
      return true;
    }
    return !excludedSurely(condition, v);
  }

  /** Whether an anything-but surely excludes the value. */
  private static boolean excludedSurely(Condition condition, Value v) {
    if (condition instanceof AnythingButValues a) {
      for (Literal l : a.values()) {
        if (l instanceof StringLiteral s
            && v.kind() == Value.Kind.STRING
            && s.value().equals(v.text())) {
          return true;
        }
        if (l instanceof NumberLiteral n
            && v.kind() == Value.Kind.NUMBER
            && n.text().equals(v.text())) {
          return true;
        }
      }
      return false;
    }
    if (v.kind() != Value.Kind.STRING) {
      return false;
    }
    String s = v.text();
    if (condition instanceof AnythingButPrefix a) {
      return a.values().stream().anyMatch(s::startsWith);
    }
    if (condition instanceof AnythingButSuffix a) {
      return a.values().stream().anyMatch(s::endsWith);
    }
    if (condition instanceof AnythingButIgnoreCase a) {
      return a.values().stream().anyMatch(p -> ignoreCase(p, 0, s, 0, true));
    }
    if (condition instanceof AnythingButWildcard a) {
      return a.values().stream().anyMatch(p -> wildcardRegex(p).matcher(s).matches());
    }
    return false;
  }

  private static boolean icPrefix(String pattern, String s) {
    return ignoreCase(pattern, 0, s, 0, false);
  }

  /** event-ruler's per-char ignore-case rule (a surrogate in the pattern never matches). */
  static boolean ignoreCase(String p, int pi, String e, int ei, boolean toEnd) {
    if (pi == p.length()) {
      return !toEnd || ei == e.length();
    }
    char c = p.charAt(pi);
    if (Character.isSurrogate(c)) {
      return false;
    }
    String lower = String.valueOf(c).toLowerCase(Locale.ROOT);
    String upper = String.valueOf(c).toUpperCase(Locale.ROOT);
    if (e.startsWith(lower, ei) && ignoreCase(p, pi + 1, e, ei + lower.length(), toEnd)) {
      return true;
    }
    return !upper.equals(lower)
        && e.startsWith(upper, ei)
        && ignoreCase(p, pi + 1, e, ei + upper.length(), toEnd);
  }

  static Pattern wildcardRegex(String wildcard) {
    StringBuilder regex = new StringBuilder();
    for (int i = 0; i < wildcard.length(); i++) {
      char c = wildcard.charAt(i);
      if (c == '\\' && i + 1 < wildcard.length()) {
        regex.append(Pattern.quote(String.valueOf(wildcard.charAt(++i))));
      } else if (c == '*') {
        regex.append(".*");
      } else {
        regex.append(Pattern.quote(String.valueOf(c)));
      }
    }
    return Pattern.compile(regex.toString(), Pattern.DOTALL);
  }

  private static boolean leadingZero(String s) {
    for (String part : s.split("[.:]")) {
      if (part.length() > 1 && part.charAt(0) == '0') {
        return true;
      }
    }
    return false;
  }

  private static boolean ipLike(String s) {
    return !s.isEmpty()
        && s.chars().allMatch(ch -> Character.digit(ch, 16) >= 0 || ch == '.' || ch == ':')
        && (s.contains(".") || s.contains(":"));
  }

  static boolean comparable(String text) {
    try {
      BigDecimal exact = new BigDecimal(text);
      double d = exact.doubleValue();
      return Double.isFinite(d) && BigDecimal.valueOf(d).compareTo(exact) == 0;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private static boolean numberEquals(String a, String b) {
    try {
      return new BigDecimal(a).compareTo(new BigDecimal(b)) == 0;
    } catch (NumberFormatException e) {
      return false;
    }
  }
}
