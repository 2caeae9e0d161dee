package io.github.cognitoevents.model.internal.codec;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import io.github.cognitoevents.model.EventParseException;
import io.github.cognitoevents.model.cloudtrail.Redactable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The one JSON mechanism of the model: a record declares its members once, in a static table, and
 * this class reads it (streaming, from any Jackson {@link JsonParser}), writes it (to a {@link
 * JsonGenerator} or a tree), and prints it with the model's redaction policy. Every trigger record,
 * the CloudTrail record and its common structures, the EventBridge envelope and the TriggerMesh
 * records use it; generated records must too.
 *
 * <h2>How a record declares itself</h2>
 *
 * <p>A record is a Java {@code record} whose components are its members, in declaration order,
 * followed by one last component {@code Map<String, JsonNode> unknownFields}. It holds:
 *
 * <ol>
 *   <li>a compact constructor that makes every component immutable with {@link Frozen#of(Object)}
 *       (lists, maps, JSON trees, redactable values; other components need nothing) and the unknown
 *       fields with {@link Frozen#unknown(Map)};
 *   <li>{@code static final RecordCodec<X> CODEC}, built with {@link #builder(Class)}: one {@link
 *       Builder#field(String, Kind, Sensitivity, Function) field(...)} per member, in component
 *       order, giving the JSON member name, the {@link Kind} (from {@link Kinds}: {@code STRING},
 *       {@code BOOLEAN}, {@code INT}, {@code LONG}, {@code DECIMAL}, {@code INSTANT_TEXT}, {@code
 *       JSON}, {@code list(...)}, {@code map(...)}, {@code record(() -> Other.CODEC)}, {@code
 *       redactable(...)}), the {@link Sensitivity} (omit for {@code NONE}) and the accessor; then
 *       {@link Builder#unknownFields(Function)}; then {@link Builder#build(Function)} with the
 *       canonical constructor called on the {@link Values} read: {@code v.get(i)} is member {@code
 *       i} ({@code null} when absent or JSON null), {@code v.unknown()} the unknown fields;
 *   <li>{@code toString()} returning {@code CODEC.toString(this)}, and a {@code toJson()} returning
 *       {@code CODEC.toJson(this)} where the record is public API.
 * </ol>
 *
 * <p>The Java type of a component follows its kind: {@code String} for {@code STRING} and {@code
 * INSTANT_TEXT}, {@code Boolean}, {@code Integer}, {@code Long}, {@code BigDecimal} (boxed: absent
 * is {@code null}), {@code JsonNode}, {@code List<E>}, {@code Map<String, V>}, the record type,
 * {@code Redactable<T>}. A member CloudTrail may hide (the service model marks it sensitive) is
 * {@code redactable(kind)} with {@code Sensitivity.SECRET}, whatever its kind (string, list, map,
 * structure). Nested records are declared the same way, each with its own {@code CODEC}; refer to
 * another codec through a supplier ({@code Kinds.record(() -> Other.CODEC)}) so the order classes
 * are initialised in never matters.
 *
 * <h2>A complete example</h2>
 *
 * <pre>{@code
 * public record UserPoolClientType(
 *     String userPoolId,
 *     String clientName,
 *     Redactable<String> clientSecret,
 *     Integer refreshTokenValidity,
 *     List<String> callbackUrls,
 *     TokenValidityUnitsType tokenValidityUnits,
 *     Map<String, JsonNode> unknownFields) {
 *
 *   public UserPoolClientType {
 *     clientSecret = Frozen.of(clientSecret);
 *     callbackUrls = Frozen.of(callbackUrls);
 *     unknownFields = Frozen.unknown(unknownFields);
 *   }
 *
 *   static final RecordCodec<UserPoolClientType> CODEC =
 *       RecordCodec.builder(UserPoolClientType.class)
 *           .field("userPoolId", Kinds.STRING, UserPoolClientType::userPoolId)
 *           .field("clientName", Kinds.STRING, UserPoolClientType::clientName)
 *           .field("clientSecret", Kinds.redactable(Kinds.STRING), Sensitivity.SECRET,
 *               UserPoolClientType::clientSecret)
 *           .field("refreshTokenValidity", Kinds.INT, UserPoolClientType::refreshTokenValidity)
 *           .field("callbackURLs", Kinds.list(Kinds.STRING), UserPoolClientType::callbackUrls)
 *           .field("tokenValidityUnits", Kinds.record(() -> TokenValidityUnitsType.CODEC),
 *               UserPoolClientType::tokenValidityUnits)
 *           .unknownFields(UserPoolClientType::unknownFields)
 *           .build(v -> new UserPoolClientType(
 *               v.get(0), v.get(1), v.get(2), v.get(3), v.get(4), v.get(5), v.unknown()));
 *
 *   public ObjectNode toJson() {
 *     return CODEC.toJson(this);
 *   }
 *
 *   @Override
 *   public String toString() {
 *     return CODEC.toString(this);
 *   }
 * }
 * }</pre>
 *
 * <p>Reading it: {@code CODEC.read(parser)} (or {@link Kinds#record} inside another record);
 * writing: {@code CODEC.write(value, generator)} or {@code toJson()}; the Jackson module ({@code
 * CognitoEventsModule}) finds the codec of any record class by itself ({@link Codecs}).
 *
 * <h2>What every record then does</h2>
 *
 * <ul>
 *   <li><b>Reading</b> streams the members from the parser, matching names in declaration order
 *       first. A member appearing twice in one object (at any depth, maps and free-form JSON
 *       included) is an {@link EventParseException}; so is a value of the wrong structure, which
 *       names the member by its JSON pointer and the JSON kind found, never the value; nesting
 *       deeper than {@link JsonIn#MAX_DEPTH} levels and non-finite numbers (trees built in code)
 *       are rejected.
 *   <li><b>A hidden structure is absent, not an error</b>: CloudTrail's marker ({@code
 *       HIDDEN_DUE_TO_SECURITY_REASONS}) where an object or array is declared reads as {@code
 *       null}, the marker kept in the unknown fields under the member's name and written back in
 *       place (members hidden by design are {@code Redactable} and read the marker as a value).
 *   <li><b>Absent and null stay apart</b>: both read as Java {@code null}, and a JSON null is kept
 *       in the unknown fields under the member's name, so it is written back as null; an absent
 *       member stays absent.
 *   <li><b>Received forms are kept</b>: a scalar read leniently ({@code "true"} for a boolean, a
 *       number for a string, {@code 200.0} or {@code "200"} for an integer) is kept in the unknown
 *       fields and written back as received while the typed value still reads the same; a typed
 *       value changed in code is written in its canonical form.
 *   <li><b>Unknown members</b> are kept verbatim, in document order, and written after the declared
 *       members.
 *   <li><b>Writing</b> emits the declared members in declaration order (absent ones omitted), then
 *       the unknown members. An unchanged record writes back the JSON tree it was read from.
 *   <li><b>{@code toString()}</b> is {@code Name[member=value, ...]} by JSON member name, with
 *       {@link Sensitivity} applied: secrets as {@code ***} (maps show their keys; a hidden
 *       CloudTrail value its marker), personal data masked unless {@code PersonalData} says
 *       otherwise, free-form JSON by its shape only, unknown members by name only.
 *   <li><b>Immutability</b>: values read are unmodifiable lists and maps and read-only JSON trees
 *       ({@link Json}), shared rather than copied when handed out.
 * </ul>
 *
 * <p>A member whose kind depends on other members (the {@code request} of a trigger event on its
 * {@code triggerSource}, CloudTrail's {@code requestParameters} on the operation) is declared with
 * {@link Builder#chosen}; when it arrives before the members its {@link Chooser} needs, it is
 * buffered and read once the object is complete.
 *
 * @param <R> the record type
 */
public final class RecordCodec<R> {
  private final Class<R> type;
  private final String name;
  private final Field[] fields;
  private final Map<String, Integer> index;
  private final Function<? super R, Map<String, JsonNode>> unknownFields;
  private final Function<Values, ? extends R> constructor;

  /**
   * The order members arrived in last time, as a guess for the next read: {@code successor[i]} is
   * the index of the member that followed member {@code i} ({@code successor[n]}: the first member;
   * {@code n}: none). Senders keep their own order (Cognito's trigger events do not follow ours),
   * so the guess is learned rather than fixed. Shared by all threads without synchronisation: a
   * stale or torn-between-threads guess only costs the slower name lookup, never a wrong answer.
   */
  private final int[] successor;

  /**
   * Chooses the kind of a member from the members read before it.
   *
   * <p>Called when the member is met, with {@code complete} false and only the members read so far
   * present; returning {@code null} defers the member (it is buffered), and the chooser is called
   * again with {@code complete} true once the object has been read. Returning {@link
   * Kinds#UNKNOWN_MEMBER} keeps the member verbatim as an unknown field. It may throw {@link
   * EventParseException}.
   */
  @FunctionalInterface
  public interface Chooser {
    /**
     * Chooses.
     *
     * @param seen the members read so far
     * @param complete whether the whole object has been read
     * @return the kind, or {@code null} to decide later (never when complete)
     */
    Kind<?> choose(Values seen, boolean complete);
  }

  /** One declared member. */
  private static final class Field {
    final String name;
    final SerializedString serialized;
    final Kind<Object> kind;
    final Chooser chooser;
    final Sensitivity sensitivity;
    final Function<Object, Object> accessor;

    Field(
        String name,
        Kind<Object> kind,
        Chooser chooser,
        Sensitivity sensitivity,
        Function<Object, Object> accessor) {
      this.name = name;
      this.serialized = new SerializedString(name);
      this.kind = kind;
      this.chooser = chooser;
      this.sensitivity = sensitivity;
      this.accessor = accessor;
    }
  }

  private RecordCodec(Builder<R> b, Function<Values, ? extends R> constructor) {
    this.type = b.type;
    this.name = b.type.getSimpleName();
    this.fields = b.fields.toArray(new Field[0]);
    this.index = new HashMap<>();
    for (int i = 0; i < fields.length; i++) {
      if (index.put(fields[i].name, i) != null) {
        throw new IllegalArgumentException("member " + fields[i].name + " declared twice");
      }
    }
    this.unknownFields = Objects.requireNonNull(b.unknownFields, "unknownFields");
    this.constructor = Objects.requireNonNull(constructor, "constructor");
    this.successor = new int[fields.length + 1];
    for (int i = 0; i < fields.length; i++) {
      successor[i] = i + 1;
    }
  }

  /**
   * Starts the declaration of a record.
   *
   * @param <R> the record type
   * @param type the record class
   * @return a builder
   */
  public static <R> Builder<R> builder(Class<R> type) {
    return new Builder<>(type);
  }

  /**
   * Declares the members of a record, in component order.
   *
   * @param <R> the record type
   */
  public static final class Builder<R> {
    private final Class<R> type;
    private final List<Field> fields = new ArrayList<>();
    private Function<? super R, Map<String, JsonNode>> unknownFields;
    private boolean registered = true;

    private Builder(Class<R> type) {
      this.type = Objects.requireNonNull(type, "type");
    }

    /**
     * Declares a member that is not sensitive.
     *
     * @param <T> the member's Java type
     * @param name the JSON member name
     * @param kind its kind
     * @param accessor the record component
     * @return this builder
     */
    public <T> Builder<R> field(
        String name, Kind<T> kind, Function<? super R, ? extends T> accessor) {
      return field(name, kind, Sensitivity.NONE, accessor);
    }

    /**
     * Declares a member.
     *
     * @param <T> the member's Java type
     * @param name the JSON member name
     * @param kind its kind
     * @param sensitivity how {@code toString()} shows it
     * @param accessor the record component
     * @return this builder
     */
    @SuppressWarnings("unchecked")
    public <T> Builder<R> field(
        String name,
        Kind<T> kind,
        Sensitivity sensitivity,
        Function<? super R, ? extends T> accessor) {
      fields.add(
          new Field(
              Objects.requireNonNull(name, "name"),
              (Kind<Object>) Objects.requireNonNull(kind, "kind"),
              null,
              Objects.requireNonNull(sensitivity, "sensitivity"),
              (Function<Object, Object>) Objects.requireNonNull(accessor, "accessor")));
      return this;
    }

    /**
     * Declares a member whose kind depends on other members (see {@link Chooser}).
     *
     * @param <T> the member's Java type
     * @param name the JSON member name
     * @param chooser chooses the kind to read it with
     * @param writeKind writes and prints the value (e.g. {@link Kinds#dynamic})
     * @param accessor the record component
     * @return this builder
     */
    @SuppressWarnings("unchecked")
    public <T> Builder<R> chosen(
        String name,
        Chooser chooser,
        Kind<T> writeKind,
        Function<? super R, ? extends T> accessor) {
      fields.add(
          new Field(
              Objects.requireNonNull(name, "name"),
              (Kind<Object>) Objects.requireNonNull(writeKind, "writeKind"),
              Objects.requireNonNull(chooser, "chooser"),
              Sensitivity.NONE,
              (Function<Object, Object>) Objects.requireNonNull(accessor, "accessor")));
      return this;
    }

    /**
     * Declares where the record keeps its unknown fields.
     *
     * @param accessor the {@code unknownFields} component
     * @return this builder
     */
    public Builder<R> unknownFields(Function<? super R, Map<String, JsonNode>> accessor) {
      this.unknownFields = Objects.requireNonNull(accessor, "accessor");
      return this;
    }

    /**
     * Makes a codec that is not the codec of its class (an alternative reader, such as the trigger
     * dispatch): it is not registered in {@link Codecs}.
     *
     * @return this builder
     */
    public Builder<R> unregistered() {
      this.registered = false;
      return this;
    }

    /**
     * Builds the codec and, unless {@link #unregistered()}, registers it as its class's codec.
     *
     * @param constructor the canonical constructor called on the values read
     * @return the codec
     */
    public RecordCodec<R> build(Function<Values, ? extends R> constructor) {
      RecordCodec<R> codec = new RecordCodec<>(this, constructor);
      if (registered) {
        Codecs.register(codec);
      }
      return codec;
    }
  }

  /**
   * The record class.
   *
   * @return the class
   */
  public Class<R> type() {
    return type;
  }

  /**
   * The index of a declared member.
   *
   * @param member the JSON member name
   * @return its index, or -1
   */
  public int indexOf(String member) {
    Integer i = index.get(member);
    return i == null ? -1 : i;
  }

  /**
   * Reads a record from any parser positioned at the start of its object ({@code START_OBJECT}), or
   * inside it at a member name or at its end (as a Jackson deserializer may be called).
   *
   * @param p the parser
   * @return the record
   * @throws EventParseException if the object is not such a record
   * @throws IOException if the parser fails
   */
  public R read(JsonParser p) throws IOException {
    JsonIn in = new JsonIn(p, "", 0);
    JsonToken t = p.currentToken();
    if (t == JsonToken.START_OBJECT) {
      return read(in);
    }
    if (t == JsonToken.FIELD_NAME || t == JsonToken.END_OBJECT) {
      in.enter();
      R r = readMembers(in, t == JsonToken.FIELD_NAME ? p.currentName() : null);
      in.leave();
      return r;
    }
    throw in.wrongKind("an object");
  }

  /**
   * Reads a record; the parser is at {@code START_OBJECT}.
   *
   * @param in the reader
   * @return the record
   * @throws IOException if the parser fails
   */
  public R read(JsonIn in) throws IOException {
    in.enter();
    R r = readMembers(in, nextName(in.p, fields, successor[fields.length]));
    in.leave();
    return r;
  }

  /**
   * Moves to the next member name, trying the member expected there (see {@link #successor}) first.
   *
   * @return the name, or {@code null} at the end of the object
   */
  private static String nextName(JsonParser p, Field[] fs, int expect) throws IOException {
    return expect < fs.length ? JsonIn.nextName(p, fs[expect].serialized) : p.nextFieldName();
  }

  private R readMembers(JsonIn in, String first) throws IOException {
    JsonParser p = in.p;
    Field[] fs = fields;
    int n = fs.length;
    Values values = new Values(n);
    Object[] slots = values.slots;
    Frozen.MapBuilder<String, JsonNode> unknown = null;
    List<Object> deferred = null;
    int[] order = successor;
    int previous = n;
    int expect = order[n];
    for (String member = first; member != null; member = nextName(p, fs, expect)) {
      JsonToken t = p.nextToken();
      int i;
      if (expect < n && member.equals(fs[expect].name)) {
        i = expect;
      } else {
        Integer found = index.get(member);
        i = found == null ? -1 : found;
      }
      if (i < 0) {
        if (unknown == null) {
          unknown = new Frozen.MapBuilder<>(4);
        } else if (unknown.containsKey(member)) {
          throw in.duplicate();
        }
        unknown.add(member, Json.read(in));
        continue;
      }
      if (values.isPresent(i)) {
        throw in.duplicate();
      }
      values.mark(i);
      if (order[previous] != i) {
        order[previous] = i;
      }
      previous = i;
      expect = order[i];
      Field f = fs[i];
      if (t == JsonToken.VALUE_NULL) {
        slots[i] = null;
        unknown = put(unknown, member, NullNode.instance);
        continue;
      }
      if (t == JsonToken.VALUE_STRING
          && f.chooser == null
          && f.kind.hiddenReadsAsAbsent()
          && Redactable.isMarker(p.getText())) {
        slots[i] = null;
        unknown = put(unknown, member, TextNode.valueOf(p.getText()));
        continue;
      }
      Kind<?> kind = f.kind;
      if (f.chooser != null) {
        kind = f.chooser.choose(values, false);
        if (kind == null) {
          if (deferred == null) {
            deferred = new ArrayList<>(4);
          }
          String at = in.pointer();
          TokenBuffer buffer = new TokenBuffer(p, null);
          buffer.copyCurrentStructure(p);
          deferred.add(i);
          deferred.add(at);
          deferred.add(buffer);
          slots[i] = null;
          continue;
        }
        if (kind == Kinds.UNKNOWN_MEMBER) {
          slots[i] = null;
          unknown = put(unknown, member, Json.read(in));
          continue;
        }
      }
      slots[i] = kind.read(in);
      JsonNode raw = in.takeRetained();
      if (raw != null) {
        unknown = put(unknown, member, raw);
      }
    }
    if (deferred != null) {
      unknown = replay(in, values, deferred, unknown);
    }
    values.unknown = unknown == null ? Frozen.unknown(null) : unknown.build();
    return constructor.apply(values);
  }

  /** Adds the received form of a declared member (read once: its name is not there yet). */
  private static Frozen.MapBuilder<String, JsonNode> put(
      Frozen.MapBuilder<String, JsonNode> unknown, String member, JsonNode value) {
    Frozen.MapBuilder<String, JsonNode> map =
        unknown == null ? new Frozen.MapBuilder<>(4) : unknown;
    map.add(member, value);
    return map;
  }

  /** Reads the members that were buffered until their chooser could decide. */
  private Frozen.MapBuilder<String, JsonNode> replay(
      JsonIn in, Values values, List<Object> deferred, Frozen.MapBuilder<String, JsonNode> unknown)
      throws IOException {
    for (int k = 0; k < deferred.size(); k += 3) {
      int i = (Integer) deferred.get(k);
      String at = (String) deferred.get(k + 1);
      TokenBuffer buffer = (TokenBuffer) deferred.get(k + 2);
      Field f = fields[i];
      Kind<?> kind = f.chooser.choose(values, true);
      try (JsonParser rp = buffer.asParser()) {
        rp.nextToken();
        JsonIn rin = new JsonIn(rp, at, in.depth());
        if (kind == null || kind == Kinds.UNKNOWN_MEMBER) {
          unknown = put(unknown, f.name, Json.read(rin));
        } else {
          values.slots[i] = kind.read(rin);
          JsonNode raw = rin.takeRetained();
          if (raw != null) {
            unknown = put(unknown, f.name, raw);
          }
        }
      }
    }
    return unknown;
  }

  /**
   * Writes a record as one JSON object: declared members in order (a member whose received form
   * still reads as its value is written as received), then unknown members.
   *
   * @param value the record
   * @param g the generator
   * @throws IOException if the generator fails
   */
  public void write(R value, JsonGenerator g) throws IOException {
    g.writeStartObject();
    Map<String, JsonNode> unknown = unknownFields.apply(value);
    // one pass over the unknown fields sorts them: received forms of declared members (by index)
    // and members not declared (written last); no lookup per declared member
    JsonNode[] received = null;
    Frozen.FrozenMap<String, JsonNode> others = null;
    if (unknown != null && !unknown.isEmpty()) {
      Frozen.FrozenMap<String, JsonNode> all = Frozen.frozen(unknown);
      for (int k = 0; k < all.size(); k++) {
        Integer i = index.get(all.keyAt(k));
        if (i == null) {
          others = all;
        } else {
          if (received == null) {
            received = new JsonNode[fields.length];
          }
          received[i] = all.valueAt(k);
        }
      }
    }
    Field[] fs = fields;
    for (int i = 0; i < fs.length; i++) {
      Field f = fs[i];
      Object v = f.accessor.apply(value);
      if (received != null) {
        JsonNode raw = received[i];
        if (raw != null && v == null && raw.isNull()) {
          g.writeFieldName(f.serialized);
          g.writeNull();
          continue;
        }
        if (raw != null
            && (f.kind.denotes(raw, v)
                || (v == null && f.kind.hiddenReadsAsAbsent() && Kind.isMarker(raw)))) {
          g.writeFieldName(f.serialized);
          Json.write(raw, g);
          continue;
        }
      }
      if (v != null) {
        g.writeFieldName(f.serialized);
        Kinds.writeValue(f.kind, v, g);
      }
    }
    if (others != null) {
      for (int k = 0; k < others.size(); k++) {
        String member = others.keyAt(k);
        if (!index.containsKey(member)) {
          g.writeFieldName(member);
          Json.write(others.valueAt(k), g);
        }
      }
    }
    g.writeEndObject();
  }

  /**
   * A record as a new, mutable JSON tree (numbers in the form they were read).
   *
   * @param value the record
   * @return a new object node
   */
  public ObjectNode toJson(R value) {
    return (ObjectNode) Json.copyOf(g -> write(value, g));
  }

  /**
   * A record as a read-only JSON tree (see {@link Json}).
   *
   * @param value the record
   * @return the frozen tree
   */
  public JsonNode toFrozenJson(R value) {
    return Json.frozenOf(g -> write(value, g));
  }

  /**
   * What {@code toString()} of the record shows: {@code Name[member=value, ...]}, with the
   * sensitivity of each member applied and unknown members by name only.
   *
   * @param value the record
   * @return the text
   */
  public String toString(R value) {
    StringBuilder out = new StringBuilder(64);
    appendTo(value, out);
    return out.toString();
  }

  void appendTo(R value, StringBuilder out) {
    out.append(name).append('[');
    boolean first = true;
    for (Field f : fields) {
      if (!first) {
        out.append(", ");
      }
      first = false;
      out.append(f.name).append('=');
      Object v = f.accessor.apply(value);
      if (v == null) {
        out.append("null");
      } else {
        f.kind.print(v, f.sensitivity, out);
      }
    }
    Map<String, JsonNode> unknown = unknownFields.apply(value);
    if (unknown != null && !unknown.isEmpty()) {
      List<String> names = null;
      for (String member : unknown.keySet()) {
        if (!index.containsKey(member)) {
          if (names == null) {
            names = new ArrayList<>();
          }
          names.add(member);
        }
      }
      if (names != null) {
        out.append(first ? "" : ", ").append("unknownFields=").append(names);
      }
    }
    out.append(']');
  }
}
