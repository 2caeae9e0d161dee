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
    return condition.accept(satisfying);
  }

  private final ConditionVisitor<Optional<Optional<Value>>> satisfying =
      new ConditionVisitor<>() {
        private Optional<Optional<Value>> of(Value value) {
          return value == null ? Optional.empty() : Optional.of(Optional.of(value));
        }

        @Override
        public Optional<Optional<Value>> visitString(StringLiteral s) {
          return of(Value.string(s.value()));
        }

        @Override
        public Optional<Optional<Value>> visitNumber(NumberLiteral n) {
          return of(Value.number(respell(n.text())));
        }

        @Override
        public Optional<Optional<Value>> visitBoolean(BooleanLiteral b) {
          return of(new Value(Value.Kind.BOOLEAN, Boolean.toString(b.value())));
        }

        @Override
        public Optional<Optional<Value>> visitNull(NullLiteral n) {
          return of(new Value(Value.Kind.NULL, "null"));
        }

        @Override
        public Optional<Optional<Value>> visitPrefix(Prefix p) {
          String head = p.ignoreCase() ? flipCase(p.value()) : p.value();
          return head == null ? Optional.empty() : of(Value.string(head + maybeWord()));
        }

        @Override
        public Optional<Optional<Value>> visitSuffix(Suffix p) {
          String tail = p.ignoreCase() ? flipCase(p.value()) : p.value();
          return tail == null ? Optional.empty() : of(Value.string(maybeWord() + tail));
        }

        @Override
        public Optional<Optional<Value>> visitEqualsIgnoreCase(EqualsIgnoreCase e) {
          String flipped = flipCase(e.value());
          return flipped == null ? Optional.empty() : of(Value.string(flipped));
        }

        @Override
        public Optional<Optional<Value>> visitWildcard(Wildcard w) {
          return of(Value.string(fill(w.pattern())));
        }

        @Override
        public Optional<Optional<Value>> visitExists(Exists e) {
          if (!e.value()) {
            return Optional.of(Optional.empty());
          }
          return of(
              random.nextBoolean()
                  ? Value.string(word())
                  : Value.number(random.nextInt(1000) + ""));
        }

        @Override
        public Optional<Optional<Value>> visitNumeric(Numeric n) {
          return of(inRange(n));
        }

        @Override
        public Optional<Optional<Value>> visitCidr(Cidr c) {
          return of(address(c.text(), true));
        }

        @Override
        public Optional<Optional<Value>> visitAnythingButValues(AnythingButValues a) {
          boolean numbers =
              !a.values().isEmpty() && literal(a.values().get(0)).kind() == Value.Kind.NUMBER;
          return of(notExcluded(a, numbers));
        }

        @Override
        public Optional<Optional<Value>> visitAnythingButPrefix(AnythingButPrefix a) {
          return of(notExcluded(a, false));
        }

        @Override
        public Optional<Optional<Value>> visitAnythingButSuffix(AnythingButSuffix a) {
          return of(notExcluded(a, false));
        }

        @Override
        public Optional<Optional<Value>> visitAnythingButIgnoreCase(AnythingButIgnoreCase a) {
          return of(notExcluded(a, false));
        }

        @Override
        public Optional<Optional<Value>> visitAnythingButWildcard(AnythingButWildcard a) {
          return of(notExcluded(a, false));
        }
      };

  /** Candidate values (present or, as {@code null}, absent) that may break the condition. */
  List<Value> breakers(Condition condition) {
    return condition.accept(breaking);
  }

  private final ConditionVisitor<List<Value>> breaking =
      new ConditionVisitor<>() {
        @Override
        public List<Value> visitString(StringLiteral s) {
          List<Value> out = new ArrayList<>();
          out.add(Value.string(s.value() + "x"));
          if (!s.value().isEmpty()) {
            out.add(Value.string(s.value().substring(0, s.value().length() - 1)));
          }
          out.add(Value.string(s.value().toUpperCase(Locale.ROOT)));
          return out;
        }

        @Override
        public List<Value> visitNumber(NumberLiteral n) {
          List<Value> out = new ArrayList<>();
          if (comparable(n.text())) {
            out.add(Value.number(Double.toString(Double.parseDouble(n.text()) + 1)));
          }
          out.add(Value.string(n.text()));
          return out;
        }

        @Override
        public List<Value> visitBoolean(BooleanLiteral b) {
          List<Value> out = new ArrayList<>();
          out.add(new Value(Value.Kind.BOOLEAN, Boolean.toString(!b.value())));
          out.add(Value.string(Boolean.toString(b.value())));
          return out;
        }

        @Override
        public List<Value> visitNull(NullLiteral n) {
          List<Value> out = new ArrayList<>();
          out.add(Value.string("null"));
          return out;
        }

        @Override
        public List<Value> visitPrefix(Prefix p) {
          List<Value> out = new ArrayList<>();
          out.add(Value.string(word() + p.value()));
          if (!p.value().isEmpty()) {
            out.add(Value.string(p.value().substring(1)));
          }
          return out;
        }

        @Override
        public List<Value> visitSuffix(Suffix p) {
          List<Value> out = new ArrayList<>();
          out.add(Value.string(p.value() + word()));
          if (!p.value().isEmpty()) {
            out.add(Value.string(p.value().substring(0, p.value().length() - 1)));
          }
          return out;
        }

        @Override
        public List<Value> visitEqualsIgnoreCase(EqualsIgnoreCase e) {
          List<Value> out = new ArrayList<>();
          out.add(Value.string(e.value() + "x"));
          return out;
        }

        @Override
        public List<Value> visitWildcard(Wildcard w) {
          List<Value> out = new ArrayList<>();
          out.add(Value.string(fill(w.pattern()) + "#"));
          out.add(Value.string("#" + fill(w.pattern())));
          return out;
        }

        @Override
        public List<Value> visitExists(Exists e) {
          List<Value> out = new ArrayList<>();
          out.add(e.value() ? null : Value.string(word()));
          return out;
        }

        @Override
        public List<Value> visitNumeric(Numeric n) {
          List<Value> out = new ArrayList<>();
          for (Comparison c : n.comparisons()) {
            double x = Double.parseDouble(c.operand().text());
            out.add(Value.number(Double.toString(x - Math.abs(x) - 1)));
            out.add(Value.number(Double.toString(x + Math.abs(x) + 1)));
            out.add(Value.string(c.operand().text()));
          }
          return out;
        }

        @Override
        public List<Value> visitCidr(Cidr c) {
          List<Value> out = new ArrayList<>();
          Value outside = address(c.text(), false);
          if (outside != null) {
            out.add(outside);
          }
          out.add(Value.string("not-an-ip"));
          return out;
        }

        @Override
        public List<Value> visitAnythingButValues(AnythingButValues a) {
          List<Value> out = new ArrayList<>();
          for (Literal l : a.values()) {
            out.add(literal(l));
          }
          return out;
        }

        @Override
        public List<Value> visitAnythingButPrefix(AnythingButPrefix a) {
          List<Value> out = new ArrayList<>();
          a.values().forEach(v -> out.add(Value.string(v + maybeWord())));
          return out;
        }

        @Override
        public List<Value> visitAnythingButSuffix(AnythingButSuffix a) {
          List<Value> out = new ArrayList<>();
          a.values().forEach(v -> out.add(Value.string(maybeWord() + v)));
          return out;
        }

        @Override
        public List<Value> visitAnythingButIgnoreCase(AnythingButIgnoreCase a) {
          List<Value> out = new ArrayList<>();
          a.values().forEach(v -> out.add(Value.string(v.toUpperCase(Locale.ROOT))));
          return out;
        }

        @Override
        public List<Value> visitAnythingButWildcard(AnythingButWildcard a) {
          List<Value> out = new ArrayList<>();
          a.values().forEach(v -> out.add(Value.string(fill(v))));
          return out;
        }
      };

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

  private Value notExcluded(Condition condition, boolean numbers) {
    for (int attempt = 0; attempt < 20; attempt++) {
      Value candidate =
          numbers ? Value.number(Integer.toString(random.nextInt(100_000))) : Value.string(word());
      if (mayMatch(condition, candidate) && !excluded(condition, candidate, false)) {
        return candidate;
      }
    }
    return null;
  }

  /**
   * Whether an anything-but excludes the value: for sure ({@code possibly == false}, exact text
   * only) or possibly (true when unsure: number spellings, IP-looking strings).
   */
  private static boolean excluded(Condition condition, Value v, boolean possibly) {
    return condition.accept(new Exclusion(v, possibly));
  }

  /** The exclusion test of each anything-but; no other operator excludes anything. */
  private static final class Exclusion implements ConditionVisitor<Boolean> {
    private final Value v;
    private final boolean possibly;

    Exclusion(Value v, boolean possibly) {
      this.v = v;
      this.possibly = possibly;
    }

    private boolean string() {
      return v.kind() == Value.Kind.STRING;
    }

    @Override
    public Boolean visitAnythingButValues(AnythingButValues a) {
      for (Literal l : a.values()) {
        Value excluded = literal(l);
        if (excluded.kind() != v.kind()) {
          continue;
        }
        if (excluded.text().equals(v.text())) {
          return true;
        }
        if (possibly
            && (excluded.kind() == Value.Kind.STRING
                ? ipLike(excluded.text()) && ipLike(v.text())
                : numberEquals(excluded.text(), v.text()))) {
          return true;
        }
      }
      return false;
    }

    @Override
    public Boolean visitAnythingButPrefix(AnythingButPrefix a) {
      return string() && a.values().stream().anyMatch(v.text()::startsWith);
    }

    @Override
    public Boolean visitAnythingButSuffix(AnythingButSuffix a) {
      return string() && a.values().stream().anyMatch(v.text()::endsWith);
    }

    @Override
    public Boolean visitAnythingButIgnoreCase(AnythingButIgnoreCase a) {
      return string()
          && a.values().stream()
              .anyMatch(
                  p -> ignoreCase(p, 0, v.text(), 0, true) || (possibly && p.equals(v.text())));
    }

    @Override
    public Boolean visitAnythingButWildcard(AnythingButWildcard a) {
      return string()
          && a.values().stream().anyMatch(p -> wildcardRegex(p).matcher(v.text()).matches());
    }

    @Override
    public Boolean visitString(StringLiteral c) {
      return false;
    }

    @Override
    public Boolean visitNumber(NumberLiteral c) {
      return false;
    }

    @Override
    public Boolean visitBoolean(BooleanLiteral c) {
      return false;
    }

    @Override
    public Boolean visitNull(NullLiteral c) {
      return false;
    }

    @Override
    public Boolean visitPrefix(Prefix c) {
      return false;
    }

    @Override
    public Boolean visitSuffix(Suffix c) {
      return false;
    }

    @Override
    public Boolean visitEqualsIgnoreCase(EqualsIgnoreCase c) {
      return false;
    }

    @Override
    public Boolean visitWildcard(Wildcard c) {
      return false;
    }

    @Override
    public Boolean visitExists(Exists c) {
      return false;
    }

    @Override
    public Boolean visitNumeric(Numeric c) {
      return false;
    }

    @Override
    public Boolean visitCidr(Cidr c) {
      return false;
    }
  }

  /** The value an {@code anything-but} literal excludes: a string or a number. */
  private static Value literal(Literal l) {
    return l.accept(LITERAL);
  }

  private static final ConditionVisitor<Value> LITERAL =
      new ConditionVisitor<>() {
        @Override
        public Value visitString(StringLiteral c) {
          return Value.string(c.value());
        }

        @Override
        public Value visitNumber(NumberLiteral c) {
          return Value.number(c.text());
        }

        private Value invalid(Condition c) {
          throw new IllegalArgumentException("not an anything-but value: " + c);
        }

        @Override
        public Value visitBoolean(BooleanLiteral c) {
          return invalid(c);
        }

        @Override
        public Value visitNull(NullLiteral c) {
          return invalid(c);
        }

        @Override
        public Value visitPrefix(Prefix c) {
          return invalid(c);
        }

        @Override
        public Value visitSuffix(Suffix c) {
          return invalid(c);
        }

        @Override
        public Value visitEqualsIgnoreCase(EqualsIgnoreCase c) {
          return invalid(c);
        }

        @Override
        public Value visitWildcard(Wildcard c) {
          return invalid(c);
        }

        @Override
        public Value visitExists(Exists c) {
          return invalid(c);
        }

        @Override
        public Value visitNumeric(Numeric c) {
          return invalid(c);
        }

        @Override
        public Value visitCidr(Cidr c) {
          return invalid(c);
        }

        @Override
        public Value visitAnythingButValues(AnythingButValues c) {
          return invalid(c);
        }

        @Override
        public Value visitAnythingButPrefix(AnythingButPrefix c) {
          return invalid(c);
        }

        @Override
        public Value visitAnythingButSuffix(AnythingButSuffix c) {
          return invalid(c);
        }

        @Override
        public Value visitAnythingButIgnoreCase(AnythingButIgnoreCase c) {
          return invalid(c);
        }

        @Override
        public Value visitAnythingButWildcard(AnythingButWildcard c) {
          return invalid(c);
        }
      };

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
    return condition.accept(new MayMatch(v));
  }

  /** The conservative match of each operator. */
  private static final class MayMatch implements ConditionVisitor<Boolean> {
    private final Value v;
    private final boolean string;
    private final String s;

    MayMatch(Value v) {
      this.v = v;
      this.string = v != null && v.kind() == Value.Kind.STRING;
      this.s = v == null ? null : v.text();
    }

    @Override
    public Boolean visitExists(Exists e) {
      return v == null ? !e.value() : e.value();
    }

    @Override
    public Boolean visitString(StringLiteral l) {
      return string && (l.value().equals(s) || (ipLike(l.value()) && ipLike(s)));
    }

    @Override
    public Boolean visitNumber(NumberLiteral n) {
      return v != null
          && v.kind() == Value.Kind.NUMBER
          && (n.text().equals(s) || numberEquals(n.text(), s));
    }

    @Override
    public Boolean visitBoolean(BooleanLiteral b) {
      return v != null && v.kind() == Value.Kind.BOOLEAN && Boolean.toString(b.value()).equals(s);
    }

    @Override
    public Boolean visitNull(NullLiteral n) {
      return v != null && v.kind() == Value.Kind.NULL;
    }

    @Override
    public Boolean visitPrefix(Prefix p) {
      return string && (p.ignoreCase() ? icPrefix(p.value(), s) : s.startsWith(p.value()));
    }

    @Override
    public Boolean visitSuffix(Suffix p) {
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

    @Override
    public Boolean visitEqualsIgnoreCase(EqualsIgnoreCase e) {
      return string && ignoreCase(e.value(), 0, s, 0, true);
    }

    @Override
    public Boolean visitWildcard(Wildcard w) {
      return string && wildcardRegex(w.pattern()).matcher(s).matches();
    }

    @Override
    public Boolean visitNumeric(Numeric n) {
      if (v == null || v.kind() != Value.Kind.NUMBER) {
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

    @Override
    public Boolean visitCidr(Cidr c) {
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

    private boolean notExcluded(Condition anythingBut) {
      return v != null && !excluded(anythingBut, v, false);
    }

    @Override
    public Boolean visitAnythingButValues(AnythingButValues a) {
      return notExcluded(a);
    }

    @Override
    public Boolean visitAnythingButPrefix(AnythingButPrefix a) {
      return notExcluded(a);
    }

    @Override
    public Boolean visitAnythingButSuffix(AnythingButSuffix a) {
      return notExcluded(a);
    }

    @Override
    public Boolean visitAnythingButIgnoreCase(AnythingButIgnoreCase a) {
      return notExcluded(a);
    }

    @Override
    public Boolean visitAnythingButWildcard(AnythingButWildcard a) {
      return notExcluded(a);
    }
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
