package io.github.cognitoevents.patterntest.backtest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Streams the CloudTrail records of one file, never holding the file in memory: S3 delivery files
 * ({@code {"Records":[...]}}, plain or gzip), {@code aws cloudtrail lookup-events} output ({@code
 * {"Events":[{"CloudTrailEvent":"..."}]}}, one page per file) and JSON Lines of records or of
 * EventBridge events ({@code .jsonl}, {@code .ndjson}, plain or gzip; CloudTrail Lake and
 * EventBridge archive exports). Problems are reported by line, never with content.
 */
final class LogReader {
  /** What the reader hands on. */
  interface Sink {
    void record(Delivery.Fields fields, byte[] recordJson, long line);

    void malformed(long line, String reason);
  }

  private static final ObjectMapper MAPPER =
      new ObjectMapper(
          JsonFactory.builder().disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION).build());

  /**
   * The S3 files' reader: duplicate keys are left to the matcher, which accepts them as EventBridge
   * does.
   */
  private static final JsonFactory STREAMING =
      JsonFactory.builder().disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION).build();

  private LogReader() {}

  static boolean isLogFile(Path file) {
    String name = file.getFileName().toString();
    return name.endsWith(".json")
        || name.endsWith(".json.gz")
        || name.endsWith(".jsonl")
        || name.endsWith(".jsonl.gz")
        || name.endsWith(".ndjson")
        || name.endsWith(".ndjson.gz");
  }

  static void read(Path file, Sink sink) throws IOException {
    try (InputStream raw = Files.newInputStream(file)) {
      read(file.getFileName().toString(), raw, sink);
    }
  }

  /** Reads one log file from a stream, its format told by its name; does not close the stream. */
  static void read(String name, InputStream raw, Sink sink) throws IOException {
    boolean gz = name.endsWith(".gz");
    boolean lines =
        name.endsWith(".jsonl") || name.endsWith(".jsonl.gz") || name.contains(".ndjson");
    try {
      InputStream in = gz ? new GZIPInputStream(raw, 1 << 16) : raw;
      if (lines) {
        readLines(in, sink);
      } else {
        readDocument(in, sink);
      }
    } catch (EOFException | ZipException e) {
      sink.malformed(-1, gz ? "truncated or corrupt gzip data" : "the file ends early");
    }
  }

  private static void readLines(InputStream in, Sink sink) throws IOException {
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    long line = 0;
    for (String text = reader.readLine(); text != null; text = reader.readLine()) {
      line++;
      if (text.isBlank()) {
        continue;
      }
      JsonNode node;
      try {
        node = MAPPER.readTree(text);
      } catch (JsonProcessingException e) {
        sink.malformed(line, "not JSON");
        continue;
      }
      if (node != null && node.isObject() && node.has("detail-type") && node.has("detail")) {
        node = node.get("detail");
      }
      hand(node, line, sink);
    }
  }

  private static void readDocument(InputStream in, Sink sink) throws IOException {
    Recording recording = new Recording(in);
    JsonParser p = STREAMING.createParser(recording);
    long line = 1;
    try {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        sink.malformed(1, "not a CloudTrail log file (no top-level object)");
        return;
      }
      boolean found = false;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        JsonToken value = p.nextToken();
        if ((field.equals("Records") || field.equals("Events")) && value == JsonToken.START_ARRAY) {
          found = true;
          boolean lookup = field.equals("Events");
          while (p.nextToken() != JsonToken.END_ARRAY) {
            line = p.currentLocation().getLineNr();
            if (!lookup) {
              sliceRecord(p, recording, line, sink);
              continue;
            }
            JsonNode element = MAPPER.readTree(p);
            {
              JsonNode text = element.get("CloudTrailEvent");
              if (text == null || !text.isTextual()) {
                sink.malformed(line, "a lookup-events entry without a CloudTrailEvent string");
                continue;
              }
              try {
                element = MAPPER.readTree(text.textValue());
              } catch (JsonProcessingException e) {
                sink.malformed(line, "a CloudTrailEvent string that is not JSON");
                continue;
              }
            }
            hand(element, line, sink);
          }
        } else {
          p.skipChildren();
        }
      }
      if (!found) {
        sink.malformed(1, "not a CloudTrail log file (no Records or Events array)");
      }
    } catch (JsonProcessingException e) {
      sink.malformed(e.getLocation() == null ? line : e.getLocation().getLineNr(), "not JSON");
    }
  }

  private static void hand(JsonNode node, long line, Sink sink) throws IOException {
    if (node == null || !node.isObject()) {
      sink.malformed(line, "a record that is not a JSON object");
      return;
    }
    Delivery.Fields fields = Delivery.Fields.of(node);
    if (complete(fields, line, sink)) {
      sink.record(fields, MAPPER.writeValueAsBytes(node), line);
    }
  }

  private static boolean complete(Delivery.Fields fields, long line, Sink sink) {
    if (fields.eventSource() == null || fields.eventName() == null || fields.eventTime() == null) {
      sink.malformed(line, "a record without eventSource, eventName or eventTime");
      return false;
    }
    return true;
  }

  /**
   * Slices one record of a {@code Records} array out of the bytes the parser has read, noting the
   * top-level members delivery needs as it passes them: no tree is built and nothing is re-encoded.
   */
  private static void sliceRecord(JsonParser p, Recording bytes, long line, Sink sink)
      throws IOException {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      p.skipChildren();
      sink.malformed(line, "a record that is not a JSON object");
      return;
    }
    long from = p.currentTokenLocation().getByteOffset();
    String source = null;
    String name = null;
    String time = null;
    String type = null;
    String region = null;
    String account = null;
    String id = null;
    boolean readOnly = false;
    for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
      String member = p.currentName();
      JsonToken value = p.nextToken();
      if (value == JsonToken.VALUE_STRING) {
        switch (member) {
          case "eventSource" -> source = p.getText();
          case "eventName" -> name = p.getText();
          case "eventTime" -> time = p.getText();
          case "eventType" -> type = p.getText();
          case "awsRegion" -> region = p.getText();
          case "recipientAccountId" -> account = p.getText();
          case "eventID" -> id = p.getText();
          case "readOnly" -> readOnly = "true".equals(p.getText());
          default -> {}
        }
      } else if (value == JsonToken.VALUE_TRUE && member.equals("readOnly")) {
        readOnly = true;
      } else {
        p.skipChildren();
      }
    }
    long to = p.currentTokenLocation().getByteOffset() + 1;
    byte[] json = bytes.slice(from, to);
    bytes.discardBefore(to);
    Delivery.Fields fields =
        new Delivery.Fields(source, name, time, type, region, account, id, readOnly);
    if (complete(fields, line, sink)) {
      sink.record(fields, json, line);
    }
  }

  /** The bytes a parser has read, kept from the start of the current record on. */
  private static final class Recording extends InputStream {
    private final InputStream in;
    private byte[] buffer = new byte[1 << 17];
    private long base;
    private int length;

    Recording(InputStream in) {
      this.in = in;
    }

    @Override
    public int read() throws IOException {
      int b = in.read();
      if (b >= 0) {
        append(new byte[] {(byte) b}, 0, 1);
      }
      return b;
    }

    @Override
    public int read(byte[] into, int offset, int count) throws IOException {
      int n = in.read(into, offset, count);
      if (n > 0) {
        append(into, offset, n);
      }
      return n;
    }

    private void append(byte[] from, int offset, int count) {
      if (length + count > buffer.length) {
        buffer = java.util.Arrays.copyOf(buffer, Math.max(buffer.length * 2, length + count));
      }
      System.arraycopy(from, offset, buffer, length, count);
      length += count;
    }

    byte[] slice(long from, long to) {
      return java.util.Arrays.copyOfRange(buffer, (int) (from - base), (int) (to - base));
    }

    void discardBefore(long offset) {
      int drop = (int) (offset - base);
      System.arraycopy(buffer, drop, buffer, 0, length - drop);
      length -= drop;
      base = offset;
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }
}
