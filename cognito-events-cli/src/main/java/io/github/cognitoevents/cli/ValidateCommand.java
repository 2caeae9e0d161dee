package io.github.cognitoevents.cli;

import io.github.cognitoevents.cli.Inputs.InputException;
import io.github.cognitoevents.pattern.InvalidEventPatternException;
import io.github.cognitoevents.patterntest.PatternMatcher;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code validate PATTERN}: checks a pattern as EventBridge does. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = {
      "Check an EventBridge event pattern as EventBridge does.",
      "Prints 'valid', or EventBridge's own message for an invalid pattern."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:valid", "1:invalid (EventBridge's message)", "2:unreadable input"})
final class ValidateCommand implements Callable<Integer> {

  @ParentCommand CognitoEventsCli cli;
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "PATTERN", description = "the pattern file (JSON), or - for stdin")
  String pattern;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    String text;
    try {
      text = cli.inputs().read(pattern);
    } catch (InputException e) {
      err.println(e.getMessage());
      return CognitoEventsCli.ERROR;
    }
    try {
      PatternMatcher.compile(text);
    } catch (InvalidEventPatternException e) {
      out.println(e.getMessage());
      return CognitoEventsCli.NEGATIVE;
    }
    out.println("valid");
    return CognitoEventsCli.OK;
  }
}
