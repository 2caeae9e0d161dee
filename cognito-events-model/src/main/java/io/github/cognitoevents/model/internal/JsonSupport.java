package io.github.cognitoevents.model.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.github.cognitoevents.model.EventParseException;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Map;

/** Small JSON utilities shared by the hand-written readers and writers. */
public final class JsonSupport {

  /** The node factory used for every tree this module builds. */
  public static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .nodeFactory(NODES)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
          .build();

  private static final int SHOWN_CHARS = 60;

  private JsonSupport() {}

  /**
   * Parses JSON text into a tree, failing with an {@link EventParseException} that names the
   * position but not the content.
   *
   * @param json the text
   * @return the tree
   */
  public static JsonNode parse(String json) {
    if (json == null) {
      throw new EventParseException("", "the document is null");
    }
    try {
      return checkDocument(MAPPER.readTree(json));
    } catch (JsonProcessingException e) {
      throw notJson(e);
    }
  }

  /**
   * Parses UTF-8 JSON bytes into a tree.
   *
   * @param json the bytes
   * @return the tree
   */
  public static JsonNode parse(byte[] json) {
    if (json == null) {
      throw new EventParseException("", "the document is null");
    }
    try {
      return checkDocument(MAPPER.readTree(json));
    } catch (JsonProcessingException e) {
      throw notJson(e);
    } catch (IOException e) {
      throw new EventParseException(
          "", "the document could not be read: " + e.getClass().getSimpleName(), e);
    }
  }

  /**
   * Parses a JSON stream into a tree (the stream is not closed).
   *
   * @param json the stream
   * @return the tree
   */
  public static JsonNode parse(InputStream json) {
    if (json == null) {
      throw new EventParseException("", "the document is null");
    }
    try {
      return checkDocument(MAPPER.readTree(json));
    } catch (JsonProcessingException e) {
      throw notJson(e);
    } catch (IOException e) {
      throw new EventParseException(
          "", "the document could not be read: " + e.getClass().getSimpleName(), e);
    }
  }

  private static JsonNode checkDocument(JsonNode node) {
    if (node == null || node.isMissingNode()) {
      throw new EventParseException("", "the document is empty");
    }
    return node;
  }

  private static EventParseException notJson(JsonProcessingException e) {
    return new EventParseException("", notJsonMessage(e), null);
  }

  /**
   * The message for a document that is not JSON: where it fails, never what it holds.
   *
   * @param e the parser's exception
   * @return the message
   */
  static String notJsonMessage(JsonProcessingException e) {
    var loc = e.getLocation();
    String where =
        loc == null ? "" : " at line " + loc.getLineNr() + ", column " + loc.getColumnNr();
    return "the document is not valid JSON" + where;
  }

  /**
   * Rejects a tree that JSON text cannot express: a floating-point {@code NaN} or infinity
   * (possible only in trees built in code). Iterative, so deep trees do not overflow the stack.
   *
   * @param root the tree
   * @return {@code root}
   * @throws EventParseException naming the first non-finite number
   */
  public static JsonNode requireFinite(JsonNode root) {
    if (root == null) {
      return null;
    }
    java.util.ArrayDeque<Map.Entry<String, JsonNode>> pending = new java.util.ArrayDeque<>();
    pending.push(Map.entry("", root));
    while (!pending.isEmpty()) {
      Map.Entry<String, JsonNode> next = pending.pop();
      JsonNode node = next.getValue();
      if (node.isFloatingPointNumber()
          && !node.isBigDecimal()
          && !Double.isFinite(node.doubleValue())) {
        throw new EventParseException(
            next.getKey(), "numbers must be finite, but was " + node.asText());
      }
      if (node.isObject()) {
        for (Map.Entry<String, JsonNode> e : node.properties()) {
          pending.push(Map.entry(child(next.getKey(), e.getKey()), e.getValue()));
        }
      } else if (node.isArray()) {
        for (int i = 0; i < node.size(); i++) {
          pending.push(Map.entry(next.getKey() + "/" + i, node.get(i)));
        }
      }
    }
    return root;
  }

  /**
   * Serialises a tree as compact JSON.
   *
   * @param node the tree
   * @return the JSON text
   */
  public static String write(JsonNode node) {
    try {
      return MAPPER.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree could not be written", e);
    }
  }

  /**
   * Serialises a tree as UTF-8 JSON.
   *
   * @param node the tree
   * @return the bytes
   */
  public static byte[] writeBytes(JsonNode node) {
    return write(node).getBytes(StandardCharsets.UTF_8);
  }

  /**
   * The pointer of a child member, escaping {@code ~} and {@code /} as RFC 6901 requires.
   *
   * @param parent the parent pointer
   * @param name the member name
   * @return the child pointer
   */
  public static String child(String parent, String name) {
    return parent + "/" + name.replace("~", "~0").replace("/", "~1");
  }

  /**
   * The JSON kind of a value for error messages ({@code "a string"}, {@code "an object"}, ...):
   * never the value, so a message cannot carry a secret.
   *
   * @param node the value
   * @return the description
   */
  public static String show(JsonNode node) {
    return io.github.cognitoevents.model.internal.codec.Json.kind(node);
  }

  /**
   * Shortens a string for an error message.
   *
   * @param text the text
   * @return at most about 60 characters
   */
  public static String shorten(String text) {
    String single = text.replace('\n', ' ').replace('\r', ' ');
    return single.length() <= SHOWN_CHARS ? single : single.substring(0, SHOWN_CHARS) + "...";
  }

  /**
   * Reads a string item.
   *
   * @param node the value
   * @param pointer its pointer
   * @param name what to call it in a message
   * @return the text
   */
  public static String text(JsonNode node, String pointer, String name) {
    if (node == null || !node.isTextual()) {
      throw new EventParseException(
          pointer, "'" + name + "' must be a string, but was " + show(node));
    }
    return node.textValue();
  }

  /**
   * Parses a decimal number leniently (surrounding blanks allowed), or returns {@code null}.
   *
   * @param text the text
   * @return the number or {@code null}
   */
  public static BigDecimal decimal(String text) {
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

  /**
   * Parses an ISO-8601 instant ({@code 2024-01-01T00:00:00Z} or with an offset), failing with an
   * {@link EventParseException} naming the field.
   *
   * @param text the text
   * @param pointer the field's pointer
   * @param name the field's name
   * @return the instant, or {@code null} when {@code text} is {@code null}
   */
  public static Instant instant(String text, String pointer, String name) {
    if (text == null) {
      return null;
    }
    try {
      return Instant.parse(text);
    } catch (DateTimeParseException e) {
      try {
        return OffsetDateTime.parse(text).toInstant();
      } catch (DateTimeParseException e2) {
        throw new EventParseException(
            pointer, "'" + name + "' must be an ISO-8601 timestamp, but was another string", null);
      }
    }
  }
}
