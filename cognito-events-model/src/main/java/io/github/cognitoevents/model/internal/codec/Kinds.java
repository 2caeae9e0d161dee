package io.github.cognitoevents.model.internal.codec;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.github.cognitoevents.model.EventParseException;
import io.github.cognitoevents.model.cloudtrail.Redactable;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The value kinds a {@link RecordCodec} member can have. Scalars are read leniently, the way
 * Cognito and CloudTrail send them, and the received form is written back while the value is
 * unchanged:
 *
 * <ul>
 *   <li>{@link #STRING}: a string; a number or boolean is read as its JSON text;
 *   <li>{@link #BOOLEAN}: {@code true}/{@code false}, or the strings {@code "true"}/{@code "false"}
 *       in any case;
 *   <li>{@link #INT}, {@link #LONG}: an integral number, also written with a zero fraction ({@code
 *       200.0}) or as a string ({@code "200"});
 *   <li>{@link #DECIMAL}: any finite number, or a numeric string;
 *   <li>{@link #INSTANT_TEXT}: an ISO-8601 timestamp string, kept as the text it was sent as (the
 *       record derives its {@code Instant} with {@link #instant(String)});
 *   <li>{@link #JSON}: any JSON value, kept as a read-only tree (see {@link Json});
 *   <li>{@link #list(Kind)}, {@link #map(Kind)}: arrays and objects of one kind, unmodifiable, JSON
 *       null elements kept as {@code null};
 *   <li>{@link #record(Supplier)}: an object read by another record's codec;
 *   <li>{@link #redactable(Kind)}: a member CloudTrail may replace by {@code
 *       HIDDEN_DUE_TO_SECURITY_REASONS} (or {@code HIDDEN_FOR_SECURITY_REASONS}), of any kind.
 * </ul>
 *
 * <p>A value of another structure is an {@link EventParseException} naming the member and the JSON
 * kind found.
 */
public final class Kinds {
  /** What a masked value prints as. */
  public static final String MASK = "***";

  private Kinds() {}

  /** A string; numbers and booleans are read as their JSON text. */
  public static final Kind<String> STRING = new StringKind(true, false);

  /** A string and nothing else (no number or boolean read as text). */
  public static final Kind<String> STRICT_STRING = new StringKind(false, false);

  /**
   * A string, where an object or array is kept verbatim in the unknown fields and reads as {@code
   * null} (a member some senders fill with any JSON, such as a challenge answer).
   */
  public static final Kind<String> STRING_OR_VERBATIM = new StringKind(true, true);

  /** A boolean; the strings {@code "true"} and {@code "false"} (any case) are accepted. */
  public static final Kind<Boolean> BOOLEAN = new BooleanKind();

  /** A 32-bit integer. */
  public static final Kind<Integer> INT = new IntegralKind<>("a 32-bit integer", true);

  /** A 64-bit integer. */
  public static final Kind<Long> LONG = new IntegralKind<>("a 64-bit integer", false);

  /** A decimal number. */
  public static final Kind<BigDecimal> DECIMAL = new DecimalKind();

  /** An ISO-8601 timestamp, kept as its text; see {@link #instant(String)}. */
  public static final Kind<String> INSTANT_TEXT = new InstantTextKind();

  /** Any JSON value, kept as a read-only tree; prints as its shape (member names, sizes). */
  public static final Kind<JsonNode> JSON = new JsonKind();

  /**
   * Marks a member, in a {@link RecordCodec.Chooser} answer, as one the record does not model: it
   * is kept verbatim in the unknown fields.
   */
  public static final Kind<JsonNode> UNKNOWN_MEMBER = new JsonKind();

  /**
   * An array whose elements are of one kind.
   *
   * @param <E> the element type
   * @param element the element kind
   * @return the kind of an unmodifiable list
   */
  public static <E> Kind<List<E>> list(Kind<E> element) {
    return new ListKind<>(element);
  }

  /**
   * An object whose member values are of one kind.
   *
   * @param <V> the value type
   * @param value the value kind
   * @return the kind of an unmodifiable, insertion-ordered map (a new kind per call: each
   *     declaration learns the keys its own maps hold)
   */
  public static <V> Kind<Map<String, V>> map(Kind<V> value) {
    return new MapKind<>(value);
  }

  /**
   * An object read by another record's codec. The supplier is called once, on first use, so records
   * may refer to each other whatever the order their classes are initialised in.
   *
   * @param <R> the record type
   * @param codec supplies the record's codec, typically {@code () -> Other.CODEC}
   * @return the kind
   */
  public static <R> Kind<R> record(Supplier<RecordCodec<R>> codec) {
    return new RecordKind<>(codec);
  }

  /**
   * A value CloudTrail may have replaced by one of the markers of {@link Redactable}.
   *
   * @param <T> the type of the value when present
   * @param value the kind of the value when present
   * @return the kind
   */
  public static <T> Kind<Redactable<T>> redactable(Kind<T> value) {
    return new RedactableKind<>(value);
  }

  /**
   * A kind that only accepts an object and otherwise reads as {@code inner} does.
   *
   * @param <T> the value type
   * @param inner the kind of the object
   * @return the kind
   */
  public static <T> Kind<T> objectOnly(Kind<T> inner) {
    return new ObjectOnlyKind<>(inner);
  }

  /**
   * Reads an object with one kind and any other JSON value with another: CloudTrail's {@code
   * requestParameters} is an object of the operation's shape, but may be a marker string or
   * something else. Reading only; a {@linkplain RecordCodec.Builder#chosen chosen} member writes
   * with {@link #dynamic}.
   *
   * @param <T> the value type
   * @param ifObject the kind of an object
   * @param otherwise the kind of any other value
   * @return the kind
   */
  public static <T> Kind<T> objectOr(Kind<? extends T> ifObject, Kind<? extends T> otherwise) {
    return new ObjectOrKind<>(ifObject, otherwise);
  }

  /**
   * A value read from its JSON tree by a function (for readers that take a tree, such as a caller's
   * detail reader) and written from the tree another function makes of it.
   *
   * @param <T> the value type
   * @param reader reads the frozen tree found at the given pointer
   * @param writer the JSON of a value
   * @return the kind
   */
  public static <T> Kind<T> viaTree(
      BiFunction<JsonNode, String, ? extends T> reader, Function<? super T, JsonNode> writer) {
    return new TreeKind<>(reader, writer);
  }

  /**
   * A kind for writing values whose class has its own codec (looked up per value), JSON trees, or,
   * failing both, the tree {@code fallback} makes. Reading with it is an error; it is the write
   * side of a {@linkplain RecordCodec.Builder#chosen chosen} member.
   *
   * @param <T> the value type
   * @param fallback the JSON of a value of a class without a codec
   * @return the kind
   */
  public static <T> Kind<T> dynamic(Function<? super T, JsonNode> fallback) {
    return new DynamicKind<>(fallback, true);
  }

  /**
   * As {@link #dynamic(Function)}; {@code toString()} shows a value without a codec by its own
   * {@code toString()} when {@code printOthers}, else by its class name only.
   *
   * @param <T> the value type
   * @param fallback the JSON of a value of a class without a codec
   * @param printOthers whether a value without a codec is printed
   * @return the kind
   */
  public static <T> Kind<T> dynamic(Function<? super T, JsonNode> fallback, boolean printOthers) {
    return new DynamicKind<>(fallback, printOthers);
  }

  /**
   * Parses the text of an {@link #INSTANT_TEXT} member: {@code 2024-01-01T00:00:00Z} or with an
   * offset.
   *
   * @param text the text, may be {@code null}
   * @return the instant, or {@code null} for {@code null} or text that is not a timestamp
   */
  public static Instant instant(String text) {
    if (text == null) {
      return null;
    }
    try {
      return Instant.parse(text);
    } catch (DateTimeException e) {
      try {
        return OffsetDateTime.parse(text).toInstant();
      } catch (DateTimeException e2) {
        return null;
      }
    }
  }

  /**
   * The text to write for a timestamp kept both as an instant and as received text: the text while
   * it still denotes the instant, else the instant in ISO-8601.
   *
   * @param instant the instant, may be {@code null}
   * @param text the received text, may be {@code null}
   * @return the text to write
   */
  public static String instantText(Instant instant, String text) {
    if (instant == null) {
      return text;
    }
    return text != null && instant.equals(instant(text)) ? text : instant.toString();
  }

  @SuppressWarnings("unchecked")
  private static <T> T castValue(Object value) {
    return (T) value;
  }

  /** Reads a scalar token as a frozen node (numbers exactly); containers are an error. */
  private static JsonNode scalar(JsonIn in, String expected) throws IOException {
    JsonToken t = in.p.currentToken();
    switch (t) {
      case VALUE_STRING:
        return TextNode.valueOf(in.p.getText());
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return Json.number(in);
      case VALUE_TRUE:
        return BooleanNode.TRUE;
      case VALUE_FALSE:
        return BooleanNode.FALSE;
      default:
        throw in.wrongKind(expected);
    }
  }

  /** The text of a scalar node, as {@link #STRING} reads it. */
  private static String text(JsonNode node) {
    if (node.isTextual()) {
      return node.textValue();
    }
    if (node.isNumber() || node.isBoolean()) {
      return node.asText();
    }
    return null;
  }

  private static final class StringKind extends Kind<String> {
    private final boolean lenient;
    private final boolean keepStructures;

    StringKind(boolean lenient, boolean keepStructures) {
      super("a string", "strings");
      this.lenient = lenient;
      this.keepStructures = keepStructures;
    }

    @Override
    String read(JsonIn in) throws IOException {
      JsonParser p = in.p;
      JsonToken t = p.currentToken();
      if (t == JsonToken.VALUE_STRING) {
        return p.getText();
      }
      if (keepStructures && t.isStructStart()) {
        in.retain(Json.read(in));
        return null;
      }
      if (!lenient) {
        throw in.wrongKind("a string");
      }
      JsonNode raw = scalar(in, "a string");
      in.retain(raw);
      return text(raw);
    }

    @Override
    void write(String value, JsonGenerator g) throws IOException {
      g.writeString(value);
    }

    @Override
    boolean denotes(JsonNode raw, Object value) {
      if (raw.isNull() || (keepStructures && raw.isContainerNode())) {
        return value == null;
      }
      return value != null && value.equals(text(raw));
    }

    @Override
    JsonNode node(String value) {
      return TextNode.valueOf(value);
    }
  }

  private static final class BooleanKind extends Kind<Boolean> {
    BooleanKind() {
      super("a boolean", "booleans");
    }

    @Override
    Boolean read(JsonIn in) throws IOException {
      JsonToken t = in.p.currentToken();
      if (t == JsonToken.VALUE_TRUE) {
        return Boolean.TRUE;
      }
      if (t == JsonToken.VALUE_FALSE) {
        return Boolean.FALSE;
      }
      if (t == JsonToken.VALUE_STRING) {
        String text = in.p.getText();
        Boolean value = parse(text);
        if (value != null) {
          in.retain(TextNode.valueOf(text));
          return value;
        }
      }
      throw in.wrongKind("a boolean");
    }

    private static Boolean parse(String text) {
      String trimmed = text.trim();
      if ("true".equalsIgnoreCase(trimmed)) {
        return Boolean.TRUE;
      }
      if ("false".equalsIgnoreCase(trimmed)) {
        return Boolean.FALSE;
      }
      return null;
    }

    @Override
    void write(Boolean value, JsonGenerator g) throws IOException {
      g.writeBoolean(value);
    }

    @Override
    boolean denotes(JsonNode raw, Object value) {
      if (raw.isNull()) {
        return value == null;
      }
      if (raw.isBoolean()) {
        return Boolean.valueOf(raw.booleanValue()).equals(value);
      }
      return raw.isTextual() && value != null && value.equals(parse(raw.textValue()));
    }

    @Override
    JsonNode node(Boolean value) {
      return BooleanNode.valueOf(value);
    }
  }

  private static final class IntegralKind<N extends Number> extends Kind<N> {
    private final boolean int32;

    IntegralKind(String expected, boolean int32) {
      super(expected, int32 ? "32-bit integers" : "64-bit integers");
      this.int32 = int32;
    }

    @Override
    N read(JsonIn in) throws IOException {
      JsonParser p = in.p;
      JsonToken t = p.currentToken();
      if (t == JsonToken.VALUE_NUMBER_INT) {
        JsonParser.NumberType type = p.getNumberType();
        if (type == JsonParser.NumberType.INT) {
          return box(p.getIntValue());
        }
        if (type == JsonParser.NumberType.LONG && !int32) {
          return box(p.getLongValue());
        }
        throw in.wrongKind(expected());
      }
      if (t == JsonToken.VALUE_NUMBER_FLOAT || t == JsonToken.VALUE_STRING) {
        JsonNode raw =
            t == JsonToken.VALUE_STRING ? TextNode.valueOf(p.getText()) : Json.number(in);
        Long value = integral(raw);
        if (value != null && (!int32 || value == value.intValue())) {
          in.retain(raw);
          return box(value);
        }
      }
      throw in.wrongKind(expected());
    }

    @SuppressWarnings("unchecked")
    private N box(long value) {
      Number boxed = int32 ? (Number) Integer.valueOf((int) value) : (Number) Long.valueOf(value);
      return (N) boxed;
    }

    /** The integral value of a number or numeric string, or {@code null}. */
    static Long integral(JsonNode raw) {
      BigDecimal decimal;
      if (raw.isNumber()) {
        if (raw.isIntegralNumber() && raw.canConvertToLong()) {
          return raw.longValue();
        }
        if (!raw.isBigDecimal() && !Double.isFinite(raw.doubleValue())) {
          return null;
        }
        decimal = raw.decimalValue();
      } else if (raw.isTextual()) {
        decimal = decimal(raw.textValue());
      } else {
        return null;
      }
      if (decimal == null) {
        return null;
      }
      try {
        return decimal.longValueExact();
      } catch (ArithmeticException e) {
        return null;
      }
    }

    @Override
    void write(N value, JsonGenerator g) throws IOException {
      long v = value.longValue();
      // an int when it fits, as a parser reads it back
      if (v == (int) v) {
        g.writeNumber((int) v);
      } else {
        g.writeNumber(v);
      }
    }

    @Override
    boolean denotes(JsonNode raw, Object value) {
      if (raw.isNull()) {
        return value == null;
      }
      Long decoded = integral(raw);
      return decoded != null && value instanceof Number n && n.longValue() == decoded;
    }

    @Override
    JsonNode node(N value) {
      long v = value.longValue();
      return v == (int) v ? Json.NODES.numberNode((int) v) : Json.NODES.numberNode(v);
    }
  }

  /** A decimal number in text, leniently (surrounding blanks allowed), or {@code null}. */
  static BigDecimal decimal(String text) {
    String trimmed = text.trim();
    if (trimmed.isEmpty() || trimmed.length() > 40) {
      return null;
    }
    try {
      return new BigDecimal(trimmed);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static final class DecimalKind extends Kind<BigDecimal> {
    DecimalKind() {
      super("a number", "numbers");
    }

    @Override
    BigDecimal read(JsonIn in) throws IOException {
      JsonToken t = in.p.currentToken();
      if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
        JsonNode raw = Json.number(in);
        if (raw.isDouble() || raw.isFloat()) {
          in.retain(raw);
        }
        return raw.decimalValue();
      }
      if (t == JsonToken.VALUE_STRING) {
        String text = in.p.getText();
        BigDecimal value = decimal(text);
        if (value != null) {
          in.retain(TextNode.valueOf(text));
          return value;
        }
      }
      throw in.wrongKind("a number");
    }

    @Override
    void write(BigDecimal value, JsonGenerator g) throws IOException {
      g.writeNumber(value);
    }

    @Override
    boolean denotes(JsonNode raw, Object value) {
      if (raw.isNull()) {
        return value == null;
      }
      BigDecimal decoded =
          raw.isNumber() ? raw.decimalValue() : raw.isTextual() ? decimal(raw.textValue()) : null;
      return decoded != null && value instanceof BigDecimal d && d.compareTo(decoded) == 0;
    }

    @Override
    JsonNode node(BigDecimal value) {
      return Json.NODES.numberNode(value);
    }
  }

  private static final class InstantTextKind extends Kind<String> {
    InstantTextKind() {
      super("an ISO-8601 timestamp", "ISO-8601 timestamps");
    }

    @Override
    String read(JsonIn in) throws IOException {
      if (in.p.currentToken() != JsonToken.VALUE_STRING) {
        throw in.wrongKind("an ISO-8601 timestamp");
      }
      String text = in.p.getText();
      if (instant(text) == null) {
        String at = in.pointer();
        throw new EventParseException(
            at, "field '" + at + "' must be an ISO-8601 timestamp but is another string");
      }
      return text;
    }

    @Override
    void write(String value, JsonGenerator g) throws IOException {
      g.writeString(value);
    }

    @Override
    boolean denotes(JsonNode raw, Object value) {
      return raw.isNull() ? value == null : raw.isTextual() && raw.textValue().equals(value);
    }

    @Override
    JsonNode node(String value) {
      return TextNode.valueOf(value);
    }
  }

  private static final class JsonKind extends Kind<JsonNode> {
    JsonKind() {
      super("a JSON value", "JSON values");
    }

    @Override
    JsonNode read(JsonIn in) throws IOException {
      return Json.read(in);
    }

    @Override
    JsonNode readNullElement() {
      return NullNode.instance;
    }

    @Override
    void write(JsonNode value, JsonGenerator g) throws IOException {
      Json.write(value, g);
    }

    @Override
    boolean denotes(JsonNode raw, Object value) {
      return raw.isNull() ? value == null : raw.equals(value);
    }

    @Override
    JsonNode node(JsonNode value) {
      return Json.freeze(value);
    }

    @Override
    void print(Object value, Sensitivity sensitivity, StringBuilder out) {
      JsonNode node = (JsonNode) value;
      if (sensitivity == Sensitivity.SECRET
          || (!visible(sensitivity) && !node.isContainerNode() && !node.isNull())) {
        out.append(MASK); // a personal number or boolean is masked like a personal string
      } else {
        Json.shape(node, out);
      }
    }
  }

  private static final class ObjectOnlyKind<T> extends Kind<T> {
    private final Kind<T> inner;

    ObjectOnlyKind(Kind<T> inner) {
      super("an object", "objects");
      this.inner = inner;
    }

    @Override
    T read(JsonIn in) throws IOException {
      if (in.p.currentToken() != JsonToken.START_OBJECT) {
        throw in.wrongKind("an object");
      }
      return inner.read(in);
    }

    @Override
    void write(T value, JsonGenerator g) throws IOException {
      inner.write(value, g);
    }

    @Override
    boolean denotes(JsonNode raw, Object value) {
      return inner.denotes(raw, value);
    }

    @Override
    void print(Object value, Sensitivity sensitivity, StringBuilder out) {
      inner.print(value, sensitivity, out);
    }
  }

  private static final class RecordKind<R> extends Kind<R> {
    @Override
    boolean hiddenReadsAsAbsent() {
      return true;
    }

    private final Supplier<RecordCodec<R>> supplier;
    private RecordCodec<R> codec;

    RecordKind(Supplier<RecordCodec<R>> supplier) {
      super("an object", "objects");
      this.supplier = Objects.requireNonNull(supplier, "codec");
    }

    RecordCodec<R> codec() {
      RecordCodec<R> c = codec;
      if (c == null) {
        c = Objects.requireNonNull(supplier.get(), "a record codec is not initialised yet");
        codec = c;
      }
      return c;
    }

    @Override
    R read(JsonIn in) throws IOException {
      if (in.p.currentToken() != JsonToken.START_OBJECT) {
        throw in.wrongKind("an object");
      }
      return codec().read(in);
    }

    @Override
    void write(R value, JsonGenerator g) throws IOException {
      codec().write(value, g);
    }

    @Override
    void print(Object value, Sensitivity sensitivity, StringBuilder out) {
      if (sensitivity == Sensitivity.SECRET) {
        out.append(MASK);
      } else {
        codec().appendTo(codec().type().cast(value), out);
      }
    }
  }

  private static final class ListKind<E> extends Kind<List<E>> {
    @Override
    boolean hiddenReadsAsAbsent() {
      return true;
    }

    private final Kind<E> element;

    ListKind(Kind<E> element) {
      super("an array of " + element.plural(), "arrays");
      this.element = element;
    }

    @Override
    List<E> read(JsonIn in) throws IOException {
      JsonParser p = in.p;
      if (p.currentToken() != JsonToken.START_ARRAY) {
        throw in.wrongKind(expected());
      }
      in.enter();
      ArrayList<E> values = new ArrayList<>();
      ArrayList<JsonNode> raws = null;
      JsonToken t;
      if (element == STRING) {
        // the common case, without a token dispatch per element
        while (true) {
          String text = p.nextTextValue();
          if (text != null) {
            values.add(castValue(text));
            if (raws != null) {
              raws.add(TextNode.valueOf(text));
            }
            continue;
          }
          t = p.currentToken();
          if (t == JsonToken.END_ARRAY) {
            break;
          }
          raws = element(in, t, values, raws);
        }
      } else {
        while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
          raws = element(in, t, values, raws);
        }
      }
      in.leave();
      if (raws != null) {
        in.retain(Json.array(raws));
      }
      return Frozen.ownedList(values);
    }

    /** Reads one element; returns the received forms, started when one is needed. */
    private ArrayList<JsonNode> element(
        JsonIn in, JsonToken t, ArrayList<E> values, ArrayList<JsonNode> raws) throws IOException {
      E value;
      JsonNode raw = null;
      if (t == JsonToken.VALUE_NULL) {
        value = element.readNullElement();
      } else {
        value = element.read(in);
        raw = in.takeRetained();
      }
      if (raw != null && raws == null) {
        raws = new ArrayList<>(values.size() + 4);
        for (E earlier : values) {
          raws.add(earlier == null ? NullNode.instance : element.node(earlier));
        }
      }
      values.add(value);
      if (raws != null) {
        raws.add(raw != null ? raw : value == null ? NullNode.instance : element.node(value));
      }
      return raws;
    }

    @Override
    void write(List<E> value, JsonGenerator g) throws IOException {
      g.writeStartArray();
      if (value instanceof RandomAccess) {
        for (int i = 0, n = value.size(); i < n; i++) {
          writeValue(element, value.get(i), g);
        }
      } else {
        for (E e : value) {
          writeValue(element, e, g);
        }
      }
      g.writeEndArray();
    }

    @Override
    boolean denotes(JsonNode raw, Object value) {
      if (raw.isNull()) {
        return value == null;
      }
      if (!raw.isArray() || !(value instanceof List<?> list) || list.size() != raw.size()) {
        return false;
      }
      for (int i = 0; i < list.size(); i++) {
        if (!elementDenotes(element, raw.get(i), list.get(i))) {
          return false;
        }
      }
      return true;
    }

    @Override
    void print(Object value, Sensitivity sensitivity, StringBuilder out) {
      out.append('[');
      boolean first = true;
      for (Object e : (List<?>) value) {
        if (!first) {
          out.append(", ");
        }
        first = false;
        if (e == null) {
          out.append("null");
        } else {
          element.print(e, sensitivity, out);
        }
      }
      out.append(']');
    }
  }

  /**
   * Writes a member, element or map value: null as null, a string of a string kind directly (the
   * common case, without a call through the kind).
   */
  static <E> void writeValue(Kind<E> kind, E value, JsonGenerator g) throws IOException {
    if (value == null) {
      g.writeNull();
    } else if (kind == STRING || kind == STRICT_STRING) {
      g.writeString((String) value);
    } else {
      kind.write(value, g);
    }
  }

  /** Whether a received element reads as the element value, or is its canonical form. */
  private static boolean elementDenotes(Kind<?> kind, JsonNode raw, Object value) {
    if (value == null) {
      return raw.isNull();
    }
    return kind.denotes(raw, value) || canonical(kind, value).equals(raw);
  }

  @SuppressWarnings("unchecked")
  private static <T> JsonNode canonical(Kind<T> kind, Object value) {
    return kind.node((T) value);
  }

  private static final class MapKind<V> extends Kind<Map<String, V>> {
    @Override
    boolean hiddenReadsAsAbsent() {
      return true;
    }

    /** How many leading keys are remembered, and how long a key may be to be remembered. */
    private static final int GUESSED_KEYS = 16;

    private static final int GUESSED_KEY_LENGTH = 64;

    private final Kind<V> value;

    /**
     * The keys the maps of this declaration held at each position, as guesses for the next map: the
     * maps of one declaration (a pool's user attributes) mostly repeat their keys in one order, and
     * a guessed key is compared against the raw input instead of being decoded and hashed. A guess
     * is replaced after {@link #RELEARN_AFTER} misses in a row, so maps whose keys come in no fixed
     * order do not pay for learning on every key. Published with release/acquire (a guess and its
     * encoded bytes are complete when another thread sees them); the miss counters are racy on
     * purpose: they only decide when to learn, and a guess is checked, never trusted.
     */
    private final AtomicReferenceArray<SerializedString> guesses =
        new AtomicReferenceArray<>(GUESSED_KEYS);

    private final byte[] misses = new byte[GUESSED_KEYS];

    private static final int RELEARN_AFTER = 16;

    MapKind(Kind<V> value) {
      super("an object of " + value.plural(), "objects");
      this.value = value;
    }

    /**
     * Whether a key may be remembered: short, and printable ASCII that JSON writes as it is (so its
     * pre-encoded form is what any generator would write, whatever escaping it is set to).
     */
    private static boolean plain(String key) {
      if (key.length() > GUESSED_KEY_LENGTH) {
        return false;
      }
      for (int i = 0; i < key.length(); i++) {
        char c = key.charAt(i);
        if (c < 0x20 || c >= 0x7F || c == '"' || c == '\\') {
          return false;
        }
      }
      return true;
    }

    /** The next key, trying the one guessed for {@code position} first; null at the end. */
    private String nextKey(JsonParser p, int position) throws IOException {
      if (position >= GUESSED_KEYS) {
        return p.nextFieldName();
      }
      SerializedString guess = guesses.getAcquire(position);
      String key;
      if (guess == null) {
        key = p.nextFieldName();
      } else {
        key = JsonIn.nextName(p, guess);
        if (key == guess.getValue()) {
          if (misses[position] != 0) {
            misses[position] = 0;
          }
          return key;
        }
        if (key == null || ++misses[position] < RELEARN_AFTER) {
          return key;
        }
        misses[position] = 0;
      }
      if (key != null && plain(key)) {
        SerializedString learned = new SerializedString(key);
        learned.asQuotedUTF8(); // encoded before it is published
        guesses.setRelease(position, learned);
      }
      return key;
    }

    @Override
    Map<String, V> read(JsonIn in) throws IOException {
      JsonParser p = in.p;
      if (p.currentToken() != JsonToken.START_OBJECT) {
        throw in.wrongKind(expected());
      }
      in.enter();
      Frozen.MapBuilder<String, V> map = new Frozen.MapBuilder<>(8);
      LinkedHashMap<String, JsonNode> raws = null;
      String key;
      boolean strings = value == STRING;
      int position = 0;
      while ((key = nextKey(p, position++)) != null) {
        V v;
        JsonNode raw = null;
        if (strings) {
          String text = p.nextTextValue();
          if (text != null) {
            v = castValue(text);
          } else {
            JsonToken t = p.currentToken();
            if (t == JsonToken.VALUE_NULL) {
              v = null;
            } else {
              v = value.read(in);
              raw = in.takeRetained();
            }
          }
        } else {
          JsonToken t = p.nextToken();
          if (t == JsonToken.VALUE_NULL) {
            v = value.readNullElement();
          } else {
            v = value.read(in);
            raw = in.takeRetained();
          }
        }
        if (!map.put(key, v)) {
          throw in.duplicate();
        }
        if (raw != null && raws == null) {
          raws = new LinkedHashMap<>();
          for (int k = 0; k < map.size(); k++) {
            V earlier = map.valueAt(k);
            raws.put(map.keyAt(k), earlier == null ? NullNode.instance : value.node(earlier));
          }
        }
        if (raws != null) {
          raws.put(key, raw != null ? raw : v == null ? NullNode.instance : value.node(v));
        }
      }
      in.leave();
      if (raws != null) {
        in.retain(Json.object(raws));
      }
      return map.build();
    }

    @Override
    void write(Map<String, V> map, JsonGenerator g) throws IOException {
      g.writeStartObject();
      Frozen.FrozenMap<String, V> entries = Frozen.frozen(map);
      for (int k = 0; k < entries.size(); k++) {
        String key = entries.keyAt(k);
        // a key the reader learned is written from its encoded form (usually the same String)
        SerializedString known = k < GUESSED_KEYS ? guesses.getAcquire(k) : null;
        if (known != null && known.getValue().equals(key)) {
          g.writeFieldName(known);
        } else {
          g.writeFieldName(key);
        }
        writeValue(value, entries.valueAt(k), g);
      }
      g.writeEndObject();
    }

    @Override
    boolean denotes(JsonNode raw, Object v) {
      if (raw.isNull()) {
        return v == null;
      }
      if (!raw.isObject() || !(v instanceof Map<?, ?> map) || map.size() != raw.size()) {
        return false;
      }
      var it = map.entrySet().iterator();
      for (Map.Entry<String, JsonNode> e : raw.properties()) {
        Map.Entry<?, ?> m = it.next();
        if (!e.getKey().equals(m.getKey()) || !elementDenotes(value, e.getValue(), m.getValue())) {
          return false;
        }
      }
      return true;
    }

    @Override
    void print(Object v, Sensitivity sensitivity, StringBuilder out) {
      out.append('{');
      boolean first = true;
      for (Map.Entry<?, ?> e : ((Map<?, ?>) v).entrySet()) {
        if (!first) {
          out.append(", ");
        }
        first = false;
        out.append(e.getKey()).append('=');
        Object element = e.getValue();
        if (element == null) {
          out.append("null");
        } else if (sensitivity == Sensitivity.PERSONAL && "sub".equals(e.getKey())) {
          value.print(element, Sensitivity.NONE, out);
        } else {
          value.print(element, sensitivity, out);
        }
      }
      out.append('}');
    }
  }

  private static final class RedactableKind<T> extends Kind<Redactable<T>> {
    private final Kind<T> value;

    RedactableKind(Kind<T> value) {
      super(value.expected(), value.plural());
      this.value = value;
    }

    @Override
    Redactable<T> read(JsonIn in) throws IOException {
      if (in.p.currentToken() == JsonToken.VALUE_STRING) {
        String text = in.p.getText();
        if (Redactable.isMarker(text)) {
          return Redactable.redacted(text);
        }
      }
      return Redactable.of(value.read(in));
    }

    @Override
    void write(Redactable<T> v, JsonGenerator g) throws IOException {
      if (v instanceof Redactable.Redacted<T> r) {
        g.writeString(r.marker());
      } else {
        value.write(((Redactable.Present<T>) v).value(), g);
      }
    }

    @Override
    boolean denotes(JsonNode raw, Object v) {
      if (raw.isNull()) {
        return v == null;
      }
      if (v instanceof Redactable.Redacted<?> r) {
        return raw.isTextual() && raw.textValue().equals(r.marker());
      }
      return v instanceof Redactable.Present<?> p && value.denotes(raw, p.value());
    }

    @Override
    JsonNode node(Redactable<T> v) {
      if (v instanceof Redactable.Redacted<T> r) {
        return TextNode.valueOf(r.marker());
      }
      return value.node(((Redactable.Present<T>) v).value());
    }

    @Override
    void print(Object v, Sensitivity sensitivity, StringBuilder out) {
      if (v instanceof Redactable.Redacted<?> r) {
        out.append(r.marker());
      } else {
        value.print(((Redactable.Present<?>) v).value(), sensitivity, out);
      }
    }
  }

  private static final class TreeKind<T> extends Kind<T> {
    private final BiFunction<JsonNode, String, ? extends T> reader;
    private final Function<? super T, JsonNode> writer;

    TreeKind(
        BiFunction<JsonNode, String, ? extends T> reader, Function<? super T, JsonNode> writer) {
      super("a JSON value", "JSON values");
      this.reader = reader;
      this.writer = writer;
    }

    @Override
    T read(JsonIn in) throws IOException {
      String at = in.pointer();
      return reader.apply(Json.read(in), at);
    }

    @Override
    void write(T value, JsonGenerator g) throws IOException {
      Json.write(writer.apply(value), g);
    }

    @Override
    void print(Object value, Sensitivity sensitivity, StringBuilder out) {
      if (sensitivity == Sensitivity.SECRET) {
        out.append(MASK);
      } else if (value instanceof JsonNode node) {
        Json.shape(node, out);
      } else {
        out.append(value);
      }
    }
  }

  private static final class ObjectOrKind<T> extends Kind<T> {
    private final Kind<? extends T> ifObject;
    private final Kind<? extends T> otherwise;

    ObjectOrKind(Kind<? extends T> ifObject, Kind<? extends T> otherwise) {
      super("a JSON value", "JSON values");
      this.ifObject = ifObject;
      this.otherwise = otherwise;
    }

    @Override
    T read(JsonIn in) throws IOException {
      return in.p.currentToken() == JsonToken.START_OBJECT ? ifObject.read(in) : otherwise.read(in);
    }

    @Override
    void write(T value, JsonGenerator g) {
      throw new IllegalStateException("an object-or kind only reads");
    }
  }

  private static final class DynamicKind<T> extends Kind<T> {
    private final Function<? super T, JsonNode> fallback;
    private final boolean printOthers;

    DynamicKind(Function<? super T, JsonNode> fallback, boolean printOthers) {
      super("a JSON value", "JSON values");
      this.fallback = fallback;
      this.printOthers = printOthers;
    }

    @Override
    T read(JsonIn in) {
      throw new IllegalStateException("a dynamic kind only writes");
    }

    @Override
    void write(T value, JsonGenerator g) throws IOException {
      if (value instanceof JsonNode node) {
        Json.write(node, g);
        return;
      }
      RecordCodec<Object> codec = Codecs.forValue(value);
      if (codec != null) {
        codec.write(value, g);
      } else {
        Json.write(fallback.apply(value), g);
      }
    }

    @Override
    void print(Object value, Sensitivity sensitivity, StringBuilder out) {
      RecordCodec<Object> codec;
      if (sensitivity == Sensitivity.SECRET) {
        out.append(MASK);
      } else if (value instanceof JsonNode node) {
        Json.shape(node, out);
      } else if ((codec = Codecs.forValue(value)) != null) {
        codec.appendTo(value, out);
      } else if (printOthers) {
        out.append(value);
      } else {
        out.append('<').append(value.getClass().getSimpleName()).append('>');
      }
    }
  }
}
