package io.github.cognitoevents.model.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cognitoevents.model.EventParseException;
import io.github.cognitoevents.model.cloudtrail.Redactable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * Reads the members of one JSON object into typed values, remembering which members it consumed so
 * that the rest can be preserved verbatim as unknown fields.
 *
 * <p>Conventions shared by every typed record of the CloudTrail, EventBridge and TriggerMesh
 * packages:
 *
 * <ul>
 *   <li>an absent member and an explicit JSON {@code null} both read as Java {@code null}; the
 *       explicit {@code null} is <em>not</em> consumed, so it stays in {@link #unknown()} and is
 *       written back, which keeps the round trip exact;
 *   <li>a boolean sent as the string {@code "true"}/{@code "false"}, or a number sent as a string
 *       ({@code "200.0"}) or with a fraction, is read leniently, and its original form is also kept
 *       in {@link #unknown()} so that it is written back unchanged;
 *   <li>a value of the wrong kind fails with an {@link EventParseException} whose pointer names the
 *       member and whose message shows the value (scalars only, shortened), never the document.
 * </ul>
 */
public final class FieldReader {

  private final ObjectNode node;
  private final String pointer;
  private final Set<String> consumed = new HashSet<>();

  private FieldReader(ObjectNode node, String pointer) {
    this.node = node;
    this.pointer = pointer;
  }

  /**
   * Starts reading {@code node}, which must be a JSON object.
   *
   * @param node the value to read
   * @param pointer its JSON pointer, for error messages
   * @return a reader
   * @throws EventParseException if {@code node} is not an object
   */
  public static FieldReader of(JsonNode node, String pointer) {
    if (node == null || !node.isObject()) {
      throw new EventParseException(
          pointer, describe(pointer) + " must be a JSON object, but was " + JsonSupport.show(node));
    }
    return new FieldReader((ObjectNode) node, pointer);
  }

  /**
   * The pointer of this object.
   *
   * @return the JSON pointer
   */
  public String pointer() {
    return pointer;
  }

  /**
   * The pointer of one member.
   *
   * @param name member name
   * @return its JSON pointer
   */
  public String pointer(String name) {
    return JsonSupport.child(pointer, name);
  }

  /**
   * Whether the member is present (possibly as JSON {@code null}).
   *
   * @param name member name
   * @return whether present
   */
  public boolean has(String name) {
    return node.has(name);
  }

  private JsonNode get(String name) {
    JsonNode value = node.get(name);
    return value == null || value.isNull() ? null : value;
  }

  private EventParseException wrongKind(String name, String expected, JsonNode value) {
    return new EventParseException(
        pointer(name),
        "'" + name + "' must be " + expected + ", but was " + JsonSupport.show(value));
  }

  /**
   * A string member.
   *
   * @param name member name
   * @return the string, or {@code null} when absent or null
   */
  public String string(String name) {
    JsonNode value = get(name);
    if (value == null) {
      return null;
    }
    if (!value.isTextual()) {
      throw wrongKind(name, "a string", value);
    }
    consumed.add(name);
    return value.textValue();
  }

  /**
   * A boolean member; {@code "true"} and {@code "false"} strings are accepted (and kept verbatim).
   *
   * @param name member name
   * @return the value, or {@code null} when absent or null
   */
  public Boolean bool(String name) {
    JsonNode value = get(name);
    if (value == null) {
      return null;
    }
    if (value.isBoolean()) {
      consumed.add(name);
      return value.booleanValue();
    }
    if (value.isTextual()) {
      String text = value.textValue().trim();
      if (text.equalsIgnoreCase("true")) {
        return Boolean.TRUE;
      }
      if (text.equalsIgnoreCase("false")) {
        return Boolean.FALSE;
      }
    }
    throw wrongKind(name, "a boolean", value);
  }

  /**
   * An integer member; integral numbers written with a fraction ({@code 200.0}) or as strings
   * ({@code "200"}, {@code "200.0"}) are accepted (and kept verbatim).
   *
   * @param name member name
   * @return the value, or {@code null} when absent or null
   */
  public Long integer(String name) {
    JsonNode value = get(name);
    if (value == null) {
      return null;
    }
    if (value.isIntegralNumber() && value.canConvertToLong()) {
      consumed.add(name);
      return value.longValue();
    }
    BigDecimal decimal = null;
    if (value.isNumber()) {
      if (!value.isBigDecimal() && !Double.isFinite(value.doubleValue())) {
        throw wrongKind(name, "an integer", value);
      }
      decimal = value.decimalValue();
    } else if (value.isTextual()) {
      decimal = JsonSupport.decimal(value.textValue());
    }
    if (decimal != null) {
      try {
        return decimal.longValueExact();
      } catch (ArithmeticException e) {
        // falls through to the error below
      }
    }
    throw wrongKind(name, "an integer", value);
  }

  /**
   * An integer member that must fit an {@code int}.
   *
   * @param name member name
   * @return the value, or {@code null} when absent or null
   */
  public Integer int32(String name) {
    Long value = integer(name);
    if (value == null) {
      return null;
    }
    if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
      consumed.remove(name);
      throw wrongKind(name, "a 32-bit integer", node.get(name));
    }
    return value.intValue();
  }

  /**
   * An array of strings.
   *
   * @param name member name
   * @return an immutable list, or {@code null} when absent or null
   */
  public List<String> strings(String name) {
    return list(name, (item, at) -> JsonSupport.text(item, at, name + "[]"));
  }

  /**
   * An object whose values are all strings.
   *
   * @param name member name
   * @return an immutable, insertion-ordered map, or {@code null} when absent or null
   */
  public Map<String, String> stringMap(String name) {
    JsonNode value = get(name);
    if (value == null) {
      return null;
    }
    if (!value.isObject()) {
      throw wrongKind(name, "an object of strings", value);
    }
    Map<String, String> map = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> e : value.properties()) {
      String at = JsonSupport.child(pointer(name), e.getKey());
      if (e.getValue().isNull()) {
        throw new EventParseException(
            at, "'" + e.getKey() + "' in '" + name + "' must be a string, but was null");
      }
      map.put(e.getKey(), JsonSupport.text(e.getValue(), at, e.getKey()));
    }
    consumed.add(name);
    return Collections.unmodifiableMap(map);
  }

  /**
   * A nested object read by {@code reader}.
   *
   * @param name member name
   * @param reader reads the value at the given pointer
   * @param <T> the type read
   * @return the value, or {@code null} when absent or null
   */
  public <T> T object(String name, BiFunction<JsonNode, String, T> reader) {
    JsonNode value = get(name);
    if (value == null) {
      return null;
    }
    T result = reader.apply(value, pointer(name));
    consumed.add(name);
    return result;
  }

  /**
   * An array whose items are read by {@code reader}.
   *
   * @param name member name
   * @param reader reads one item at the given pointer
   * @param <T> the item type
   * @return an immutable list, or {@code null} when absent or null
   */
  public <T> List<T> list(String name, BiFunction<JsonNode, String, T> reader) {
    JsonNode value = get(name);
    if (value == null) {
      return null;
    }
    if (!value.isArray()) {
      throw wrongKind(name, "an array", value);
    }
    List<T> items = new ArrayList<>(value.size());
    String at = pointer(name);
    for (int i = 0; i < value.size(); i++) {
      JsonNode item = value.get(i);
      String itemPointer = at + "/" + i;
      if (item.isNull()) {
        throw new EventParseException(itemPointer, "item " + i + " of '" + name + "' is null");
      }
      items.add(reader.apply(item, itemPointer));
    }
    consumed.add(name);
    return Collections.unmodifiableList(items);
  }

  /**
   * A scalar member read as text: a string as is; a number or boolean as its text (and kept
   * verbatim). Used for values whose JSON kind AWS does not document, such as dates inside {@code
   * responseElements}.
   *
   * @param name member name
   * @return the text, or {@code null} when absent or null
   */
  public String text(String name) {
    JsonNode value = get(name);
    if (value == null) {
      return null;
    }
    if (value.isTextual()) {
      consumed.add(name);
      return value.textValue();
    }
    if (value.isNumber() || value.isBoolean()) {
      return value.asText();
    }
    throw wrongKind(name, "a string", value);
  }

  /**
   * A member that may hold a redaction marker instead of its value: a string equal to {@code
   * HIDDEN_DUE_TO_SECURITY_REASONS} or {@code HIDDEN_FOR_SECURITY_REASONS} becomes {@link
   * Redactable.Redacted}; anything else is read by {@code reader}.
   *
   * @param name member name
   * @param reader reads the value when it is not redacted
   * @param <T> the value type
   * @return the value, or {@code null} when absent or null
   */
  public <T> Redactable<T> redactable(String name, BiFunction<JsonNode, String, T> reader) {
    JsonNode value = get(name);
    if (value == null) {
      return null;
    }
    Redactable<T> result = Redactables.read(value, pointer(name), reader);
    consumed.add(name);
    return result;
  }

  /**
   * This whole object read as a map of strings (every member consumed).
   *
   * @return an immutable, insertion-ordered map
   */
  public Map<String, String> stringMap() {
    Map<String, String> map = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> e : node.properties()) {
      map.put(e.getKey(), JsonSupport.text(e.getValue(), pointer(e.getKey()), e.getKey()));
      consumed.add(e.getKey());
    }
    return Collections.unmodifiableMap(map);
  }

  /**
   * Reads a JSON array whose items are read by {@code reader}.
   *
   * @param value the array
   * @param pointer its pointer
   * @param name what to call it in a message
   * @param reader reads one item at the given pointer
   * @param <T> the item type
   * @return an immutable list
   */
  public static <T> List<T> listOf(
      JsonNode value, String pointer, String name, BiFunction<JsonNode, String, T> reader) {
    if (value == null || !value.isArray()) {
      throw new EventParseException(
          pointer, "'" + name + "' must be an array, but was " + JsonSupport.show(value));
    }
    List<T> items = new ArrayList<>(value.size());
    for (int i = 0; i < value.size(); i++) {
      items.add(reader.apply(value.get(i), pointer + "/" + i));
    }
    return Collections.unmodifiableList(items);
  }

  /**
   * Any JSON value, kept as a tree.
   *
   * @param name member name
   * @return a copy of the value, or {@code null} when absent or null
   */
  public JsonNode tree(String name) {
    JsonNode value = get(name);
    if (value == null) {
      return null;
    }
    consumed.add(name);
    return value.deepCopy();
  }

  /**
   * The members not consumed by the typed reads so far (including explicit nulls and values kept
   * verbatim), in document order.
   *
   * @return an immutable map of copies
   */
  public Map<String, JsonNode> unknown() {
    Map<String, JsonNode> rest = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> e : node.properties()) {
      if (!consumed.contains(e.getKey())) {
        rest.put(e.getKey(), e.getValue().deepCopy());
      }
    }
    return Collections.unmodifiableMap(rest);
  }

  private static String describe(String pointer) {
    return pointer.isEmpty() ? "the document" : "'" + pointer + "'";
  }
}
