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
    void record(JsonNode record, long line);

    void malformed(long line, String reason);
  }

  private static final ObjectMapper MAPPER =
      new ObjectMapper(
          JsonFactory.builder()
              .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
              .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
              .build());

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
    String name = file.getFileName().toString();
    boolean gz = name.endsWith(".gz");
    boolean lines =
        name.endsWith(".jsonl") || name.endsWith(".jsonl.gz") || name.contains(".ndjson");
    try (InputStream raw = Files.newInputStream(file);
        InputStream in = gz ? new GZIPInputStream(raw, 1 << 16) : raw) {
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
    JsonParser p = MAPPER.getFactory().createParser(in);
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
            JsonNode element = MAPPER.readTree(p);
            if (lookup) {
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

  private static void hand(JsonNode node, long line, Sink sink) {
    if (node == null || !node.isObject()) {
      sink.malformed(line, "a record that is not a JSON object");
    } else if (!node.path("eventSource").isTextual()
        || !node.path("eventName").isTextual()
        || !node.path("eventTime").isTextual()) {
      sink.malformed(line, "a record without eventSource, eventName or eventTime");
    } else {
      sink.record(node, line);
    }
  }
}
