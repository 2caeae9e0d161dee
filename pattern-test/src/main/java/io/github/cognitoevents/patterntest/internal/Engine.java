package io.github.cognitoevents.patterntest.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.cognitoevents.pattern.MatchList;
import io.github.cognitoevents.patterntest.InvalidEventException;
import io.github.cognitoevents.patterntest.MatchExplanation;
import java.io.ByteArrayOutputStream;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Runs a {@link Compiled} set over an event: the entry points the public API delegates to. Every
 * input becomes UTF-8 bytes for {@link EventScanner}: text is encoded (an unpaired surrogate, which
 * UTF-8 cannot carry, becomes {@code ?}, as the AWS SDK would send it), a stream is read up to
 * {@link #MAX_STREAM_BYTES}, a Jackson tree is written out, and UTF-16 or UTF-32 bytes (detected as
 * Jackson detects them) are transcoded.
 */
public final class Engine {

  /** The most a stream event may hold: far above EventBridge's 256 KB and any CloudTrail record. */
  public static final int MAX_STREAM_BYTES = 32 * 1024 * 1024;

  private static final JsonFactory FACTORY =
      JsonFactory.builder().disable(StreamReadFeature.AUTO_CLOSE_SOURCE).build();

  private Engine() {}

  /**
   * The UTF-8 bytes of a text event.
   *
   * @param text the event
   * @return its bytes
   */
  public static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /**
   * The bytes of a Jackson tree, written as JSON.
   *
   * @param node the event
   * @return its bytes
   */
  public static byte[] bytes(JsonNode node) {
    return bytes(node.toString());
  }

  /**
   * Reads a stream event (the stream is not closed).
   *
   * @param in the stream
   * @return its bytes
   * @throws InvalidEventException if the stream holds more than {@link #MAX_STREAM_BYTES}, or
   *     plainly does not start a JSON object
   * @throws UncheckedIOException if reading fails
   */
  public static byte[] bytes(InputStream in) {
    try {
      byte[] buffer = new byte[8192];
      int length = in.readNBytes(buffer, 0, buffer.length);
      if (length > 0 && !mayStartAnObject(buffer, length)) {
        return Arrays.copyOf(buffer, length); // the scan reports it; do not read on
      }
      while (length == buffer.length) {
        if (buffer.length >= MAX_STREAM_BYTES) {
          if (in.read() < 0) {
            break;
          }
          throw new InvalidEventException(
              "the event is larger than " + (MAX_STREAM_BYTES >> 20) + " MiB", null);
        }
        buffer = Arrays.copyOf(buffer, Math.min(MAX_STREAM_BYTES, buffer.length * 2));
        length += in.readNBytes(buffer, length, buffer.length - length);
      }
      return length == buffer.length ? buffer : Arrays.copyOf(buffer, length);
    } catch (IOException e) {
      throw new UncheckedIOException("could not read the event: " + e.getMessage(), e);
    }
  }

  /**
   * Whether the first bytes can begin a JSON object in some encoding Jackson detects: {@code {}
   * after whitespace, a byte-order mark, or the zero bytes of UTF-16/32 (not four of them).
   */
  private static boolean mayStartAnObject(byte[] b, int length) {
    int i = 0;
    while (i < length && (b[i] == ' ' || b[i] == '\n' || b[i] == '\r' || b[i] == '\t')) {
      i++;
    }
    if (i == length) {
      return true;
    }
    int c = b[i] & 0xff;
    if (c == '{' || c == 0xEF || c == 0xFE || c == 0xFF) {
      return true;
    }
    return c == 0 && !(length >= 4 && b[1] == 0 && b[2] == 0 && b[3] == 0);
  }

  /**
   * The patterns that match an event, by index, ascending.
   *
   * @param program the compiled patterns
   * @param event the event's bytes
   * @return the indexes of the matching patterns
   * @throws InvalidEventException if the event is not a valid test event
   */
  public static int[] matching(Compiled program, byte[] event) {
    return matching(program, event, 0, event.length);
  }

  /**
   * The patterns that match an event held in part of an array, by index, ascending.
   *
   * @param program the compiled patterns
   * @param event an array holding the event's bytes
   * @param offset where the event starts
   * @param length how many bytes it has
   * @return the indexes of the matching patterns
   * @throws InvalidEventException if the event is not a valid test event
   */
  public static int[] matching(Compiled program, byte[] event, int offset, int length) {
    Scratch s = Scratch.get();
    s.inUse = true;
    try {
      run(program, event, offset, length, s, false);
      int[] result = Arrays.copyOf(s.fired, s.firedCount);
      Arrays.sort(result);
      return result;
    } finally {
      s.inUse = false;
    }
  }

  /**
   * Whether any pattern matches an event.
   *
   * @param program the compiled patterns
   * @param event the event's bytes
   * @return true when one matches
   * @throws InvalidEventException if the event is not a valid test event
   */
  public static boolean matchesAny(Compiled program, byte[] event) {
    Scratch s = Scratch.get();
    s.inUse = true;
    try {
      run(program, event, 0, event.length, s, true);
      return s.firedCount > 0;
    } finally {
      s.inUse = false;
    }
  }

  /**
   * Validates an event without matching.
   *
   * @param event the event's bytes
   * @throws InvalidEventException if the event is not a valid test event
   */
  public static void validate(byte[] event) {
    matchesAny(Compiled.EMPTY, event);
  }

  private static void run(
      Compiled program, byte[] event, int offset, int length, Scratch s, boolean first) {
    s.reset(program, false);
    scan(program, event, offset, length, s);
    for (int sr : program.unindexed) {
      if (check(program, sr, s) && first) {
        return;
      }
    }
    int count = s.candidateCount;
    for (int i = 0; i < count; i++) {
      if (check(program, s.candidates[i], s) && first) {
        return;
      }
    }
  }

  private static boolean check(Compiled program, int subRule, Scratch s) {
    Compiled.SubRule rule = program.subRules[subRule];
    if (s.hasFired(rule.pattern)) {
      return false;
    }
    if (s.search.holds(rule, s)) {
      s.fire(rule.pattern);
      return true;
    }
    return false;
  }

  /**
   * Explains every pattern's verdict, field by field.
   *
   * @param program the compiled patterns
   * @param event the event's bytes
   * @return one explanation per pattern, in pattern order
   * @throws InvalidEventException if the event is not a valid test event
   */
  public static List<MatchExplanation> explain(Compiled program, byte[] event) {
    Scratch s = new Scratch();
    s.reset(program, true);
    scan(program, event, 0, event.length, s);
    List<MatchExplanation> out = new ArrayList<>(program.patternCount);
    for (int p = 0; p < program.patternCount; p++) {
      List<MatchExplanation.Branch> branches = new ArrayList<>();
      boolean any = false;
      for (int sr : program.subRulesOf[p]) {
        Compiled.SubRule rule = program.subRules[sr];
        boolean matched = s.search.holds(rule, s);
        any |= matched;
        List<MatchExplanation.Check> checks = new ArrayList<>();
        for (int i = 0; i < rule.pathIds.length; i++) {
          int pid = rule.pathIds[i];
          List<String> values = new ArrayList<>();
          for (int leaf = s.pathHead[pid]; leaf >= 0; leaf = s.leafNext[leaf]) {
            values.add(s.leafDisplay.get(leaf));
          }
          Collections.reverse(values);
          boolean held =
              Search.anySatisfies(rule, i, s) || (rule.absence[i] && s.pathHead[pid] < 0);
          MatchList list = rule.lists[i];
          checks.add(new MatchExplanation.Check(program.paths[pid], list.toString(), values, held));
        }
        branches.add(new MatchExplanation.Branch(matched, checks));
      }
      out.add(new MatchExplanation(any, branches));
    }
    return out;
  }

  private static void scan(Compiled program, byte[] event, int offset, int length, Scratch s) {
    int found = scanBytes(program, event, offset, length, s);
    if (found < 0) {
      throw new InvalidEventException("the event is not a JSON object", null);
    }
    if (found != EventScanner.ALL_REQUIRED) {
      throw new InvalidEventException(
          "missing required field(s): " + EventScanner.missing(found), null);
    }
  }

  /**
   * Scans bytes in any encoding Jackson detects: the required fields found, or -1 for a non-object.
   */
  static int scanBytes(Compiled program, byte[] event, Scratch s) {
    return scanBytes(program, event, 0, event.length, s);
  }

  private static int scanBytes(Compiled program, byte[] event, int offset, int length, Scratch s) {
    Objects.checkFromIndexSize(offset, length, event.length);
    if (length >= 2
        && (event[offset] == 0 || event[offset + 1] == 0 || isUtf16Bom(event, offset))) {
      event = transcode(Arrays.copyOfRange(event, offset, offset + length));
      offset = 0;
      length = event.length;
    } else if (length >= 3
        && (event[offset] & 0xff) == 0xEF
        && (event[offset + 1] & 0xff) == 0xBB
        && (event[offset + 2] & 0xff) == 0xBF) {
      offset += 3; // a UTF-8 byte-order mark, which Jackson skips
      length -= 3;
    }
    return s.scanner.scan(program, event, offset, length, s);
  }

  private static boolean isUtf16Bom(byte[] b, int offset) {
    int b0 = b[offset] & 0xff;
    int b1 = b[offset + 1] & 0xff;
    return (b0 == 0xFE && b1 == 0xFF) || (b0 == 0xFF && b1 == 0xFE);
  }

  /**
   * UTF-16 or UTF-32 input, as Jackson detects it, re-written as UTF-8 token by token (keeping
   * duplicate keys and number text).
   */
  private static byte[] transcode(byte[] event) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(event.length);
    try (JsonParser p = FACTORY.createParser(event);
        JsonGenerator g = FACTORY.createGenerator(out)) {
      JsonToken t = p.nextToken();
      if (t != JsonToken.START_OBJECT) {
        return new byte[] {'['}; // not an object: the scan says so
      }
      int depth = 0;
      do {
        switch (t) {
          case START_OBJECT:
            g.writeStartObject();
            depth++;
            break;
          case END_OBJECT:
            g.writeEndObject();
            depth--;
            break;
          case START_ARRAY:
            g.writeStartArray();
            depth++;
            break;
          case END_ARRAY:
            g.writeEndArray();
            depth--;
            break;
          case FIELD_NAME:
            g.writeFieldName(p.currentName());
            break;
          case VALUE_STRING:
            g.writeString(p.getText());
            break;
          case VALUE_NUMBER_INT:
          case VALUE_NUMBER_FLOAT:
            g.writeNumber(p.getText());
            break;
          case VALUE_TRUE:
            g.writeBoolean(true);
            break;
          case VALUE_FALSE:
            g.writeBoolean(false);
            break;
          default:
            g.writeNull();
        }
      } while (depth > 0 && (t = p.nextToken()) != null);
    } catch (JsonProcessingException | CharConversionException e) {
      throw new InvalidEventException("not valid JSON: " + firstLine(e), e);
    } catch (IOException e) {
      throw new UncheckedIOException("could not read the event: " + e.getMessage(), e);
    }
    return out.toByteArray();
  }

  private static String firstLine(Exception e) {
    String m = e instanceof JsonProcessingException jpe ? jpe.getOriginalMessage() : e.getMessage();
    if (m == null) {
      return e.getClass().getSimpleName();
    }
    int nl = m.indexOf('\n');
    return nl < 0 ? m : m.substring(0, nl);
  }
}
