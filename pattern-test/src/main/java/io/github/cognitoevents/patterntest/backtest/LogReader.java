package io.github.cognitoevents.patterntest.backtest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
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
    /**
     * A record: its bytes are {@code json[offset, offset + length)}, valid only during the call
     * (the array is the reader's buffer).
     */
    void record(Delivery.Fields fields, byte[] json, int offset, int length, long line);

    void malformed(long line, String reason);
  }

  private static final ObjectMapper MAPPER =
      new ObjectMapper(
          JsonFactory.builder().disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION).build());

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
    new RecordSplitter(in)
        .read(
            new RecordSplitter.Handler() {
              @Override
              public void record(
                  Delivery.Fields fields, byte[] json, int offset, int length, long line)
                  throws IOException {
                if (fields == null) { // wanted members spelled with escapes: let Jackson read them
                  try {
                    fields = Delivery.Fields.of(MAPPER.readTree(json, offset, length), false);
                  } catch (JsonProcessingException e) {
                    sink.malformed(line, "a record that is not JSON");
                    return;
                  }
                }
                if (complete(fields, line, sink)) {
                  sink.record(fields, json, offset, length, line);
                }
              }

              @Override
              public void lookupEntry(byte[] json, int offset, int length, long line)
                  throws IOException {
                JsonNode text;
                try {
                  text = MAPPER.readTree(json, offset, length).get("CloudTrailEvent");
                } catch (JsonProcessingException e) {
                  sink.malformed(line, "a lookup-events entry that is not JSON");
                  return;
                }
                if (text == null || !text.isTextual()) {
                  sink.malformed(line, "a lookup-events entry without a CloudTrailEvent string");
                  return;
                }
                JsonNode record;
                try {
                  record = MAPPER.readTree(text.textValue());
                } catch (JsonProcessingException e) {
                  sink.malformed(line, "a CloudTrailEvent string that is not JSON");
                  return;
                }
                hand(record, line, sink);
              }

              @Override
              public void malformed(long line, String reason) {
                sink.malformed(line, reason);
              }
            });
  }

  private static void hand(JsonNode node, long line, Sink sink) throws IOException {
    if (node == null || !node.isObject()) {
      sink.malformed(line, "a record that is not a JSON object");
      return;
    }
    Delivery.Fields fields = Delivery.Fields.of(node, true);
    if (complete(fields, line, sink)) {
      byte[] json = MAPPER.writeValueAsBytes(node);
      sink.record(fields, json, 0, json.length, line);
    }
  }

  private static boolean complete(Delivery.Fields fields, long line, Sink sink) {
    if (fields.eventSource() == null || fields.eventName() == null || fields.eventTime() == null) {
      sink.malformed(line, "a record without eventSource, eventName or eventTime");
      return false;
    }
    return true;
  }
}
