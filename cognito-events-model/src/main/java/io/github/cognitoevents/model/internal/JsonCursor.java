package io.github.cognitoevents.model.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import io.github.cognitoevents.model.EventParseException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Streams the members of one JSON object straight from a Jackson parser into typed values, with
 * errors that name the field (as a JSON pointer) and the offending value, and collects everything
 * that must be written back verbatim. No intermediate tree is built for modelled members.
 *
 * <p>Reading is tolerant: a modelled member that is JSON null reads as {@code null}; a scalar in
 * another scalar form (number or boolean where text is modelled, {@code "true"} where a boolean is
 * modelled) is converted. A value of the wrong structure throws {@link EventParseException}.
 *
 * <p>{@link #rest()} returns the members that were {@link #keep() kept} (unknown fields) plus, for
 * modelled members, the JSON as received when it was JSON null or needed a conversion. Give that
 * map to {@link JsonObjectWriter#create(Map)} and writing reproduces the input while the typed
 * values are unchanged; a typed value changed after reading always wins over the retained form.
 *
 * <pre>{@code
 * static Request read(JsonCursor c) {
 *   Map<String, String> attributes = null;
 *   Boolean userNotFound = null;
 *   while (c.next()) {
 *     switch (c.name()) {
 *       case "userAttributes" -> attributes = c.stringMap();
 *       case "userNotFound" -> userNotFound = c.bool();
 *       default -> c.keep();
 *     }
 *   }
 *   return new Request(attributes, userNotFound, c.rest());
 * }
 * }</pre>
 *
 * <p>Documents are read with exact decimals and no trailing content allowed. A duplicated member
 * counts once, with its last value, as in a Jackson tree. Not thread-safe; one instance per object
 * being read.
 */
public final class JsonCursor {
  private static final JsonNodeFactory NODES = JsonSupport.NODES;
  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .nodeFactory(NODES)
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
          .build();

  private final JsonParser p;
  private final JsonCursor parent;
  private Object segment;
  private String pointer;
  private String name;
  private LinkedHashMap<String, JsonNode> retained;

  /**
   * The cursor handed to readers of this cursor's nested objects, reused: nested reads are strictly
   * sequential and a reader never keeps its cursor after returning.
   */
  private JsonCursor child;

  private JsonCursor(JsonParser p, String pointer, String name) {
    this.p = p;
    this.parent = null;
    this.segment = null;
    this.pointer = pointer;
    this.name = name;
  }

  /** A cursor over a nested object; its pointer is only built when an error needs it. */
  private JsonCursor(JsonParser p, JsonCursor parent, Object segment) {
    this.p = p;
    this.parent = parent;
    this.segment = segment;
  }

  /**
   * Reads a JSON document held in bytes (UTF-8/16/32, with or without byte-order mark).
   *
   * @param <T> the result type
   * @param json the document
   * @param reader reads the top-level object
   * @return the result
   * @throws EventParseException if the document is not one JSON object, or from {@code reader}
   */
  public static <T> T read(byte[] json, Function<JsonCursor, T> reader) {
    if (json == null) {
      throw new EventParseException("", "the document is null");
    }
    try {
      return document(MAPPER.createParser(json), reader);
    } catch (IOException e) {
      throw failure(e);
    }
  }

  /**
   * Reads a JSON document held in a string (a leading byte-order mark is ignored).
   *
   * @param <T> the result type
   * @param json the document
   * @param reader reads the top-level object
   * @return the result
   * @throws EventParseException if the document is not one JSON object, or from {@code reader}
   */
  public static <T> T read(String json, Function<JsonCursor, T> reader) {
    if (json == null) {
      throw new EventParseException("", "the document is null");
    }
    String text = !json.isEmpty() && json.charAt(0) == '\uFEFF' ? json.substring(1) : json;
    try {
      return document(MAPPER.createParser(text), reader);
    } catch (IOException e) {
      throw failure(e);
    }
  }

  /**
   * Reads a JSON document from a stream, which is read but not closed.
   *
   * @param <T> the result type
   * @param json the stream
   * @param reader reads the top-level object
   * @return the result
   * @throws EventParseException if the content is not one JSON object or cannot be read, or from
   *     {@code reader}
   */
  public static <T> T read(InputStream json, Function<JsonCursor, T> reader) {
    if (json == null) {
      throw new EventParseException("", "the document is null");
    }
    try {
      JsonParser parser = MAPPER.createParser(json);
      parser.disable(JsonParser.Feature.AUTO_CLOSE_SOURCE);
      return document(parser, reader);
    } catch (IOException e) {
      throw failure(e);
    }
  }

  /**
   * Reads a Jackson tree (floating-point numbers in kept members become exact decimals).
   *
   * @param <T> the result type
   * @param json the tree
   * @param reader reads the top-level object
   * @return the result
   * @throws EventParseException if the tree is not an object, or from {@code reader}
   */
  public static <T> T read(JsonNode json, Function<JsonCursor, T> reader) {
    if (json == null) {
      throw new EventParseException("", "the document is null");
    }
    try {
      return document(json.traverse(MAPPER), reader);
    } catch (IOException e) {
      throw failure(e);
    }
  }

  private static <T> T document(JsonParser parser, Function<JsonCursor, T> reader)
      throws IOException {
    try (JsonParser p = parser) {
      JsonToken t = p.nextToken();
      if (t == null) {
        throw new EventParseException("", "the document is empty");
      }
      if (t != JsonToken.START_OBJECT) {
        throw new EventParseException(
            "", "the document must be a JSON object but is " + describe(p));
      }
      T result;
      try {
        result = reader.apply(new JsonCursor(p, "", null));
      } catch (NumberFormatException e) {
        // Jackson's own number limits (e.g. "5e555555555555555555" read exactly as a decimal);
        // its message quotes only the number, never the payload.
        throw new EventParseException(
            "",
            "a number at line "
                + p.currentLocation().getLineNr()
                + ", column "
                + p.currentLocation().getColumnNr()
                + " cannot be read: "
                + e.getMessage(),
            e);
      }
      if (p.nextToken() != null) {
        throw new EventParseException(
            "",
            "the document has content after the JSON object at line "
                + p.currentLocation().getLineNr()
                + ", column "
                + p.currentLocation().getColumnNr());
      }
      return result;
    }
  }

  /**
   * Copies the current member's value into a buffer, to read it later with {@link #replay}.
   *
   * @return the buffer
   * @throws EventParseException if the input is not valid JSON
   */
  public TokenBuffer buffer() {
    try {
      TokenBuffer buffer = new TokenBuffer(p);
      buffer.copyCurrentStructure(p);
      return buffer;
    } catch (IOException e) {
      throw failure(e);
    }
  }

  /**
   * Reads a value buffered by {@link #buffer()} as if it were member {@code name} of an object at
   * {@code pointer}; what the reader retains (e.g. a JSON null) is returned by the given cursor's
   * {@link #rest()}, so read it with {@code valueReader} and collect the rest separately.
   *
   * @param <T> the result type
   * @param buffer the buffered value
   * @param pointer the pointer of the object holding the member
   * @param name the member name
   * @param valueReader reads the current value, e.g. {@code c -> c.object(Request::read)}
   * @param retainedSink receives what the read retained
   * @return the result
   * @throws EventParseException from {@code valueReader}
   */
  public static <T> T replay(
      TokenBuffer buffer,
      String pointer,
      String name,
      Function<JsonCursor, T> valueReader,
      Map<String, JsonNode> retainedSink) {
    try (JsonParser p = buffer.asParser(MAPPER)) {
      p.nextToken();
      JsonCursor c = new JsonCursor(p, pointer, name);
      T result = valueReader.apply(c);
      retainedSink.putAll(c.rest());
      return result;
    } catch (IOException e) {
      throw failure(e);
    }
  }

  /**
   * Moves to the next member.
   *
   * @return false at the end of the object
   * @throws EventParseException if the input is not valid JSON
   */
  public boolean next() {
    try {
      String next = p.nextFieldName();
      if (next == null) {
        return false;
      }
      name = next;
      p.nextToken();
      return true;
    } catch (IOException e) {
      throw failure(e);
    }
  }

  /**
   * The current member's name.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * The JSON pointer of the object being read.
   *
   * @return the pointer
   */
  public String pointer() {
    if (pointer == null) {
      pointer =
          segment instanceof Integer
              ? parent.memberPointer() + "/" + segment
              : JsonSupport.child(parent.pointer(), (String) segment);
    }
    return pointer;
  }

  /**
   * The JSON pointer of the current member.
   *
   * @return the pointer
   */
  public String memberPointer() {
    return JsonSupport.child(pointer(), name);
  }

  /**
   * The first token of the current member's value.
   *
   * @return the token
   */
  public JsonToken token() {
    return p.currentToken();
  }

  /**
   * Reads the current member's value as text (numbers and booleans are converted).
   *
   * @return the text, or {@code null} for JSON null
   * @throws EventParseException if the value is an object or an array
   */
  public String string() {
    JsonToken t = p.currentToken();
    try {
      if (t == JsonToken.VALUE_STRING) {
        forget();
        return p.getText();
      }
      if (t == JsonToken.VALUE_NULL) {
        retain(NODES.nullNode());
        return null;
      }
      if (t.isScalarValue()) {
        JsonNode raw = MAPPER.readTree(p);
        retain(raw);
        return JsonValues.asString(raw);
      }
    } catch (IOException e) {
      throw failure(e);
    }
    throw wrong("a string");
  }

  /**
   * Reads the current member's value as a boolean ({@code "true"}/{@code "false"} are converted).
   *
   * @return the value, or {@code null} for JSON null
   * @throws EventParseException for any other value
   */
  public Boolean bool() {
    JsonToken t = p.currentToken();
    try {
      if (t == JsonToken.VALUE_TRUE) {
        forget();
        return Boolean.TRUE;
      }
      if (t == JsonToken.VALUE_FALSE) {
        forget();
        return Boolean.FALSE;
      }
      if (t == JsonToken.VALUE_NULL) {
        retain(NODES.nullNode());
        return null;
      }
      if (t == JsonToken.VALUE_STRING) {
        String text = p.getText();
        if ("true".equalsIgnoreCase(text) || "false".equalsIgnoreCase(text)) {
          retain(NODES.textNode(text));
          return Boolean.valueOf(text.equalsIgnoreCase("true"));
        }
      }
    } catch (IOException e) {
      throw failure(e);
    }
    throw wrong("a boolean");
  }

  /**
   * Reads the current member's value as an integral number that fits a {@code long} (digit strings
   * are converted); the received form is always retained.
   *
   * @return the value, or {@code null} for JSON null
   * @throws EventParseException for any other value
   */
  public Long longValue() {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_NULL) {
      retain(NODES.nullNode());
      return null;
    }
    if (t.isScalarValue()) {
      JsonNode raw = tree();
      Long value = JsonValues.asLong(raw);
      if (value != null) {
        retain(raw);
        return value;
      }
    }
    throw wrong("an integer");
  }

  /**
   * Reads the current member's value as an object of scalars, converted to text ({@code null}
   * members stay {@code null}).
   *
   * @return an unmodifiable ordered map, or {@code null} for JSON null
   * @throws EventParseException if the value is not an object of scalars
   */
  public Map<String, String> stringMap() {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_NULL) {
      retain(NODES.nullNode());
      return null;
    }
    if (t != JsonToken.START_OBJECT) {
      throw wrong("an object of strings");
    }
    try {
      LinkedHashMap<String, String> map = new LinkedHashMap<>();
      ObjectNode raw = null;
      String key;
      while ((key = p.nextFieldName()) != null) {
        String text = p.nextTextValue();
        if (text != null) {
          map.put(key, text);
          if (raw != null) {
            raw.put(key, text);
          }
          continue;
        }
        JsonToken v = p.currentToken();
        if (v == JsonToken.VALUE_STRING) {
          // nextTextValue() returns null only for non-strings; kept for safety
          text = p.getText();
          map.put(key, text);
          if (raw != null) {
            raw.put(key, text);
          }
        } else if (v == JsonToken.VALUE_NULL) {
          map.put(key, null);
          if (raw != null) {
            raw.putNull(key);
          }
        } else if (v.isScalarValue()) {
          if (raw == null) {
            raw = NODES.objectNode();
            for (Map.Entry<String, String> e : map.entrySet()) {
              raw.set(e.getKey(), JsonValues.ofString(e.getValue()));
            }
          }
          JsonNode node = MAPPER.readTree(p);
          raw.set(key, node);
          map.put(key, JsonValues.asString(node));
        } else {
          String at = JsonSupport.child(memberPointer(), key);
          throw new EventParseException(
              at, "field '" + at + "' must be a string but is " + describe(p));
        }
      }
      if (raw != null) {
        retain(raw);
      } else {
        forget();
      }
      return Copies.frozen(map);
    } catch (IOException e) {
      throw failure(e);
    }
  }

  /**
   * Reads the current member's value as an array of scalars, converted to text.
   *
   * @return an unmodifiable list, or {@code null} for JSON null
   * @throws EventParseException if the value is not an array of scalars
   */
  public List<String> stringList() {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_NULL) {
      retain(NODES.nullNode());
      return null;
    }
    if (t != JsonToken.START_ARRAY) {
      throw wrong("an array of strings");
    }
    try {
      ArrayList<String> list = new ArrayList<>();
      com.fasterxml.jackson.databind.node.ArrayNode raw = null;
      JsonToken v;
      while (true) {
        String text = p.nextTextValue();
        if (text != null) {
          list.add(text);
          if (raw != null) {
            raw.add(text);
          }
          continue;
        }
        v = p.currentToken();
        if (v == JsonToken.END_ARRAY) {
          break;
        }
        if (v == JsonToken.VALUE_STRING) {
          text = p.getText();
          list.add(text);
          if (raw != null) {
            raw.add(text);
          }
        } else if (v == JsonToken.VALUE_NULL) {
          list.add(null);
          if (raw != null) {
            raw.addNull();
          }
        } else if (v != null && v.isScalarValue()) {
          if (raw == null) {
            raw = NODES.arrayNode();
            for (String s : list) {
              raw.add(JsonValues.ofString(s));
            }
          }
          JsonNode node = MAPPER.readTree(p);
          raw.add(node);
          list.add(JsonValues.asString(node));
        } else {
          String at = memberPointer() + "/" + list.size();
          throw new EventParseException(
              at, "field '" + at + "' must be a string but is " + describe(p));
        }
      }
      if (raw != null) {
        retain(raw);
      } else {
        forget();
      }
      return Copies.frozen(list);
    } catch (IOException e) {
      throw failure(e);
    }
  }

  /**
   * Reads the current member's value as an object whose values are kept as JSON.
   *
   * @return an unmodifiable ordered map, or {@code null} for JSON null
   * @throws EventParseException if the value is not an object
   */
  public Map<String, JsonNode> nodeMap() {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_NULL) {
      retain(NODES.nullNode());
      return null;
    }
    if (t != JsonToken.START_OBJECT) {
      throw wrong("an object");
    }
    forget();
    return JsonValues.asNodeMap(tree());
  }

  /**
   * Reads the current member's value as any JSON value.
   *
   * @return the value, or {@code null} for JSON null (retained)
   */
  public JsonNode node() {
    if (p.currentToken() == JsonToken.VALUE_NULL) {
      retain(NODES.nullNode());
      return null;
    }
    forget();
    return tree();
  }

  /**
   * Reads the current member's value, an object, with {@code reader}.
   *
   * @param <T> the result type
   * @param reader reads the nested object until {@link #next()} is false
   * @return the result, or {@code null} for JSON null
   * @throws EventParseException if the value is not an object, or from {@code reader}
   */
  public <T> T object(Function<JsonCursor, T> reader) {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_NULL) {
      retain(NODES.nullNode());
      return null;
    }
    if (t != JsonToken.START_OBJECT) {
      throw wrong("an object");
    }
    forget();
    return reader.apply(child(name));
  }

  /**
   * Reads the current member's value, an array of objects, with {@code reader}.
   *
   * @param <T> the element type
   * @param reader reads one element
   * @return an unmodifiable list, or {@code null} for JSON null
   * @throws EventParseException if the value is not an array of objects, or from {@code reader}
   */
  public <T> List<T> objectList(Function<JsonCursor, T> reader) {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_NULL) {
      retain(NODES.nullNode());
      return null;
    }
    if (t != JsonToken.START_ARRAY) {
      throw wrong("an array");
    }
    forget();
    try {
      ArrayList<T> list = new ArrayList<>();
      JsonToken v;
      while ((v = p.nextToken()) != JsonToken.END_ARRAY) {
        if (v != JsonToken.START_OBJECT) {
          String at = memberPointer() + "/" + list.size();
          throw new EventParseException(
              at, "field '" + at + "' must be a JSON object but is " + describe(p));
        }
        list.add(reader.apply(child(Integer.valueOf(list.size()))));
      }
      return Copies.frozen(list);
    } catch (IOException e) {
      throw failure(e);
    }
  }

  /** The cursor over the nested object at {@code segment}, reset for a new read. */
  private JsonCursor child(Object segment) {
    JsonCursor c = child;
    if (c == null) {
      c = new JsonCursor(p, this, segment);
      child = c;
      return c;
    }
    c.segment = segment;
    c.pointer = null;
    c.name = null;
    c.retained = null;
    return c;
  }

  /** Keeps the current member verbatim (an unknown field). */
  public void keep() {
    retain(tree());
  }

  /**
   * The members to write back verbatim: kept members, and modelled members received as JSON null or
   * in a converted form. Call it after {@link #next()} returned false.
   *
   * @return an unmodifiable ordered map (empty when there is nothing to keep)
   */
  public Map<String, JsonNode> rest() {
    if (retained == null) {
      return Collections.emptyMap();
    }
    Map<String, JsonNode> rest = Copies.frozen(retained);
    retained = null;
    return rest;
  }

  private void retain(JsonNode node) {
    if (retained == null) {
      // usually one or two members (JSON nulls, unknown fields): start small
      retained = new LinkedHashMap<>(4);
    }
    retained.put(name, node);
  }

  /** A member read in its canonical form drops what an earlier duplicate of it retained. */
  private void forget() {
    if (retained != null) {
      retained.remove(name);
    }
  }

  private JsonNode tree() {
    try {
      JsonNode node = MAPPER.readTree(p);
      return node == null ? NODES.nullNode() : node;
    } catch (IOException e) {
      throw failure(e);
    }
  }

  private EventParseException wrong(String expected) {
    String at = memberPointer();
    return new EventParseException(
        at, "field '" + at + "' must be " + expected + " but is " + describe(p));
  }

  /** Describes the current value without printing containers; consumes it. */
  private static String describe(JsonParser p) {
    JsonToken t = p.currentToken();
    if (t == JsonToken.START_OBJECT) {
      return "an object";
    }
    if (t == JsonToken.START_ARRAY) {
      return "an array";
    }
    if (t == null) {
      return "absent";
    }
    try {
      return JsonSupport.show(MAPPER.readTree(p));
    } catch (IOException e) {
      return "an unreadable value";
    }
  }

  private static EventParseException failure(IOException e) {
    if (e instanceof JsonProcessingException jpe) {
      return new EventParseException("", JsonSupport.notJsonMessage(jpe), e);
    }
    return new EventParseException(
        "", "the document could not be read: " + e.getClass().getSimpleName(), e);
  }
}
