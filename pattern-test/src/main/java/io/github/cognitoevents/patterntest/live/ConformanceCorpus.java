package io.github.cognitoevents.patterntest.live;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.cognitoevents.pattern.InvalidEventPatternException;
import io.github.cognitoevents.patterntest.InvalidEventException;
import io.github.cognitoevents.patterntest.TestEventPattern;
import io.github.cognitoevents.patterntest.Verdict;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Reads and writes {@code TestEventPattern} conformance corpora: JSON Lines in the format of {@code
 * ../shared/conformance/README.md}, one {@link CorpusCase} per line.
 *
 * <p>Keys, always in this order: {@code name}, {@code event}, {@code pattern} (strings, passed to
 * the API unchanged), {@code expected} ({@code match}, {@code no-match} or {@code invalid}), for
 * {@code invalid} also {@code message} (the first line of AWS's message) and {@code code} (AWS's
 * error code), then {@code origin} and {@code note} when present. Reading ignores other keys and
 * blank lines; {@code expected} may be absent (a case nobody has answered yet). A line with {@code
 * invalid} and no {@code code} (the format before the key was added) gets the code its message
 * implies: {@code InvalidEventPatternException} for {@code Event pattern is not valid. ...}, {@code
 * ValidationException} for {@code Parameter Event is not valid.}.
 *
 * <p>Writing spells each line as the shared corpus does (Python's {@code json.dumps}: {@code ", "}
 * and {@code ": "} separators, ASCII only, {@code \}{@code uXXXX} escapes in lower case), so a
 * recorded file diffs cleanly against the shared one; reading and writing the shared corpus gives
 * it back byte for byte.
 *
 * <pre>{@code
 * List<CorpusCase> cases = ConformanceCorpus.read(Path.of("my-rules.jsonl"));
 * ConformanceCorpus.write(Path.of("recorded.jsonl"), cases);
 * }</pre>
 */
public final class ConformanceCorpus {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static final String MATCH = "match";
  private static final String NO_MATCH = "no-match";
  private static final String INVALID = "invalid";

  private ConformanceCorpus() {}

  /**
   * Reads a corpus file (UTF-8; a leading byte-order mark is skipped).
   *
   * @param file the file
   * @return its cases, in file order
   * @throws LiveCaseFormatException if a line is not a case (the message names the line number and
   *     the field, never the line's content)
   * @throws UncheckedIOException if the file cannot be read or is not UTF-8
   */
  public static List<CorpusCase> read(Path file) {
    Objects.requireNonNull(file, "file");
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(reader);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the corpus " + file, e);
    } catch (UncheckedIOException e) {
      throw new UncheckedIOException("Cannot read the corpus " + file, e.getCause());
    }
  }

  /**
   * Reads a corpus from text.
   *
   * @param corpus the corpus (not closed)
   * @return its cases, in order
   * @throws LiveCaseFormatException if a line is not a case (the message names the line number)
   * @throws UncheckedIOException if the reader fails
   */
  public static List<CorpusCase> read(Reader corpus) {
    Objects.requireNonNull(corpus, "corpus");
    BufferedReader reader =
        corpus instanceof BufferedReader buffered ? buffered : new BufferedReader(corpus);
    List<CorpusCase> cases = new ArrayList<>();
    try {
      String line;
      int number = 0;
      while ((line = reader.readLine()) != null) {
        number++;
        if (number == 1 && line.startsWith("\uFEFF")) {
          line = line.substring(1);
        }
        if (line.isBlank()) {
          continue;
        }
        try {
          cases.add(parseLine(line));
        } catch (LiveCaseFormatException e) {
          throw new LiveCaseFormatException("Line " + number + ": " + e.getMessage());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return List.copyOf(cases);
  }

  /**
   * Reads one line of a corpus.
   *
   * @param line one JSON object
   * @return the case
   * @throws LiveCaseFormatException if the line is not a case; the message names the field (e.g.
   *     {@code field "event" is missing}) and never quotes the event or the pattern
   */
  public static CorpusCase parseLine(String line) {
    Objects.requireNonNull(line, "line");
    JsonNode node;
    try {
      node = JSON.readTree(line);
    } catch (JsonProcessingException e) {
      throw new LiveCaseFormatException("not valid JSON");
    }
    if (node == null || !node.isObject()) {
      throw new LiveCaseFormatException("not a JSON object");
    }
    String name = text(node, "name", true);
    String event = text(node, "event", true);
    String pattern = text(node, "pattern", true);
    String expected = text(node, "expected", false);
    Verdict verdict = null;
    if (expected != null) {
      switch (expected) {
        case MATCH:
          verdict = Verdict.match();
          break;
        case NO_MATCH:
          verdict = Verdict.noMatch();
          break;
        case INVALID:
          String message = text(node, "message", false);
          if (message == null) {
            throw new LiveCaseFormatException(
                "field \"message\" is required when expected is invalid");
          }
          String code = text(node, "code", false);
          if (code == null) {
            code = impliedCode(message);
          }
          verdict = Verdict.invalid(code, message);
          break;
        default:
          throw new LiveCaseFormatException(
              "field \"expected\" must be match, no-match or invalid, was \"" + expected + "\"");
      }
    }
    return new CorpusCase(
        name, event, pattern, verdict, text(node, "origin", false), text(node, "note", false));
  }

  private static String impliedCode(String message) {
    if (message.startsWith(InvalidEventPatternException.PREFIX)) {
      return TestEventPattern.INVALID_PATTERN;
    }
    if (message.equals(InvalidEventException.AWS_MESSAGE)) {
      return InvalidEventException.ERROR_CODE;
    }
    throw new LiveCaseFormatException(
        "field \"code\" is missing, and the message is neither an invalid pattern's nor an invalid"
            + " event's");
  }

  private static String text(JsonNode node, String field, boolean required) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      if (required) {
        throw new LiveCaseFormatException("field \"" + field + "\" is missing");
      }
      return null;
    }
    if (!value.isTextual()) {
      throw new LiveCaseFormatException(
          "field \"" + field + "\" must be a string, was " + value.getNodeType());
    }
    return value.textValue();
  }

  /**
   * One corpus line for a case, without the line break.
   *
   * @param corpusCase the case; an {@code invalid} verdict contributes the first line of its
   *     message
   * @return the JSON line
   */
  public static String toLine(CorpusCase corpusCase) {
    Objects.requireNonNull(corpusCase, "corpusCase");
    StringBuilder out = new StringBuilder(256);
    out.append('{');
    member(out, "name", corpusCase.name(), true);
    member(out, "event", corpusCase.event(), false);
    member(out, "pattern", corpusCase.pattern(), false);
    Verdict expected = corpusCase.expected();
    if (expected != null) {
      switch (expected.kind()) {
        case MATCH:
          member(out, "expected", MATCH, false);
          break;
        case NO_MATCH:
          member(out, "expected", NO_MATCH, false);
          break;
        default:
          member(out, "expected", INVALID, false);
          member(out, "message", expected.firstMessageLine(), false);
          member(out, "code", expected.errorCode(), false);
          break;
      }
    }
    if (corpusCase.origin() != null) {
      member(out, "origin", corpusCase.origin(), false);
    }
    if (corpusCase.note() != null) {
      member(out, "note", corpusCase.note(), false);
    }
    return out.append('}').toString();
  }

  /**
   * Writes cases as a corpus, one line each (every line ends with {@code \n}).
   *
   * @param out where to write (not closed)
   * @param cases the cases, in order
   * @throws UncheckedIOException if writing fails
   */
  public static void write(Writer out, Iterable<CorpusCase> cases) {
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(cases, "cases");
    try {
      for (CorpusCase c : cases) {
        out.write(toLine(c));
        out.write('\n');
      }
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes cases to a corpus file in UTF-8, replacing it if it exists. The file is written beside
   * its final name first and then moved into place, so a failure never leaves half a corpus.
   *
   * @param file the corpus file
   * @param cases the cases, in order
   * @throws UncheckedIOException if the file cannot be written
   */
  public static void write(Path file, Iterable<CorpusCase> cases) {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(cases, "cases");
    Path absolute = file.toAbsolutePath();
    Path temporary = null;
    try {
      temporary =
          Files.createTempFile(absolute.getParent(), "." + absolute.getFileName(), ".partial");
      try (Writer out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
        write(out, cases);
      }
      try {
        Files.move(
            temporary,
            absolute,
            StandardCopyOption.REPLACE_EXISTING,
            StandardCopyOption.ATOMIC_MOVE);
      } catch (java.nio.file.AtomicMoveNotSupportedException e) {
        Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
      }
      temporary = null;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the corpus " + file, e);
    } finally {
      if (temporary != null) {
        try {
          Files.deleteIfExists(temporary);
        } catch (IOException ignored) {
          // the write already failed; that failure is the one reported
        }
      }
    }
  }

  private static void member(StringBuilder out, String key, String value, boolean first) {
    if (!first) {
      out.append(", ");
    }
    string(out, key);
    out.append(": ");
    string(out, value);
  }

  /**
   * A JSON string as Python's {@code json.dumps} writes it with its defaults. Written here rather
   * than with Jackson because Jackson spells escapes in upper case ({@code \}{@code u00E9}) and the
   * shared corpus has them in lower case; the rule is a few lines and tested byte for byte.
   */
  private static void string(StringBuilder out, String value) {
    out.append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '"':
          out.append("\\\"");
          break;
        case '\\':
          out.append("\\\\");
          break;
        case '\n':
          out.append("\\n");
          break;
        case '\r':
          out.append("\\r");
          break;
        case '\t':
          out.append("\\t");
          break;
        case '\b':
          out.append("\\b");
          break;
        case '\f':
          out.append("\\f");
          break;
        default:
          if (c < 0x20 || c > 0x7e) {
            out.append("\\u");
            String hex = Integer.toHexString(c);
            for (int pad = hex.length(); pad < 4; pad++) {
              out.append('0');
            }
            out.append(hex);
          } else {
            out.append(c);
          }
      }
    }
    out.append('"');
  }
}
