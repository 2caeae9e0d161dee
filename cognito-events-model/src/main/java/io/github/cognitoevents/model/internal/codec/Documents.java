package io.github.cognitoevents.model.internal.codec;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.SegmentedStringWriter;
import com.fasterxml.jackson.core.util.BufferRecycler;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.cognitoevents.model.EventParseException;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The model's document entry points, one behaviour for every source: JSON text, bytes (UTF-8, -16
 * or -32), a stream (read to its end, not closed) and a Jackson tree (read through {@code
 * traverse()}, so the same checks apply to trees built in code).
 *
 * <ul>
 *   <li>a {@code null} document: {@link EventParseException} "the document is null";
 *   <li>a leading byte-order mark: ignored (text, bytes and streams alike);
 *   <li>content after the object: rejected;
 *   <li>a member appearing twice in one object, at any depth: rejected;
 *   <li>nesting deeper than {@link JsonIn#MAX_DEPTH}: rejected, never a {@code StackOverflowError};
 *   <li>NaN or an infinity (text cannot hold them; trees built in code can): rejected;
 *   <li>input that is not JSON: rejected with the line and column, without the content and without
 *       the parser's exception (which quotes the offending token) as cause.
 * </ul>
 */
public final class Documents {
  /** The factory of every parser and generator of the model. */
  static final JsonFactory FACTORY =
      JsonFactory.builder()
          .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
          .streamReadConstraints(
              StreamReadConstraints.builder().maxNestingDepth(JsonIn.MAX_DEPTH + 1).build())
          .build();

  private Documents() {}

  /** Reads the top-level object of a document. */
  @FunctionalInterface
  public interface Reader<T> {
    /**
     * Reads; the parser is at the document's {@code START_OBJECT}.
     *
     * @param in the reader
     * @return the result
     * @throws IOException if the parser fails
     */
    T read(JsonIn in) throws IOException;
  }

  /** Writes one value. */
  @FunctionalInterface
  public interface Writer {
    /**
     * Writes.
     *
     * @param g the generator
     * @throws IOException if the generator fails
     */
    void write(JsonGenerator g) throws IOException;
  }

  /**
   * Reads JSON text (a leading byte-order mark is ignored).
   *
   * @param <T> the result type
   * @param json the text
   * @param reader reads the top-level object
   * @return the result
   * @throws EventParseException as described in the class
   */
  public static <T> T read(String json, Reader<T> reader) {
    if (json == null) {
      throw nullDocument();
    }
    String text = !json.isEmpty() && json.charAt(0) == '\uFEFF' ? json.substring(1) : json;
    try {
      return read(FACTORY.createParser(text), reader);
    } catch (IOException e) {
      throw failure(e);
    }
  }

  /**
   * Reads JSON bytes.
   *
   * @param <T> the result type
   * @param json the bytes
   * @param reader reads the top-level object
   * @return the result
   * @throws EventParseException as described in the class
   */
  public static <T> T read(byte[] json, Reader<T> reader) {
    if (json == null) {
      throw nullDocument();
    }
    try {
      return read(FACTORY.createParser(json), reader);
    } catch (IOException e) {
      throw failure(e);
    }
  }

  /**
   * Reads a JSON stream to its end; the stream is not closed.
   *
   * @param <T> the result type
   * @param json the stream
   * @param reader reads the top-level object
   * @return the result
   * @throws EventParseException as described in the class, also when the stream fails
   */
  public static <T> T read(InputStream json, Reader<T> reader) {
    if (json == null) {
      throw nullDocument();
    }
    try {
      return read(FACTORY.createParser(json), reader);
    } catch (IOException e) {
      throw failure(e);
    }
  }

  /**
   * Reads a Jackson tree (not changed).
   *
   * @param <T> the result type
   * @param json the tree
   * @param reader reads the top-level object
   * @return the result
   * @throws EventParseException as described in the class
   */
  public static <T> T read(JsonNode json, Reader<T> reader) {
    if (json == null) {
      throw nullDocument();
    }
    try {
      return read(json.traverse(), reader);
    } catch (IOException e) {
      throw failure(e);
    }
  }

  private static <T> T read(JsonParser parser, Reader<T> reader) throws IOException {
    try (JsonParser p = parser) {
      JsonToken t = p.nextToken();
      if (t == null) {
        throw new EventParseException("", "the document is empty");
      }
      JsonIn in = new JsonIn(p, "", 0);
      if (t != JsonToken.START_OBJECT) {
        throw in.wrongKind("a JSON object");
      }
      T result;
      try {
        result = reader.read(in);
      } catch (NumberFormatException e) {
        // a number Jackson cannot represent (e.g. an exponent beyond int range); its message
        // quotes the number, so it is not kept
        String at = in.pointer();
        throw new EventParseException(
            at,
            "field '" + at + "' holds a number that cannot be read" + where(p.currentLocation()));
      }
      if (p.nextToken() != null) {
        throw new EventParseException(
            "", "the document has content after the JSON object" + where(p.currentLocation()));
      }
      return result;
    }
  }

  /**
   * Reads a document into a read-only tree with the checks of the class (the document must be an
   * object).
   *
   * @param json the document: a {@code String}, {@code byte[]}, {@code InputStream} or {@code
   *     JsonNode}
   * @return the frozen tree
   */
  public static JsonNode tree(Object json) {
    Reader<JsonNode> reader = Json::read;
    if (json instanceof String s) {
      return read(s, reader);
    }
    if (json instanceof byte[] b) {
      return read(b, reader);
    }
    if (json instanceof InputStream s) {
      return read(s, reader);
    }
    if (json instanceof JsonNode n) {
      return read(n, reader);
    }
    throw nullDocument();
  }

  private static EventParseException nullDocument() {
    return new EventParseException("", "the document is null");
  }

  private static String where(JsonLocation location) {
    if (location == null || location.getLineNr() < 1) {
      return "";
    }
    return " at line " + location.getLineNr() + ", column " + location.getColumnNr();
  }

  /**
   * The exception for a parser or stream failure: where, never what (no Jackson exception as cause:
   * its message quotes the offending token).
   */
  static EventParseException failure(IOException e) {
    if (e instanceof StreamConstraintsException c) {
      String message = c.getOriginalMessage();
      String what =
          message != null && message.startsWith("Document nesting depth")
              ? "the document is nested deeper than " + JsonIn.MAX_DEPTH + " levels"
              : "the document exceeds a size limit of the JSON parser";
      return new EventParseException("", what + where(c.getLocation()));
    }
    if (e instanceof JsonProcessingException jpe) {
      return new EventParseException(
          "", "the document is not valid JSON" + where(jpe.getLocation()));
    }
    if (e instanceof CharConversionException) {
      return new EventParseException("", "the document is not valid UTF-8, UTF-16 or UTF-32 text");
    }
    return new EventParseException(
        "", "the document could not be read: " + e.getClass().getSimpleName(), e);
  }

  /**
   * Writes compact UTF-8 JSON.
   *
   * @param writer writes the value
   * @return the bytes
   */
  public static byte[] bytes(Writer writer) {
    BufferRecycler recycler = FACTORY._getBufferRecycler();
    try (ByteArrayBuilder out = new ByteArrayBuilder(recycler)) {
      try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
        writer.write(g);
      }
      return out.getClearAndRelease();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      recycler.releaseToPool();
    }
  }

  /**
   * Writes compact JSON text.
   *
   * @param writer writes the value
   * @return the text
   */
  public static String string(Writer writer) {
    BufferRecycler recycler = FACTORY._getBufferRecycler();
    try (SegmentedStringWriter out = new SegmentedStringWriter(recycler)) {
      try (JsonGenerator g = FACTORY.createGenerator(out)) {
        writer.write(g);
      }
      return out.getAndClear();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      recycler.releaseToPool();
    }
  }

  /**
   * Writes compact UTF-8 JSON to a stream (not closed).
   *
   * @param out the stream
   * @param writer writes the value
   * @throws UncheckedIOException if the stream fails
   */
  public static void write(java.io.OutputStream out, Writer writer) {
    try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      writer.write(g);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
