package io.github.cognitoevents.patterntest.live;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.cognitoevents.patterntest.Verdict;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One of your cases for the live check: a name, the {@code Event} and {@code EventPattern} strings
 * (sent unchanged) and, optionally, the verdict you expect.
 *
 * <pre>{@code
 * LiveCase c = LiveCase.of("deletes only", eventJson, patternJson)
 *     .expecting(Verdict.match());
 * List<LiveCase> corpus = LiveCase.readJsonLines(Path.of("my-cases.jsonl"));
 * }</pre>
 *
 * <p>{@link #toString()} shows the name and the expected verdict only, never the event.
 *
 * @param name a name for reports, unique within your set
 * @param event the event JSON
 * @param pattern the event pattern JSON
 * @param expected the verdict you expect, or {@code null} for none
 */
public record LiveCase(String name, String event, String pattern, Verdict expected) {

  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * Checks the fields.
   *
   * @throws NullPointerException if {@code name}, {@code event} or {@code pattern} is null
   */
  public LiveCase {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(event, "event");
    Objects.requireNonNull(pattern, "pattern");
  }

  /**
   * A case without an expected verdict.
   *
   * @param name a name for reports
   * @param event the event JSON
   * @param pattern the event pattern JSON
   * @return the case
   */
  public static LiveCase of(String name, String event, String pattern) {
    return new LiveCase(name, event, pattern, null);
  }

  /**
   * This case with an expected verdict.
   *
   * @param verdict the verdict you expect from AWS
   * @return a copy of this case expecting {@code verdict}
   */
  public LiveCase expecting(Verdict verdict) {
    return new LiveCase(name, event, pattern, Objects.requireNonNull(verdict, "verdict"));
  }

  /**
   * Reads cases in the conformance corpus format: one JSON object per line with the string fields
   * {@code name}, {@code event}, {@code pattern} and optionally {@code expected} ({@code "match"},
   * {@code "no-match"} or {@code "invalid"}, the last with {@code code} and {@code message}). Other
   * fields are ignored; blank lines are skipped.
   *
   * @param file a UTF-8 JSON Lines file
   * @return the cases, in file order
   * @throws LiveCaseFormatException if a line is not such an object (the message names the line
   *     number and the field)
   * @throws UncheckedIOException if the file cannot be read
   */
  public static List<LiveCase> readJsonLines(Path file) {
    Objects.requireNonNull(file, "file");
    List<LiveCase> cases = new ArrayList<>();
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      int number = 0;
      while ((line = reader.readLine()) != null) {
        number++;
        if (!line.isBlank()) {
          cases.add(parseLine(line, number));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read live cases from " + file, e);
    }
    return List.copyOf(cases);
  }

  private static LiveCase parseLine(String line, int number) {
    JsonNode node;
    try {
      node = JSON.readTree(line);
    } catch (JsonProcessingException e) {
      throw new LiveCaseFormatException("Line " + number + " is not valid JSON");
    }
    if (node == null || !node.isObject()) {
      throw new LiveCaseFormatException("Line " + number + " is not a JSON object");
    }
    String name = text(node, "name", number, true);
    LiveCase c = of(name, text(node, "event", number, true), text(node, "pattern", number, true));
    String expected = text(node, "expected", number, false);
    if (expected == null) {
      return c;
    }
    switch (expected) {
      case "match":
        return c.expecting(Verdict.match());
      case "no-match":
        return c.expecting(Verdict.noMatch());
      case "invalid":
        return c.expecting(
            Verdict.invalid(text(node, "code", number, true), text(node, "message", number, true)));
      default:
        throw new LiveCaseFormatException(
            "Line "
                + number
                + ": expected must be match, no-match or invalid, was \""
                + expected
                + "\"");
    }
  }

  private static String text(JsonNode node, String field, int number, boolean required) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      if (required) {
        throw new LiveCaseFormatException("Line " + number + ": field " + field + " is missing");
      }
      return null;
    }
    if (!value.isTextual()) {
      throw new LiveCaseFormatException(
          "Line " + number + ": field " + field + " must be a string, was " + value.getNodeType());
    }
    return value.textValue();
  }

  /** Shows the name and the expected verdict, never the event or the pattern. */
  @Override
  public String toString() {
    return "LiveCase[" + name + (expected == null ? "" : ", expected " + expected.kind()) + "]";
  }
}
