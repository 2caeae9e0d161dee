package io.github.cognitoevents.cli;

import io.github.cognitoevents.cli.Inputs.Input;
import io.github.cognitoevents.cli.Inputs.InputException;
import io.github.cognitoevents.pattern.InvalidEventPatternException;
import io.github.cognitoevents.patterntest.InvalidEventException;
import io.github.cognitoevents.patterntest.MatchExplanation;
import io.github.cognitoevents.patterntest.PatternMatcher;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code test PATTERN EVENT...}: matches events against a pattern and explains each verdict. */
@Command(
    name = "test",
    mixinStandardHelpOptions = true,
    description = {
      "Match each event against the pattern, as TestEventPattern does, and explain why.",
      "A directory is read recursively (its *.json files)."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:every event matched",
      "1:an event did not match",
      "2:bad input (unreadable file, invalid pattern or event); the other events are still reported"
    })
final class TestCommand implements Callable<Integer> {

  @ParentCommand CognitoEventsCli cli;
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "PATTERN", description = "the pattern file, or -")
  String pattern;

  @Parameters(
      index = "1..*",
      arity = "1..*",
      paramLabel = "EVENT",
      description = "event files or directories, or - for stdin")
  List<String> events;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    PatternMatcher matcher;
    List<Input> inputs;
    try {
      matcher = PatternMatcher.compile(cli.inputs().read(pattern));
      inputs = Inputs.expand(events, ".json");
    } catch (InputException e) {
      err.println(e.getMessage());
      return CognitoEventsCli.ERROR;
    } catch (InvalidEventPatternException e) {
      err.println(label(pattern) + ": " + e.getMessage());
      return CognitoEventsCli.ERROR;
    }
    boolean allMatched = true;
    boolean badInput = false;
    for (Input input : inputs) {
      MatchExplanation explanation;
      try {
        explanation = matcher.explain(cli.inputs().read(input));
      } catch (InputException e) {
        err.println(e.getMessage());
        badInput = true;
        continue;
      } catch (InvalidEventException e) {
        err.println(input.label() + ": " + e.getMessage());
        badInput = true;
        continue;
      }
      allMatched &= explanation.matched();
      String verdict = explanation.matched() ? "MATCH" : "NO MATCH";
      String shown =
          cli.ansi().string(explanation.matched() ? "@|green MATCH|@" : "@|red NO MATCH|@");
      out.println(input.label() + ": " + shown);
      String report = explanation.toString().stripTrailing();
      // The report starts with the verdict just printed; show only the lines that explain it.
      if (report.equals(verdict) || report.startsWith(verdict + "\n")) {
        report = report.substring(verdict.length()).replaceFirst("^\\n+", "");
      }
      if (!report.isEmpty()) {
        out.println(indent(report));
      }
    }
    if (badInput) {
      return CognitoEventsCli.ERROR;
    }
    return allMatched ? CognitoEventsCli.OK : CognitoEventsCli.NEGATIVE;
  }

  private static String label(String file) {
    return file.equals(Inputs.STDIN) ? Inputs.STDIN_LABEL : file;
  }

  /** Indents every line by two spaces, keeping the report's own relative indentation. */
  static String indent(String text) {
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
}
