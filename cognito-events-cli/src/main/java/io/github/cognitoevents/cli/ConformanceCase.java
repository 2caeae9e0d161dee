package io.github.cognitoevents.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.cognitoevents.patterntest.Verdict;
import java.util.Objects;

/**
 * One line of a TestEventPattern conformance corpus (format of {@code
 * shared/conformance/README.md}): an event and a pattern, both as the strings sent to the API, and
 * the verdict AWS gave.
 *
 * @param name the case name
 * @param event the {@code Event} parameter, unchanged
 * @param pattern the {@code EventPattern} parameter, unchanged
 * @param expected {@code match}, {@code no-match} or {@code invalid}
 * @param message for {@code invalid}: the first line of AWS's error message
 * @param code for {@code invalid}: AWS's error code, or {@code null} when the line has none
 */
record ConformanceCase(
    String name, String event, String pattern, String expected, String message, String code) {

  static final String MATCH = "match";
  static final String NO_MATCH = "no-match";
  static final String INVALID = "invalid";

  ConformanceCase {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(event, "event");
    Objects.requireNonNull(pattern, "pattern");
    Objects.requireNonNull(expected, "expected");
  }

  /**
   * Reads a parsed corpus line.
   *
   * @throws IllegalArgumentException naming the field when a required field is missing or wrong
   */
  static ConformanceCase parse(JsonNode line) {
    if (line == null || !line.isObject()) {
      throw new IllegalArgumentException("the line is not a JSON object");
    }
    String expected = requiredText(line, "expected");
    if (!expected.equals(MATCH) && !expected.equals(NO_MATCH) && !expected.equals(INVALID)) {
      throw new IllegalArgumentException(
          "field \"expected\" must be match, no-match or invalid, was \"" + expected + "\"");
    }
    String message = optionalText(line, "message");
    if (expected.equals(INVALID) && message == null) {
      throw new IllegalArgumentException("field \"message\" is required when expected is invalid");
    }
    return new ConformanceCase(
        requiredText(line, "name"),
        requiredText(line, "event"),
        requiredText(line, "pattern"),
        expected,
        message,
        optionalText(line, "code"));
  }

  private static String requiredText(JsonNode line, String field) {
    String value = optionalText(line, field);
    if (value == null) {
      throw new IllegalArgumentException("field \"" + field + "\" is missing or not a string");
    }
    return value;
  }

  private static String optionalText(JsonNode line, String field) {
    JsonNode value = line.get(field);
    return value != null && value.isTextual() ? value.textValue() : null;
  }

  /** Whether the matcher's verdict is the one AWS gave (first message line, and code if given). */
  boolean accepts(Verdict actual) {
    switch (expected) {
      case MATCH:
        return actual.kind() == Verdict.Kind.MATCH;
      case NO_MATCH:
        return actual.kind() == Verdict.Kind.NO_MATCH;
      default:
        return actual.kind() == Verdict.Kind.INVALID
            && message.equals(firstLine(actual.message()))
            && (code == null || code.equals(actual.errorCode()));
    }
  }

  String describeExpected() {
    switch (expected) {
      case MATCH:
        return "MATCH";
      case NO_MATCH:
        return "NO MATCH";
      default:
        return "INVALID " + (code == null ? "" : code + ": ") + message;
    }
  }

  static String describe(Verdict verdict) {
    switch (verdict.kind()) {
      case MATCH:
        return "MATCH";
      case NO_MATCH:
        return "NO MATCH";
      default:
        return "INVALID " + verdict.errorCode() + ": " + firstLine(verdict.message());
    }
  }

  static String firstLine(String message) {
    if (message == null) {
      return null;
    }
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }
}
