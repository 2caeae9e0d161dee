package io.github.cognitoevents.model.internal.codec;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.cognitoevents.model.EventParseException;
import java.io.IOException;

/**
 * The state of one read: the Jackson parser (any: bytes, text, a stream, {@code
 * JsonNode.traverse()}, a token buffer, an {@code ObjectMapper}'s parser), the nesting depth, and
 * the received form of the value just read when it must be kept (see {@link #retain(JsonNode)}).
 *
 * <p>Errors name the member by its JSON pointer, taken from the parser's own context (plus a prefix
 * when a buffered member is replayed), and the JSON kind of what was found, never the value.
 */
public final class JsonIn {
  /** The deepest nesting any reader of the model accepts, the same as Jackson's default. */
  public static final int MAX_DEPTH = 1000;

  final JsonParser p;
  private final String prefix;
  private int depth;

  /** The received form of the last value read, when it must be written back verbatim. */
  JsonNode retained;

  /**
   * A reader over a parser.
   *
   * @param p the parser, at or before the value to read
   * @param prefix the pointer of the value the parser starts at ({@code ""} for a document)
   * @param depth the nesting depth of the value's container
   */
  public JsonIn(JsonParser p, String prefix, int depth) {
    this.p = p;
    this.prefix = prefix;
    this.depth = depth;
  }

  /**
   * The parser.
   *
   * @return the parser
   */
  public JsonParser parser() {
    return p;
  }

  /**
   * The current nesting depth.
   *
   * @return the number of containers the current value is in
   */
  int depth() {
    return depth;
  }

  /**
   * Keeps the received form of the value just read (a string read as a boolean, a JSON null, a
   * number spelt {@code 200.0}); the record being read puts it in its unknown fields under the
   * member's name, where the writer finds it again.
   *
   * @param raw the received form, frozen
   */
  void retain(JsonNode raw) {
    retained = raw;
  }

  /** Takes what the last read retained. */
  JsonNode takeRetained() {
    JsonNode r = retained;
    retained = null;
    return r;
  }

  /**
   * Moves to the next member name, trying a guess first: {@link
   * JsonParser#nextFieldName(com.fasterxml.jackson.core.SerializableString)} compares the guess's
   * quoted bytes in the raw input (for byte input), so a name where it was guessed is neither
   * decoded nor hashed; otherwise the name is read as usual.
   *
   * @param p the parser, inside an object
   * @param guess the expected name
   * @return the name ({@code guess}'s own string when it matched), or {@code null} at the end of
   *     the object
   */
  static String nextName(JsonParser p, SerializedString guess) throws IOException {
    if (p.nextFieldName(guess)) {
      return guess.getValue();
    }
    return p.currentToken() == JsonToken.FIELD_NAME ? p.currentName() : null;
  }

  /** Enters a container, rejecting one nested deeper than {@link #MAX_DEPTH}. */
  void enter() {
    if (++depth > MAX_DEPTH) {
      String at = pointer();
      throw new EventParseException(
          at,
          "the document is nested deeper than "
              + MAX_DEPTH
              + " levels (at '"
              + (at.length() > 60 ? at.substring(0, 60) + "..." : at)
              + "')");
    }
  }

  /** Leaves a container. */
  void leave() {
    depth--;
  }

  /**
   * The JSON pointer of the current value (or member name).
   *
   * @return the pointer
   */
  public String pointer() {
    return prefix + p.getParsingContext().pathAsPointer().toString();
  }

  /**
   * The error for a value of the wrong kind: names the member and what was found, not the value.
   *
   * @param expected what the member must be, e.g. {@code "a string"}
   * @return the exception to throw
   */
  public EventParseException wrongKind(String expected) {
    String at = pointer();
    String found = kindOf(p.currentToken());
    if (at.isEmpty()) {
      return new EventParseException(at, "the document must be " + expected + " but is " + found);
    }
    return new EventParseException(
        at, "field '" + at + "' must be " + expected + " but is " + found);
  }

  /**
   * The error for a required member that is absent or null.
   *
   * @param parent the pointer of the object that lacks it
   * @param name the member name
   * @param expected what it must be
   * @param present whether it was present (as JSON null)
   * @return the exception to throw
   */
  public static EventParseException missing(
      String parent, String name, String expected, boolean present) {
    String at = JsonPointers.child(parent, name);
    return new EventParseException(
        at, "field '" + at + "' must be " + expected + " but is " + (present ? "null" : "absent"));
  }

  /** The error for a member name that appears twice in one object. */
  EventParseException duplicate() {
    String at = pointer();
    return new EventParseException(at, "field '" + at + "' appears more than once");
  }

  /** The error for NaN or an infinity (possible only in trees built in code). */
  EventParseException notFinite() {
    String at = pointer();
    return new EventParseException(at, "field '" + at + "' must be a finite number but is not");
  }

  /**
   * Names the JSON kind of a token, for messages.
   *
   * @param t the token, may be {@code null}
   * @return e.g. {@code "a string"}
   */
  public static String kindOf(JsonToken t) {
    if (t == null) {
      return "absent";
    }
    switch (t) {
      case START_OBJECT:
        return "an object";
      case START_ARRAY:
        return "an array";
      case VALUE_STRING:
        return "a string";
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return "a number";
      case VALUE_TRUE:
      case VALUE_FALSE:
        return "a boolean";
      case VALUE_NULL:
        return "null";
      case VALUE_EMBEDDED_OBJECT:
        return "an embedded Java object";
      default:
        return "not a value";
    }
  }
}
