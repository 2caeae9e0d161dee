package io.github.cognitoevents.cli;

import io.github.cognitoevents.cli.Inputs.Input;
import io.github.cognitoevents.cli.Inputs.InputException;
import io.github.cognitoevents.model.CognitoEvent;
import io.github.cognitoevents.model.CognitoEvents;
import io.github.cognitoevents.model.EventParseException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code inspect EVENT...}: names the Cognito event type of each file, never its secrets. */
@Command(
    name = "inspect",
    mixinStandardHelpOptions = true,
    description = {
      "Name the Cognito event type of each file.",
      "Prints 'FILE: RECORD-TYPE NAME', where NAME is the trigger source or the CloudTrail",
      "event name; never a secret. A directory is read recursively (*.json)."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:every file is a recognisable event",
      "2:a file is unreadable or not a recognisable event (the others are still reported)"
    })
final class InspectCommand implements Callable<Integer> {

  @ParentCommand CognitoEventsCli cli;
  @Spec CommandSpec spec;

  @Parameters(
      arity = "1..*",
      paramLabel = "EVENT",
      description = "event files or directories, or - for stdin")
  List<String> events;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<Input> inputs;
    try {
      inputs = Inputs.expand(events, ".json");
    } catch (InputException e) {
      err.println(e.getMessage());
      return CognitoEventsCli.ERROR;
    }
    boolean allRecognised = true;
    for (Input input : inputs) {
      try {
        CognitoEvent event = CognitoEvents.parse(cli.inputs().read(input));
        out.println(input.label() + ": " + event.recordType() + " " + event.name());
      } catch (InputException e) {
        err.println(e.getMessage());
        allRecognised = false;
      } catch (EventParseException e) {
        err.println(input.label() + ": not a recognisable event: " + e.getMessage());
        allRecognised = false;
      }
    }
    return allRecognised ? CognitoEventsCli.OK : CognitoEventsCli.ERROR;
  }
}
