package io.github.cognitoevents.model.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Lenient, non-throwing conversions between JSON nodes and plain Java values, for {@link
 * JsonObjectWriter}: part of the tree-based reading and writing that only the hand-written
 * CloudTrail operation records still use ({@link FieldReader}); every other record uses {@link
 * io.github.cognitoevents.model.internal.codec.RecordCodec}.
 *
 * <p>Each {@code as...} method returns {@code null} when the node cannot be read as the requested
 * kind; the {@code to...} methods build the canonical JSON form of a value.
 */
public final class JsonValues {
  private JsonValues() {}

  /**
   * Reads a scalar as text: strings as they are, numbers and booleans as their JSON text.
   *
   * @param node a node, never {@code null}
   * @return the text, or {@code null} for JSON null, objects and arrays
   */
  public static String asString(JsonNode node) {
    if (node.isTextual()) {
      return node.textValue();
    }
    if (node.isNumber() || node.isBoolean()) {
      return node.asText();
    }
    return null;
  }

  /**
   * Reads a boolean, accepting the strings {@code "true"} and {@code "false"} (any case).
   *
   * @param node a node, never {@code null}
   * @return the value, or {@code null} if the node is not a boolean
   */
  public static Boolean asBoolean(JsonNode node) {
    if (node.isBoolean()) {
      return node.booleanValue();
    }
    if (node.isTextual()) {
      String text = node.textValue();
      if ("true".equalsIgnoreCase(text)) {
        return Boolean.TRUE;
      }
      if ("false".equalsIgnoreCase(text)) {
        return Boolean.FALSE;
      }
    }
    return null;
  }

  /**
   * Reads an integral number that fits a {@code long}, accepting decimal digits in a string.
   *
   * @param node a node, never {@code null}
   * @return the value, or {@code null} if the node is not such a number
   */
  public static Long asLong(JsonNode node) {
    if (node.isIntegralNumber() && node.canConvertToLong()) {
      return node.longValue();
    }
    if (node.isTextual()) {
      String text = node.textValue();
      if (!text.isEmpty() && text.length() <= 19 && text.matches("-?[0-9]+")) {
        try {
          return Long.parseLong(text);
        } catch (NumberFormatException e) {
          return null;
        }
      }
    }
    return null;
  }

  /**
   * Reads an object whose members are scalars (or null) as an ordered map of strings; numbers and
   * booleans become their JSON text and JSON null stays {@code null}.
   *
   * @param node a node, never {@code null}
   * @return an unmodifiable map, or {@code null} if the node is not such an object
   */
  public static Map<String, String> asStringMap(JsonNode node) {
    if (!node.isObject()) {
      return null;
    }
    LinkedHashMap<String, String> map = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> e : node.properties()) {
      JsonNode v = e.getValue();
      if (v.isNull()) {
        map.put(e.getKey(), null);
      } else {
        String s = asString(v);
        if (s == null) {
          return null;
        }
        map.put(e.getKey(), s);
      }
    }
    return Copies.frozen(map);
  }

  /**
   * Reads an array of scalars (or nulls) as a list of strings.
   *
   * @param node a node, never {@code null}
   * @return an unmodifiable list, or {@code null} if the node is not such an array
   */
  public static List<String> asStringList(JsonNode node) {
    if (!node.isArray()) {
      return null;
    }
    ArrayList<String> list = new ArrayList<>(node.size());
    for (JsonNode v : node) {
      if (v.isNull()) {
        list.add(null);
      } else {
        String s = asString(v);
        if (s == null) {
          return null;
        }
        list.add(s);
      }
    }
    return Copies.frozen(list);
  }

  /**
   * Reads an object as an ordered map of its member nodes.
   *
   * @param node a node, never {@code null}
   * @return an unmodifiable map, or {@code null} if the node is not an object
   */
  public static Map<String, JsonNode> asNodeMap(JsonNode node) {
    if (!node.isObject()) {
      return null;
    }
    LinkedHashMap<String, JsonNode> map = new LinkedHashMap<>();
    node.properties().forEach(e -> map.put(e.getKey(), e.getValue()));
    return Copies.frozen(map);
  }

  /**
   * The JSON form of a nullable string.
   *
   * @param value the value
   * @return a text node, or a null node
   */
  public static JsonNode ofString(String value) {
    return value == null ? JsonSupport.NODES.nullNode() : JsonSupport.NODES.textNode(value);
  }

  /**
   * The JSON form of a map of strings; {@code null} values become JSON null.
   *
   * @param map the map, not {@code null}
   * @return a new object node
   */
  public static ObjectNode ofStringMap(Map<String, String> map) {
    ObjectNode node = JsonSupport.NODES.objectNode();
    map.forEach((k, v) -> node.set(k, ofString(v)));
    return node;
  }

  /**
   * The JSON form of a list of strings; {@code null} elements become JSON null.
   *
   * @param list the list, not {@code null}
   * @return a new array node
   */
  public static ArrayNode ofStringList(List<String> list) {
    ArrayNode node = JsonSupport.NODES.arrayNode(list.size());
    list.forEach(v -> node.add(ofString(v)));
    return node;
  }

  /**
   * The JSON form of a map of nodes; {@code null} values become JSON null.
   *
   * @param map the map, not {@code null}
   * @return a new object node
   */
  public static ObjectNode ofNodeMap(Map<String, JsonNode> map) {
    ObjectNode node = JsonSupport.NODES.objectNode();
    map.forEach((k, v) -> node.set(k, v == null ? JsonSupport.NODES.nullNode() : v));
    return node;
  }

  /**
   * The JSON form of a list of values, each written by {@code writer}.
   *
   * @param <T> the element type
   * @param list the list, not {@code null}
   * @param writer turns one element into JSON
   * @return a new array node
   */
  public static <T> ArrayNode ofList(List<T> list, Function<? super T, ? extends JsonNode> writer) {
    ArrayNode node = JsonSupport.NODES.arrayNode(list.size());
    list.forEach(v -> node.add(writer.apply(v)));
    return node;
  }
}
