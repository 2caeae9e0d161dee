package io.github.cognitoevents.patterntest.internal.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.cognitoevents.model.CognitoEvent;
import io.github.cognitoevents.model.CognitoEvents;
import io.github.cognitoevents.model.EventParseException;
import io.github.cognitoevents.pattern.InvalidEventPatternException;
import io.github.cognitoevents.patterntest.InvalidEventException;
import io.github.cognitoevents.patterntest.MatchExplanation;
import io.github.cognitoevents.patterntest.PatternMatcher;
import io.github.cognitoevents.patterntest.TestEventPattern;
import io.github.cognitoevents.patterntest.Verdict;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The command-line tool packaged as {@code cognito-events-cli.jar}.
 *
 * <pre>
 * validate PATTERN.json              exit 0 valid, 1 invalid (AWS's message on standard output)
 * test PATTERN.json EVENT.json...    MATCH or NO MATCH per event with the explanation;
 *                                    exit 0 all match, 1 any no-match, 2 bad input
 * conformance CORPUS.jsonl           run a TestEventPattern corpus; last line "N passed, M failed";
 *                                    exit 0 only when nothing failed
 * inspect EVENT.json...              "FILE: RECORD-TYPE TRIGGER-SOURCE-OR-EVENT-NAME" per file;
 *                                    exit 2 if a file is not a recognisable event
 * </pre>
 *
 * <p>A file name {@code -} reads standard input. Errors go to standard error with exit code 2.
 */
public final class CognitoEventsCli {

  /** Exit code: success (valid, all matched, all passed, all recognised). */
  public static final int OK = 0;

  /** Exit code: a negative answer (invalid pattern, an event that did not match, a failed case). */
  public static final int NEGATIVE = 1;

  /** Exit code: bad usage or bad input (unreadable file, invalid event or pattern in test). */
  public static final int ERROR = 2;

  static final String USAGE =
      String.join(
          "\n",
          "usage: java -jar cognito-events-cli.jar COMMAND ARGS",
          "",
          "commands:",
          "  validate PATTERN.json            check an EventBridge event pattern as EventBridge does",
          "                                   exit 0 valid, 1 invalid (AWS's message is printed)",
          "  test PATTERN.json EVENT.json...  match each event against the pattern and explain why",
          "                                   exit 0 all match, 1 any no-match, 2 bad input",
          "  conformance CORPUS.jsonl         run a TestEventPattern conformance corpus",
          "                                   exit 0 when every case passes, else 1",
          "  inspect EVENT.json...            name the Cognito event type of each file",
          "                                   exit 2 if a file is not a recognisable event",
          "",
          "A file name of - reads standard input.");

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final InputStream in;
  private final PrintStream out;
  private final PrintStream err;
  private String stdin;

  private CognitoEventsCli(InputStream in, PrintStream out, PrintStream err) {
    this.in = in;
    this.out = out;
    this.err = err;
  }

  /**
   * Runs the tool and exits the JVM with its exit code.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    System.exit(run(args, System.in, out, err));
  }

  /**
   * Runs the tool in-process.
   *
   * @param args the command line
   * @param in standard input, read for a file named {@code -}
   * @param out standard output
   * @param err standard error
   * @return the exit code: {@link #OK}, {@link #NEGATIVE} or {@link #ERROR}
   */
  public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
    CognitoEventsCli cli = new CognitoEventsCli(in, out, err);
    try {
      return cli.dispatch(args == null ? new String[0] : args);
    } catch (RuntimeException e) {
      // A bug, not bad input: still no stack trace for the user, but a clear line and exit 2.
      err.println("error: unexpected " + e.getClass().getName() + ": " + e.getMessage());
      return ERROR;
    } finally {
      out.flush();
      err.flush();
    }
  }

  private int dispatch(String[] args) {
    if (args.length == 0 || isHelp(args[0])) {
      err.println(USAGE);
      return ERROR;
    }
    List<String> operands = Arrays.asList(args).subList(1, args.length);
    switch (args[0]) {
      case "validate":
        return operands.size() == 1 ? validate(operands.get(0)) : usage("validate takes one file");
      case "test":
        return operands.size() >= 2 ? test(operands) : usage("test takes a pattern and events");
      case "conformance":
        return operands.size() == 1
            ? conformance(operands.get(0))
            : usage("conformance takes one corpus file");
      case "inspect":
        return operands.isEmpty() ? usage("inspect takes at least one file") : inspect(operands);
      default:
        return usage("unknown command: " + args[0]);
    }
  }

  private static boolean isHelp(String arg) {
    return arg.equals("--help") || arg.equals("-h") || arg.equals("help");
  }

  private int usage(String problem) {
    err.println("error: " + problem);
    err.println(USAGE);
    return ERROR;
  }

  // ---------------------------------------------------------------- validate

  private int validate(String file) {
    String pattern;
    try {
      pattern = read(file);
    } catch (InputException e) {
      err.println(e.getMessage());
      return ERROR;
    }
    try {
      PatternMatcher.compile(pattern);
    } catch (InvalidEventPatternException e) {
      out.println(e.getMessage());
      return NEGATIVE;
    }
    out.println("valid");
    return OK;
  }

  // ---------------------------------------------------------------- test

  private int test(List<String> files) {
    String patternFile = files.get(0);
    PatternMatcher matcher;
    try {
      matcher = PatternMatcher.compile(read(patternFile));
    } catch (InputException e) {
      err.println(e.getMessage());
      return ERROR;
    } catch (InvalidEventPatternException e) {
      err.println(label(patternFile) + ": " + e.getMessage());
      return ERROR;
    }
    boolean allMatched = true;
    boolean badInput = false;
    for (String file : files.subList(1, files.size())) {
      MatchExplanation explanation;
      try {
        explanation = matcher.explain(read(file));
      } catch (InputException e) {
        err.println(e.getMessage());
        badInput = true;
        continue;
      } catch (InvalidEventException e) {
        err.println(label(file) + ": " + e.getMessage());
        badInput = true;
        continue;
      }
      allMatched &= explanation.matched();
      String verdict = explanation.matched() ? "MATCH" : "NO MATCH";
      out.println(label(file) + ": " + verdict);
      String report = explanation.toString().stripTrailing();
      // The report starts with the verdict we just printed; show only the lines that explain it.
      if (report.equals(verdict) || report.startsWith(verdict + "\n")) {
        report = report.substring(verdict.length()).replaceFirst("^\\n+", "");
      }
      if (!report.isEmpty()) {
        out.println(indent(report));
      }
    }
    if (badInput) {
      return ERROR;
    }
    return allMatched ? OK : NEGATIVE;
  }

  /** Indents every line by two spaces, keeping the report's own relative indentation. */
  private static String indent(String text) {
    String[] lines = text.split("\n", -1);
    int common = Integer.MAX_VALUE;
    for (String line : lines) {
      if (!line.isBlank()) {
        common = Math.min(common, line.length() - line.stripLeading().length());
      }
    }
    StringBuilder b = new StringBuilder();
    for (String line : lines) {
      if (b.length() > 0) {
        b.append('\n');
      }
      b.append("  ").append(line.isBlank() ? "" : line.substring(common));
    }
    return b.toString();
  }

  // ---------------------------------------------------------------- conformance

  private int conformance(String file) {
    String corpus;
    try {
      corpus = read(file);
    } catch (InputException e) {
      err.println(e.getMessage());
      return ERROR;
    }
    int passed = 0;
    int failed = 0;
    String[] lines = corpus.split("\r?\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].isBlank()) {
        continue;
      }
      String failure = runCase(i + 1, lines[i]);
      if (failure == null) {
        passed++;
      } else {
        failed++;
        out.println(failure);
      }
    }
    out.println(passed + " passed, " + failed + " failed");
    return failed == 0 ? OK : NEGATIVE;
  }

  /** Runs one corpus line; returns {@code null} when it passes, else the failure report. */
  private static String runCase(int lineNumber, String line) {
    ConformanceCase c;
    try {
      c = ConformanceCase.parse(MAPPER.readTree(line));
    } catch (JsonProcessingException | IllegalArgumentException e) {
      String reason =
          e instanceof JsonProcessingException jpe ? jpe.getOriginalMessage() : e.getMessage();
      return "FAIL line " + lineNumber + ": not a corpus case: " + reason;
    }
    Verdict actual;
    try {
      actual = TestEventPattern.test(c.event(), c.pattern());
    } catch (RuntimeException e) {
      return "FAIL "
          + c.name()
          + " (line "
          + lineNumber
          + ")\n  expected: "
          + c.describeExpected()
          + "\n  actual:   threw "
          + e;
    }
    if (c.accepts(actual)) {
      return null;
    }
    return "FAIL "
        + c.name()
        + " (line "
        + lineNumber
        + ")\n  expected: "
        + c.describeExpected()
        + "\n  actual:   "
        + ConformanceCase.describe(actual);
  }

  // ---------------------------------------------------------------- inspect

  private int inspect(List<String> files) {
    boolean allRecognised = true;
    for (String file : files) {
      try {
        CognitoEvent event = CognitoEvents.parse(read(file));
        out.println(label(file) + ": " + event.recordType() + " " + event.name());
      } catch (InputException e) {
        err.println(e.getMessage());
        allRecognised = false;
      } catch (EventParseException e) {
        err.println(label(file) + ": not a recognisable event: " + e.getMessage());
        allRecognised = false;
      }
    }
    return allRecognised ? OK : ERROR;
  }

  // ---------------------------------------------------------------- input

  private static String label(String file) {
    return file.equals("-") ? "<stdin>" : file;
  }

  /** Reads a file (or standard input for {@code -}) as strict UTF-8, dropping a leading BOM. */
  private String read(String file) {
    if (file.equals("-")) {
      if (stdin == null) {
        try {
          stdin = decode(in.readAllBytes(), "<stdin>");
        } catch (IOException e) {
          throw new InputException("<stdin>: cannot read standard input: " + e.getMessage(), e);
        }
      }
      return stdin;
    }
    try {
      return decode(Files.readAllBytes(Path.of(file)), file);
    } catch (NoSuchFileException e) {
      throw new InputException(file + ": no such file", e);
    } catch (IOException | InvalidPathException e) {
      throw new InputException(file + ": cannot read: " + e.getMessage(), e);
    }
  }

  private static String decode(byte[] bytes, String label) {
    try {
      String text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
      return text.startsWith("\uFEFF") ? text.substring(1) : text;
    } catch (CharacterCodingException e) {
      throw new InputException(label + ": not UTF-8 text", e);
    }
  }

  /** A file could not be read; the message names the file. */
  private static final class InputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    InputException(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
