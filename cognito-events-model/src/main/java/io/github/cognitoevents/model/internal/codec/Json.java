package io.github.cognitoevents.model.internal.codec;

import com.fasterxml.jackson.core.Base64Variants;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BigIntegerNode;
import com.fasterxml.jackson.databind.node.BinaryNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.FloatNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.ShortNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import io.github.cognitoevents.model.EventParseException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Read-only JSON trees: how the model keeps free-form JSON (unknown members, {@code JsonNode}
 * components) so that nothing reachable from a record can change it.
 *
 * <p>A frozen tree is made of Jackson's own node classes; its objects and arrays are backed by
 * unmodifiable collections, so every mutator ({@code put}, {@code set}, {@code add}, {@code
 * remove}, {@code with}, entry {@code setValue}, ...) throws {@link UnsupportedOperationException}.
 * Reading, equality, hashing, serialising and {@link JsonNode#deepCopy()} (which returns an
 * ordinary, mutable copy) work as usual. Frozen trees are never deeper than {@link
 * JsonIn#MAX_DEPTH}, hold only the standard JSON node types (a binary node becomes its base64 text,
 * as JSON text would carry it) and no non-finite number.
 */
public final class Json {
  /** The node factory of every tree the model builds. */
  public static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private static final ObjectNode EMPTY_OBJECT = new FrozenObject(new LinkedHashMap<>());
  private static final ArrayNode EMPTY_ARRAY = new FrozenArray(new ArrayList<>());

  private Json() {}

  /** An object node whose members cannot change. */
  @SuppressWarnings("unchecked") // Jackson's own deepCopy() signatures, inherited
  static final class FrozenObject extends ObjectNode {
    private static final long serialVersionUID = 1L;

    FrozenObject(LinkedHashMap<String, JsonNode> owned) {
      super(NODES, Collections.unmodifiableMap(owned));
    }
  }

  /** An array node whose elements cannot change. */
  @SuppressWarnings("unchecked") // Jackson's own deepCopy() signatures, inherited
  static final class FrozenArray extends ArrayNode {
    private static final long serialVersionUID = 1L;

    FrozenArray(ArrayList<JsonNode> owned) {
      super(NODES, Collections.unmodifiableList(owned));
    }
  }

  /**
   * Whether a node is frozen: a scalar, or an object or array built by this class.
   *
   * @param node a node
   * @return whether nothing in it can change
   */
  public static boolean isFrozen(JsonNode node) {
    return node instanceof FrozenObject || node instanceof FrozenArray || isPlainScalar(node);
  }

  private static boolean isPlainScalar(JsonNode node) {
    return node instanceof TextNode
        || node instanceof NullNode
        || node instanceof BooleanNode
        || node instanceof IntNode
        || node instanceof LongNode
        || node instanceof DecimalNode
        || node instanceof BigIntegerNode
        || node instanceof ShortNode
        || (node instanceof DoubleNode && Double.isFinite(node.doubleValue()))
        || (node instanceof FloatNode && Float.isFinite(node.floatValue()));
  }

  /**
   * A frozen copy of a tree built elsewhere (the argument is not changed); a frozen tree is
   * returned as it is.
   *
   * @param node the tree, may be {@code null}
   * @return the frozen tree, or {@code null}
   * @throws IllegalArgumentException if the tree is deeper than {@link JsonIn#MAX_DEPTH}, holds a
   *     non-finite number or a value JSON cannot carry (a POJO or raw-value node)
   */
  public static JsonNode freeze(JsonNode node) {
    if (node == null || isFrozen(node)) {
      return node;
    }
    return freeze(node, 1);
  }

  private static JsonNode freeze(JsonNode node, int depth) {
    if (isFrozen(node)) {
      return node;
    }
    if (node.isObject() || node.isArray()) {
      if (depth > JsonIn.MAX_DEPTH) {
        throw new IllegalArgumentException(
            "a JSON value is nested deeper than " + JsonIn.MAX_DEPTH + " levels");
      }
      if (node.isObject()) {
        LinkedHashMap<String, JsonNode> members = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : node.properties()) {
          JsonNode v = e.getValue();
          members.put(e.getKey(), v == null ? NullNode.instance : freeze(v, depth + 1));
        }
        return new FrozenObject(members);
      }
      ArrayList<JsonNode> elements = new ArrayList<>(node.size());
      for (JsonNode v : node) {
        elements.add(v == null ? NullNode.instance : freeze(v, depth + 1));
      }
      return new FrozenArray(elements);
    }
    if (node instanceof BinaryNode binary) {
      return TextNode.valueOf(Base64Variants.getDefaultVariant().encode(binary.binaryValue()));
    }
    if (node.isNumber()) {
      throw new IllegalArgumentException("a JSON number must be finite");
    }
    if (node.isMissingNode()) {
      throw new IllegalArgumentException("a missing node is not a JSON value");
    }
    throw new IllegalArgumentException(
        "a " + node.getNodeType().name().toLowerCase(java.util.Locale.ROOT) + " node is not JSON");
  }

  /**
   * An empty frozen object.
   *
   * @return the object
   */
  public static ObjectNode emptyObject() {
    return EMPTY_OBJECT;
  }

  /**
   * A frozen object over members the caller built and gives away.
   *
   * @param owned frozen members, not referenced elsewhere
   * @return the object
   */
  static ObjectNode object(LinkedHashMap<String, JsonNode> owned) {
    return owned.isEmpty() ? EMPTY_OBJECT : new FrozenObject(owned);
  }

  /**
   * A frozen array over elements the caller built and gives away.
   *
   * @param owned frozen elements, not referenced elsewhere
   * @return the array
   */
  static ArrayNode array(ArrayList<JsonNode> owned) {
    return owned.isEmpty() ? EMPTY_ARRAY : new FrozenArray(owned);
  }

  /**
   * Reads the value at the parser's current token into a frozen tree, rejecting duplicate member
   * names, non-finite numbers and nesting deeper than {@link JsonIn#MAX_DEPTH}.
   *
   * @param in the reader, at the value's first token
   * @return the tree ({@link NullNode} for JSON null)
   * @throws IOException if the parser fails
   */
  public static JsonNode read(JsonIn in) throws IOException {
    return read(in, true);
  }

  private static JsonNode read(JsonIn in, boolean frozen) throws IOException {
    JsonParser p = in.p;
    JsonToken t = p.currentToken();
    switch (t) {
      case START_OBJECT:
        {
          in.enter();
          LinkedHashMap<String, JsonNode> members = new LinkedHashMap<>();
          String name;
          while ((name = p.nextFieldName()) != null) {
            p.nextToken();
            if (members.containsKey(name)) {
              throw in.duplicate();
            }
            members.put(name, read(in, frozen));
          }
          in.leave();
          if (!frozen) {
            ObjectNode object = NODES.objectNode();
            object.setAll(members);
            return object;
          }
          return object(members);
        }
      case START_ARRAY:
        {
          in.enter();
          ArrayList<JsonNode> elements = new ArrayList<>();
          while (p.nextToken() != JsonToken.END_ARRAY) {
            elements.add(read(in, frozen));
          }
          in.leave();
          return frozen ? array(elements) : NODES.arrayNode(elements.size()).addAll(elements);
        }
      case VALUE_STRING:
        return TextNode.valueOf(p.getText());
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return number(in);
      case VALUE_TRUE:
        return BooleanNode.TRUE;
      case VALUE_FALSE:
        return BooleanNode.FALSE;
      case VALUE_NULL:
        return NullNode.instance;
      case VALUE_EMBEDDED_OBJECT:
        {
          Object embedded = p.getEmbeddedObject();
          if (embedded instanceof byte[] bytes) {
            return TextNode.valueOf(Base64Variants.getDefaultVariant().encode(bytes));
          }
          throw in.wrongKind("JSON");
        }
      default:
        throw in.wrongKind("a JSON value");
    }
  }

  /** Writes JSON to a generator. */
  @FunctionalInterface
  interface Emitter {
    void emit(JsonGenerator g) throws IOException;
  }

  /** The JSON an emitter writes, as a new mutable tree. */
  static JsonNode copyOf(Emitter emitter) {
    return capture(emitter, false);
  }

  /** The JSON an emitter writes, as a frozen tree. */
  static JsonNode frozenOf(Emitter emitter) {
    return capture(emitter, true);
  }

  private static JsonNode capture(Emitter emitter, boolean frozen) {
    try (TokenBuffer buffer = new TokenBuffer(null, false)) {
      emitter.emit(buffer);
      try (JsonParser p = buffer.asParser()) {
        p.nextToken();
        return read(new JsonIn(p, "", 0), frozen);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads the number at the parser's current token: integers by size, decimals from text exactly
   * (so {@code 200.0} keeps its spelling), decimals from a tree in the node type they had.
   *
   * @param in the reader, at a number token
   * @return the number node
   * @throws IOException if the parser fails
   * @throws EventParseException for a non-finite number
   */
  static JsonNode number(JsonIn in) throws IOException {
    JsonParser p = in.p;
    if (p.currentToken() == JsonToken.VALUE_NUMBER_INT) {
      switch (p.getNumberType()) {
        case INT:
          return IntNode.valueOf(p.getIntValue());
        case LONG:
          return LongNode.valueOf(p.getLongValue());
        default:
          return BigIntegerNode.valueOf(p.getBigIntegerValue());
      }
    }
    if (p.isNaN()) {
      throw in.notFinite();
    }
    switch (p.getNumberTypeFP()) {
      case DOUBLE64:
        return DoubleNode.valueOf(p.getDoubleValue());
      case FLOAT32:
        return FloatNode.valueOf(p.getFloatValue());
      default:
        return DecimalNode.valueOf(p.getDecimalValue());
    }
  }

  /**
   * Writes a tree (frozen or not) to a generator, numbers in the form their node holds.
   *
   * @param node the tree
   * @param g the generator
   * @throws IOException if the generator fails
   */
  public static void write(JsonNode node, JsonGenerator g) throws IOException {
    switch (node.getNodeType()) {
      case OBJECT:
        g.writeStartObject();
        for (Map.Entry<String, JsonNode> e : node.properties()) {
          g.writeFieldName(e.getKey());
          write(e.getValue(), g);
        }
        g.writeEndObject();
        return;
      case ARRAY:
        g.writeStartArray();
        for (JsonNode element : node) {
          write(element, g);
        }
        g.writeEndArray();
        return;
      case STRING:
        g.writeString(node.textValue());
        return;
      case BOOLEAN:
        g.writeBoolean(node.booleanValue());
        return;
      case NULL:
        g.writeNull();
        return;
      case NUMBER:
        switch (node.numberType()) {
          case INT:
            g.writeNumber(node.intValue());
            return;
          case LONG:
            g.writeNumber(node.longValue());
            return;
          case BIG_INTEGER:
            g.writeNumber(node.bigIntegerValue());
            return;
          case FLOAT:
            g.writeNumber(node.floatValue());
            return;
          case DOUBLE:
            g.writeNumber(node.doubleValue());
            return;
          default:
            // a decimal written without a point or exponent would read back as an integer node
            // (1700000000e0 reads as the decimal 1700000000): keep it a decimal
            String text = node.decimalValue().toString();
            g.writeNumber(text.indexOf('.') < 0 && text.indexOf('E') < 0 ? text + ".0" : text);
            return;
        }
      case BINARY:
        g.writeBinary(node.binaryValue());
        return;
      default:
        throw new IllegalArgumentException(
            "a "
                + node.getNodeType().name().toLowerCase(java.util.Locale.ROOT)
                + " node is not JSON");
    }
  }

  /**
   * What {@code toString()} shows of a free-form value: member names of an object, the size of an
   * array, numbers, booleans and null, but never the text of a string.
   *
   * @param node the value
   * @param out where to append
   */
  static void shape(JsonNode node, StringBuilder out) {
    if (node.isObject()) {
      out.append('{');
      boolean first = true;
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        if (!first) {
          out.append(", ");
        }
        first = false;
        out.append(e.getKey());
      }
      out.append('}');
    } else if (node.isArray()) {
      out.append('[').append(node.size()).append(node.size() == 1 ? " item]" : " items]");
    } else if (node.isTextual()) {
      out.append("<string>");
    } else {
      out.append(node.asText());
    }
  }

  /**
   * Names the JSON kind of a node, for messages.
   *
   * @param node the node, may be {@code null} (absent)
   * @return e.g. {@code "a string"}, {@code "an object"}, {@code "absent"}
   */
  public static String kind(JsonNode node) {
    if (node == null || node.isMissingNode()) {
      return "absent";
    }
    switch (node.getNodeType()) {
      case OBJECT:
        return "an object";
      case ARRAY:
        return "an array";
      case STRING:
        return "a string";
      case NUMBER:
        return "a number";
      case BOOLEAN:
        return "a boolean";
      case NULL:
        return "null";
      default:
        return "not JSON";
    }
  }
}
