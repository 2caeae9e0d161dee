package io.github.cognitoevents.patterntest.backtest;

import io.github.cognitoevents.patterntest.internal.Engine;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Splits a CloudTrail log document ({@code {"Records":[...]}}, or a lookup-events page {@code
 * {"Events":[...]}}) read from a stream into the elements of its array, handed on as bytes without
 * being tokenised: the structure is followed byte by byte (strings, escapes, nesting), and of a
 * record only the top-level members delivery needs are read as text.
 *
 * <p>Written by hand rather than with Jackson's streaming parser: every delivered record is scanned
 * again by the rule set, which validates it, so a full token pass first doubled the work (the
 * backtest harness in {@code benchmarks} measures both against Jackson's token pass). What it
 * checks itself is the structure: a document or record that does not close, a member without a
 * colon, two values without a comma are "not JSON" and end the file, as a parser's error would;
 * inside a value of a record of another service, which the rule set never scans, only nesting and
 * strings are followed. A record whose wanted members are spelled with escapes is read by Jackson
 * instead. Memory: the bytes of one record at a time, at most {@link Engine#MAX_STREAM_BYTES}.
 */
final class RecordSplitter {
  /** What the splitter hands on. */
  interface Handler {
    /**
     * An element of {@code Records}; {@code fields} is {@code null} when its wanted members need
     * decoding (escapes). The bytes are valid only during the call.
     */
    void record(Delivery.Fields fields, byte[] json, int offset, int length, long line)
        throws IOException;

    /** An element of {@code Events} (a lookup-events entry). */
    void lookupEntry(byte[] json, int offset, int length, long line) throws IOException;

    void malformed(long line, String reason);
  }

  /** The input ends or breaks the structure: the rest of the file cannot be read. */
  private static final class Broken extends Exception {
    private static final long serialVersionUID = 1L;
    final long line;

    Broken(long line, String reason) {
      super(reason, null, false, false);
      this.line = line;
    }
  }

  private static final byte[][] WANTED = {
    ascii("eventSource"),
    ascii("eventName"),
    ascii("eventTime"),
    ascii("eventType"),
    ascii("awsRegion"),
    ascii("recipientAccountId"),
    ascii("eventID"),
    ascii("readOnly")
  };
  private static final int READ_ONLY = 7;

  /** The indexes into {@link #WANTED} by name length. */
  private static final int[][] BY_LENGTH = new int[19][];

  static {
    for (int length = 0; length < BY_LENGTH.length; length++) {
      int n = length;
      BY_LENGTH[length] =
          java.util.stream.IntStream.range(0, WANTED.length)
              .filter(i -> WANTED[i].length == n)
              .toArray();
    }
  }

  /** The bytes a string scan stops at: quote, backslash, line breaks. */
  private static final byte[] IN_STRING = table("\"\\\n\r");

  /** The bytes a container scan stops at: quote, brackets, line breaks. */
  private static final byte[] STRUCTURE = table("\"{}[]\n\r");

  private static final byte[] RECORDS = ascii("Records");
  private static final byte[] EVENTS = ascii("Events");
  private static final byte[] TRUE = ascii("true");

  private final InputStream in;
  private final int maxRecordBytes;
  private byte[] buf;
  private int pos;
  private int limit;
  private int keep = -1; // where the kept element starts, or -1
  private long line = 1;
  private long dropped; // bytes of the stream dropped from the front of the buffer
  private long crAt = -2; // stream offset of the last carriage return
  private final String[] values = new String[WANTED.length];
  private final byte[][] lastBytes = new byte[WANTED.length][];
  private final String[] lastText = new String[WANTED.length];

  /** The wanted members whose values repeat from record to record (not times nor IDs). */
  private static final boolean[] REPEATS = {true, true, false, true, true, true, false, true};

  private int seen; // the wanted members met in the current record, by bit
  private boolean repeated; // whether one of them came twice
  private long[] open = new long[1]; // one bit per open bracket of skipContainer: set for '{'

  RecordSplitter(InputStream in) {
    this(in, 1 << 16, Engine.MAX_STREAM_BYTES);
  }

  /** A splitter with a buffer of {@code initialBytes} that may grow to {@code maxRecordBytes}. */
  RecordSplitter(InputStream in, int initialBytes, int maxRecordBytes) {
    this.in = in;
    this.buf = new byte[initialBytes];
    this.maxRecordBytes = maxRecordBytes;
  }

  /** Reads the document, handing on its elements and problems. */
  void read(Handler handler) throws IOException {
    try {
      skipByteOrderMark();
      if (next() != '{') {
        handler.malformed(1, "not a CloudTrail log file (no top-level object)");
        return;
      }
      pos++;
      boolean found = false;
      if (!empty('}')) {
        do {
          int c = next();
          if (c != '"') {
            throw broken("not JSON");
          }
          keep = pos;
          boolean escaped = skipString();
          boolean records = !escaped && is(RECORDS, keep + 1, pos - 1);
          boolean events = !escaped && is(EVENTS, keep + 1, pos - 1);
          keep = -1;
          colon();
          c = next();
          if ((records || events) && c == '[') {
            found = true;
            array(events, handler);
          } else {
            skipValue(c);
          }
        } while (!closes('}'));
      }
      if (!found) {
        handler.malformed(1, "not a CloudTrail log file (no Records or Events array)");
      }
    } catch (Broken e) {
      handler.malformed(e.line, e.getMessage());
    }
  }

  private void array(boolean lookup, Handler handler) throws IOException, Broken {
    pos++;
    if (empty(']')) {
      return;
    }
    do {
      int c = next();
      long at = line;
      keep = pos;
      if (c == '{') {
        if (lookup) {
          skipContainer();
          handler.lookupEntry(buf, keep, pos - keep, at);
        } else {
          boolean plain = record();
          handler.record(plain ? fields() : null, buf, keep, pos - keep, at);
        }
      } else {
        skipValue(c);
        handler.malformed(at, "a record that is not a JSON object");
      }
      keep = -1;
    } while (!closes(']'));
  }

  /**
   * Follows a record, {@code pos} at its {@code {}, noting the wanted top-level string members;
   * returns false when one of them (or a member name) has escapes.
   */
  private boolean record() throws IOException, Broken {
    seen = 0;
    repeated = false;
    boolean plain = true;
    pos++;
    if (empty('}')) {
      return true;
    }
    do {
      int c = next();
      if (c != '"') {
        throw unexpected(c);
      }
      int nameStart = pos + 1 - keep;
      boolean escaped = skipString();
      int wanted = escaped ? -1 : wanted(keep + nameStart, pos - 1);
      plain &= !escaped;
      if (wanted >= 0) {
        repeated |= (seen & (1 << wanted)) != 0;
        seen |= 1 << wanted;
      }
      colon();
      c = next();
      if (c == '"') {
        int valueStart = pos + 1 - keep;
        escaped = skipString();
        if (wanted >= 0) {
          plain &= !escaped;
          values[wanted] = text(wanted, keep + valueStart, pos - 1);
        }
      } else {
        int valueStart = pos - keep;
        skipValue(c);
        if (wanted >= 0) {
          values[wanted] = wanted == READ_ONLY && is(TRUE, keep + valueStart, pos) ? "true" : null;
        }
      }
    } while (!closes('}'));
    return plain;
  }

  /** Whether the container just opened closes at once with {@code close} (then consumed). */
  private boolean empty(char close) throws IOException, Broken {
    if (next() == close) {
      pos++;
      return true;
    }
    return false;
  }

  /**
   * After a member or element: true when its container closes with {@code close}, false after a
   * comma (each consumed); anything else breaks the file.
   */
  private boolean closes(char close) throws IOException, Broken {
    int c = next();
    if (c == close) {
      pos++;
      return true;
    }
    if (c != ',') {
      throw unexpected(c);
    }
    pos++;
    return false;
  }

  private Broken unexpected(int c) {
    return broken(c < 0 ? "the file ends early" : "not JSON");
  }

  private Delivery.Fields fields() {
    return new Delivery.Fields(
        value(0),
        value(1),
        value(2),
        value(3),
        value(4),
        value(5),
        value(6),
        "true".equals(value(READ_ONLY)),
        !repeated);
  }

  /** The wanted member's value in the current record, or null when it did not appear. */
  private String value(int wanted) {
    return (seen & (1 << wanted)) != 0 ? values[wanted] : null;
  }

  /**
   * The text of a wanted member's value: the previous record's {@code String} when the bytes are
   * the same (source, type, region and account rarely change from record to record), else a new
   * one.
   */
  private String text(int wanted, int from, int to) {
    int length = to - from;
    byte[] last = lastBytes[wanted];
    if (last != null && last.length == length && Arrays.equals(buf, from, to, last, 0, length)) {
      return lastText[wanted];
    }
    String text = new String(buf, from, length, StandardCharsets.UTF_8);
    if (REPEATS[wanted]) {
      lastBytes[wanted] = Arrays.copyOfRange(buf, from, to);
      lastText[wanted] = text;
    }
    return text;
  }

  private int wanted(int from, int to) {
    int length = to - from;
    if (length >= BY_LENGTH.length) {
      return -1;
    }
    for (int i : BY_LENGTH[length]) {
      if (Arrays.equals(buf, from, to, WANTED[i], 0, length)) {
        return i;
      }
    }
    return -1;
  }

  private boolean is(byte[] name, int from, int to) {
    return to - from == name.length && Arrays.equals(buf, from, to, name, 0, name.length);
  }

  private void colon() throws IOException, Broken {
    int c = next();
    if (c != ':') {
      throw unexpected(c);
    }
    pos++;
  }

  /** Skips a value whose first byte is {@code c}, at {@code pos}. */
  private void skipValue(int c) throws IOException, Broken {
    if (c == '"') {
      skipString();
    } else if (c == '{' || c == '[') {
      skipContainer();
    } else if (c < 0) {
      throw broken("the file ends early");
    } else {
      skipScalar();
    }
  }

  /** Skips a string, {@code pos} at its opening quote; returns whether it has escapes. */
  private boolean skipString() throws IOException, Broken {
    pos++;
    boolean escaped = false;
    byte[] table = IN_STRING;
    while (true) {
      int p = pos;
      int end = limit;
      byte[] b = buf;
      while (p < end && table[b[p] & 0xff] == 0) {
        p++;
      }
      if (p < end) {
        byte c = b[p];
        if (c == '"') {
          pos = p + 1;
          return escaped;
        }
        if (c == '\\') {
          if (p + 1 < end) {
            escaped = true;
            pos = p + 2;
            continue;
          }
          // the escaped byte is still to come: read on from the backslash
        } else {
          lineBreak(c, p); // not allowed in a string, but the line count stays true
          pos = p + 1;
          continue;
        }
      }
      pos = p;
      if (!fill()) {
        throw broken("the file ends early");
      }
    }
  }

  /**
   * Skips an object or array, {@code pos} at its opening bracket, following strings and checking
   * that each bracket closes the one it should.
   */
  private void skipContainer() throws IOException, Broken {
    int depth = 0;
    byte[] table = STRUCTURE;
    while (true) {
      int p = pos;
      int end = limit;
      byte[] b = buf;
      while (p < end && table[b[p] & 0xff] == 0) {
        p++;
      }
      pos = p;
      if (p == end) {
        if (!fill()) {
          throw broken("the file ends early");
        }
        continue;
      }
      byte c = b[p];
      if (c == '"') {
        skipString();
        continue;
      }
      pos = p + 1;
      if (c == '{' || c == '[') {
        if (depth == open.length * 64) {
          open = Arrays.copyOf(open, open.length * 2);
        }
        long bit = 1L << (depth & 63);
        open[depth >> 6] = c == '{' ? open[depth >> 6] | bit : open[depth >> 6] & ~bit;
        depth++;
      } else if (c == '}' || c == ']') {
        depth--;
        boolean object = (open[depth >> 6] & (1L << (depth & 63))) != 0;
        if (object != (c == '}')) {
          throw broken("not JSON");
        }
        if (depth == 0) {
          return;
        }
      } else {
        lineBreak(c, p);
      }
    }
  }

  /** Skips a number, literal or stray bytes up to the next structural byte or space. */
  private void skipScalar() throws IOException, Broken {
    int start = pos;
    while (true) {
      if (pos == limit) {
        int kept = pos - start;
        if (!fill()) {
          break;
        }
        start = pos - kept;
      }
      byte c = buf[pos];
      if (c == ',' || c == '}' || c == ']' || c == ' ' || c == '\n' || c == '\r' || c == '\t') {
        break;
      }
      if (c == '{' || c == '[' || c == '"' || c == ':') {
        throw broken("not JSON");
      }
      pos++;
    }
    if (pos == start) {
      throw broken("not JSON");
    }
  }

  /** The next byte that is not a space, not consumed; -1 at the end of the input. */
  private int next() throws IOException, Broken {
    while (true) {
      if (pos == limit && !fill()) {
        return -1;
      }
      byte c = buf[pos];
      if (c == '\n' || c == '\r') {
        lineBreak(c, pos);
      } else if (c != ' ' && c != '\t') {
        return c & 0xff;
      }
      pos++;
    }
  }

  /**
   * Counts a line break at {@code buf[index]} as Jackson does: CR, LF and CR LF are one line each.
   */
  private void lineBreak(byte c, int index) {
    long at = dropped + index;
    if (c == '\r') {
      line++;
      crAt = at;
    } else if (crAt != at - 1) {
      line++;
    }
  }

  private void skipByteOrderMark() throws IOException, Broken {
    while (limit < 3 && fill()) {
      // the first three bytes, if there are three
    }
    if (limit >= 3
        && (buf[0] & 0xff) == 0xEF
        && (buf[1] & 0xff) == 0xBB
        && (buf[2] & 0xff) == 0xBF) {
      pos = 3;
    }
  }

  /**
   * Reads more input after {@code limit}, first dropping what is neither unread nor kept; false at
   * the end of the input. Positions before the call move by what was dropped (the kept element
   * starts at 0 afterwards).
   */
  private boolean fill() throws IOException, Broken {
    int from = keep >= 0 ? keep : pos;
    if (from > 0 && limit == buf.length) {
      dropped += from;
      System.arraycopy(buf, from, buf, 0, limit - from);
      limit -= from;
      pos -= from;
      if (keep >= 0) {
        keep = 0;
      }
    }
    if (limit == buf.length) {
      if (buf.length >= maxRecordBytes) {
        throw broken(
            "a record larger than "
                + (maxRecordBytes >> 20)
                + " MiB (the rest of the file is not read)");
      }
      buf = Arrays.copyOf(buf, (int) Math.min(maxRecordBytes, buf.length * 2L));
    }
    int n = in.read(buf, limit, buf.length - limit);
    if (n == 0) { // not allowed for a stream, but never a reason to spin
      int one = in.read();
      if (one < 0) {
        return false;
      }
      buf[limit++] = (byte) one;
      return true;
    }
    if (n < 0) {
      return false;
    }
    limit += n;
    return true;
  }

  private Broken broken(String reason) {
    return new Broken(line, reason);
  }

  private static byte[] table(String stops) {
    byte[] table = new byte[256];
    for (int i = 0; i < stops.length(); i++) {
      table[stops.charAt(i)] = 1;
    }
    return table;
  }

  private static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.ISO_8859_1);
  }
}
