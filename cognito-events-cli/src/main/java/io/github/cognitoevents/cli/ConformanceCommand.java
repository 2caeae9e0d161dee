package io.github.cognitoevents.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.cognitoevents.cli.Inputs.Input;
import io.github.cognitoevents.cli.Inputs.InputException;
import io.github.cognitoevents.patterntest.TestEventPattern;
import io.github.cognitoevents.patterntest.Verdict;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code conformance CORPUS...}: runs TestEventPattern conformance corpora. */
@Command(
    name = "conformance",
    mixinStandardHelpOptions = true,
    description = {
      "Run TestEventPattern conformance corpora through the local matcher.",
      "A corpus is JSON Lines of name, event, pattern, expected, message and code. Prints each",
      "failing case, then 'N passed, M failed'. A directory is read recursively (*.jsonl)."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:every case passed",
      "1:a case failed",
      "2:bad input: unreadable file, no case at all, or a line that is not a case"
    })
final class ConformanceCommand implements Callable<Integer> {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  @ParentCommand CognitoEventsCli cli;
  @Spec CommandSpec spec;

  @Parameters(
      arity = "1..*",
      paramLabel = "CORPUS",
      description = "corpus files (.jsonl) or directories, or - for stdin")
  List<String> corpora;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<Input> inputs;
    try {
      inputs = Inputs.expand(corpora, ".jsonl");
    } catch (InputException e) {
      err.println(e.getMessage());
      return CognitoEventsCli.ERROR;
    }
    int passed = 0;
    int failed = 0;
    boolean badInput = false;
    for (Input input : inputs) {
      String corpus;
      try {
        corpus = cli.inputs().read(input);
      } catch (InputException e) {
        err.println(e.getMessage());
        badInput = true;
        continue;
      }
      String where = inputs.size() == 1 ? "line " : input.label() + " line ";
      String[] lines = corpus.split("\r?\n", -1);
      for (int i = 0; i < lines.length; i++) {
        if (lines[i].isBlank()) {
          continue;
        }
        ConformanceCase c;
        try {
          c = ConformanceCase.parse(MAPPER.readTree(lines[i]));
        } catch (JsonProcessingException | IllegalArgumentException e) {
          String reason =
              e instanceof JsonProcessingException jpe ? jpe.getOriginalMessage() : e.getMessage();
          err.println(input.label() + ":" + (i + 1) + ": not a corpus case: " + reason);
          badInput = true;
          continue;
        }
        String failure = run(c, where + (i + 1));
        if (failure == null) {
          passed++;
        } else {
          failed++;
          out.println(failure);
        }
      }
    }
    if (passed + failed == 0 && !badInput) {
      err.println(String.join(", ", corpora) + ": no corpus case found");
      badInput = true;
    }
    out.println(passed + " passed, " + failed + " failed");
    if (badInput) {
      return CognitoEventsCli.ERROR;
    }
    return failed == 0 ? CognitoEventsCli.OK : CognitoEventsCli.NEGATIVE;
  }

  /** Runs one case; returns {@code null} when it passes, else the failure report. */
  private static String run(ConformanceCase c, String where) {
    Verdict actual;
    try {
      actual = TestEventPattern.test(c.event(), c.pattern());
    } catch (RuntimeException e) {
      return "FAIL "
          + c.name()
          + " ("
          + where
          + ")\n  expected: "
          + c.describeExpected()
          + "\n  actual:   threw "
          + e.getClass().getName();
    }
    if (c.accepts(actual)) {
      return null;
    }
    return "FAIL "
        + c.name()
        + " ("
        + where
        + ")\n  expected: "
        + c.describeExpected()
        + "\n  actual:   "
        + ConformanceCase.describe(actual);
  }
}
