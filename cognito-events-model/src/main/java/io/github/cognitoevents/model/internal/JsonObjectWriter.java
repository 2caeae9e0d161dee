package io.github.cognitoevents.model.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * Used only by the hand-written CloudTrail operation records, which keep their tree-based reading
 * ({@link FieldReader}) until they are generated on {@link
 * io.github.cognitoevents.model.internal.codec.RecordCodec}.
 *
 * <p>Builds one JSON object from typed values plus verbatim members, so that an unchanged record
 * writes back exactly as it was read. {@code null} values are never written as such. There are two
 * ways of merging the verbatim members, one per reader:
 *
 * <ul>
 *   <li>{@link #create(Map)} with retained members, finished by {@link #finish()}, as described
 *       below;
 *   <li>{@link #create()}, finished by {@link #finish(Map)} with the unknown fields kept by {@link
 *       FieldReader#unknown()} (CloudTrail records): those are written last, deep-copied, and
 *       replace any typed member of the same name.
 * </ul>
 *
 * <p>With retained members, for each modelled member: a non-null value is written in its canonical
 * form, unless the retained JSON for that member still reads as the same value (then the retained
 * form is written, e.g. a boolean that arrived as {@code "true"}); a {@code null} value is written
 * as JSON null when the member arrived as JSON null, and omitted otherwise. {@link #finish()} then
 * appends the retained members that no modelled member claimed (unknown fields), in their original
 * order.
 *
 * <p>Not thread-safe; use one instance per object being written.
 */
public final class JsonObjectWriter {
  private static final JsonNodeFactory F = JsonSupport.NODES;

  private final ObjectNode out = F.objectNode();
  private final Map<String, JsonNode> retained;
  private final Set<String> claimed = new HashSet<>();

  private JsonObjectWriter(Map<String, JsonNode> retained) {
    this.retained = retained == null ? Map.of() : retained;
  }

  /**
   * Starts an object without retained members; finish it with {@link #finish(Map)}.
   *
   * @return a writer
   */
  public static JsonObjectWriter create() {
    return new JsonObjectWriter(null);
  }

  /**
   * Starts an object over retained members; finish it with {@link #finish()}.
   *
   * @param retained the verbatim members (unknown fields and received forms), may be {@code null}
   * @return a writer
   */
  public static JsonObjectWriter create(Map<String, JsonNode> retained) {
    return new JsonObjectWriter(retained);
  }

  /**
   * Writes a text member.
   *
   * @param name the member name
   * @param value the value, or {@code null}
   * @return this writer
   */
  public JsonObjectWriter string(String name, String value) {
    return put(name, value, JsonValues::asString, v -> F.textNode(v));
  }

  /**
   * Writes a boolean member.
   *
   * @param name the member name
   * @param value the value, or {@code null}
   * @return this writer
   */
  public JsonObjectWriter bool(String name, Boolean value) {
    return put(name, value, JsonValues::asBoolean, v -> F.booleanNode(v));
  }

  /**
   * Writes an integral number member.
   *
   * @param name the member name
   * @param value the value, or {@code null}
   * @return this writer
   */
  public JsonObjectWriter longValue(String name, Long value) {
    return put(
        name,
        value,
        JsonValues::asLong,
        v -> v == v.intValue() ? F.numberNode(v.intValue()) : F.numberNode(v.longValue()));
  }

  /**
   * Writes an integral number member of any integral type.
   *
   * @param name the member name
   * @param value the value, or {@code null}
   * @return this writer
   */
  public JsonObjectWriter integer(String name, Number value) {
    return longValue(name, value == null ? null : value.longValue());
  }

  /**
   * Writes an object-of-strings member.
   *
   * @param name the member name
   * @param value the value, or {@code null}
   * @return this writer
   */
  public JsonObjectWriter stringMap(String name, Map<String, String> value) {
    return put(name, value, JsonValues::asStringMap, JsonValues::ofStringMap);
  }

  /**
   * Writes an array-of-strings member.
   *
   * @param name the member name
   * @param value the value, or {@code null}
   * @return this writer
   */
  public JsonObjectWriter stringList(String name, List<String> value) {
    return put(name, value, JsonValues::asStringList, JsonValues::ofStringList);
  }

  /**
   * Writes an object member whose values are JSON.
   *
   * @param name the member name
   * @param value the value, or {@code null}
   * @return this writer
   */
  public JsonObjectWriter nodeMap(String name, Map<String, JsonNode> value) {
    return put(name, value, JsonValues::asNodeMap, JsonValues::ofNodeMap);
  }

  /**
   * Writes a member holding any JSON value. A Java {@code null} follows the null rule above; to
   * force JSON null pass a {@code NullNode}.
   *
   * @param name the member name
   * @param value the value, or {@code null}
   * @return this writer
   */
  public JsonObjectWriter node(String name, JsonNode value) {
    return put(name, value, n -> n, n -> n);
  }

  /**
   * Writes a deep copy of a JSON tree, so the written object shares nothing with the record.
   *
   * @param name the member name
   * @param value the value, or {@code null}
   * @return this writer
   */
  public JsonObjectWriter tree(String name, JsonNode value) {
    return node(name, value == null ? null : value.deepCopy());
  }

  /**
   * Writes a nested object produced by {@code writer}.
   *
   * @param <T> the value type
   * @param name the member name
   * @param value the value, or {@code null}
   * @param writer turns the value into JSON
   * @return this writer
   */
  public <T> JsonObjectWriter object(
      String name, T value, Function<? super T, ? extends JsonNode> writer) {
    claimed.add(name);
    if (value == null) {
      writeNullIfReceived(name);
    } else {
      out.set(name, writer.apply(value));
    }
    return this;
  }

  /**
   * Writes an array of nested objects, each produced by {@code writer}.
   *
   * @param <T> the element type
   * @param name the member name
   * @param values the values, or {@code null}
   * @param writer turns one element into JSON
   * @return this writer
   */
  public <T> JsonObjectWriter objectList(
      String name, List<T> values, Function<? super T, ? extends JsonNode> writer) {
    claimed.add(name);
    if (values == null) {
      writeNullIfReceived(name);
    } else {
      var array = F.arrayNode(values.size());
      for (T v : values) {
        array.add(v == null ? F.nullNode() : writer.apply(v));
      }
      out.set(name, array);
    }
    return this;
  }

  /**
   * Appends the retained members no modelled member claimed, and returns the object.
   *
   * @return the finished object
   */
  public ObjectNode finish() {
    retained.forEach(
        (k, v) -> {
          if (!claimed.contains(k)) {
            out.set(k, v);
          }
        });
    return out;
  }

  /**
   * Writes the unknown fields last (deep copies, replacing any typed member of the same name) and
   * returns the object.
   *
   * @param unknown the fields kept verbatim, may be {@code null}
   * @return the finished object
   */
  public ObjectNode finish(Map<String, JsonNode> unknown) {
    finish();
    if (unknown != null) {
      unknown.forEach((k, v) -> out.set(k, v == null ? F.nullNode() : v.deepCopy()));
    }
    return out;
  }

  private <T> JsonObjectWriter put(
      String name, T value, Function<JsonNode, ?> decode, Function<T, ? extends JsonNode> encode) {
    claimed.add(name);
    if (value == null) {
      writeNullIfReceived(name);
      return this;
    }
    JsonNode received = retained.get(name);
    if (received != null && !received.isNull() && Objects.equals(decode.apply(received), value)) {
      out.set(name, received);
    } else {
      out.set(name, encode.apply(value));
    }
    return this;
  }

  private void writeNullIfReceived(String name) {
    JsonNode received = retained.get(name);
    if (received != null && received.isNull()) {
      out.putNull(name);
    }
  }
}
