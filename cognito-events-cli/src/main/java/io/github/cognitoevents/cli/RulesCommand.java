package io.github.cognitoevents.cli;

import io.github.cognitoevents.cli.Inputs.Input;
import io.github.cognitoevents.cli.Inputs.InputException;
import io.github.cognitoevents.pattern.EventPattern;
import io.github.cognitoevents.pattern.InvalidEventPatternException;
import io.github.cognitoevents.patterntest.InvalidEventException;
import io.github.cognitoevents.patterntest.MatchExplanation;
import io.github.cognitoevents.patterntest.Rule;
import io.github.cognitoevents.patterntest.RuleSet;
import io.github.cognitoevents.patterntest.RuleSetExplanation;
import io.github.cognitoevents.patterntest.RuleSource;
import io.github.cognitoevents.patterntest.templates.SkippedRule;
import io.github.cognitoevents.patterntest.templates.TemplateException;
import io.github.cognitoevents.patterntest.templates.TemplateProblem;
import io.github.cognitoevents.patterntest.templates.TemplateReader;
import io.github.cognitoevents.patterntest.templates.TemplateRules;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code rules TEMPLATE_OR_PATTERN... --event EVENT...}: which rules fire on each event, from
 * CloudFormation, SAM or CDK templates and pattern files, and with {@code --explain} why the others
 * do not; {@code --expect} turns it into a check.
 */
@Command(
    name = "rules",
    mixinStandardHelpOptions = true,
    description = {
      "List, for each event, the rules that fire: rules read from CloudFormation or SAM templates"
          + " (JSON or YAML), CDK output (a cdk.out directory) or pattern files (the file name is"
          + " the rule name). Disabled rules are listed and skipped; a rule whose pattern uses an"
          + " intrinsic function that cannot be resolved is reported by name and path.",
      "A directory of events is read recursively (its *.json files)."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:every event fires a rule (with --expect: exactly the expected rules)",
      "1:an event fires no rule (with --expect: other rules than expected)",
      "2:bad input: an unreadable file, an invalid event or pattern, a rule that could not be"
          + " read; the other events are still reported"
    })
final class RulesCommand implements Callable<Integer> {

  @ParentCommand CognitoEventsCli cli;
  @Spec CommandSpec spec;

  @Parameters(
      arity = "1..*",
      paramLabel = "TEMPLATE_OR_PATTERN",
      description = "templates (CloudFormation, SAM), cdk.out directories, or pattern files")
  List<String> sources;

  @Option(
      names = {"-e", "--event"},
      arity = "1..*",
      required = true,
      paramLabel = "EVENT",
      description = "event files or directories, or - for stdin")
  List<String> events;

  @Option(
      names = {"-p", "--parameter"},
      paramLabel = "NAME=VALUE",
      description =
          "a value for Ref NAME (a template parameter, a pseudo parameter such as AWS::Region, or a"
              + " resource's physical id) or for Fn::GetAtt when NAME is Resource.Attribute")
  Map<String, String> parameters = new LinkedHashMap<>();

  @Option(
      names = "--explain",
      description = "also show, for each rule that does not fire, the conditions that fail")
  boolean explain;

  @Option(
      names = "--expect",
      paramLabel = "RULE",
      description = "a rule that must fire on every event; with several, exactly these must fire")
  List<String> expected = new ArrayList<>();

  @Option(names = "--expect-none", description = "no rule may fire on any event")
  boolean expectNone;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (expectNone && !expected.isEmpty()) {
      err.println("error: --expect and --expect-none exclude each other");
      return CognitoEventsCli.ERROR;
    }
    boolean badInput = false;
    List<Rule> rules = new ArrayList<>();
    List<SkippedRule> skipped = new ArrayList<>();
    TemplateReader reader = TemplateReader.create().withParameters(parameters);
    Set<String> names = new HashSet<>();
    try {
      for (String source : sources) {
        Rule pattern = patternFile(cli.inputs(), source);
        if (pattern != null) {
          rules.add(unique(pattern, names));
          continue;
        }
        TemplateRules read = template(reader, source);
        for (Rule rule : read.rules()) {
          rules.add(unique(rule, names));
        }
        skipped.addAll(read.skipped());
        for (TemplateProblem problem : read.problems()) {
          err.println("error: " + problem);
          badInput = true;
        }
      }
    } catch (InputException | TemplateException e) {
      err.println(e.getMessage());
      return CognitoEventsCli.ERROR;
    }
    for (String name : expected) {
      if (!names.contains(name)) {
        err.println("error: --expect " + name + ": no rule of that name was read");
        return CognitoEventsCli.ERROR;
      }
    }
    RuleSet ruleSet = RuleSet.of(rules);
    out.println(summary(rules.size(), skipped.size(), badInput));
    for (SkippedRule s : skipped) {
      out.println("  skipped " + s.rule() + " (" + s.source() + "): " + s.reason());
    }
    List<Input> inputs;
    try {
      inputs = Inputs.expand(events, ".json");
    } catch (InputException e) {
      err.println(e.getMessage());
      return CognitoEventsCli.ERROR;
    }
    boolean allAsExpected = true;
    for (Input input : inputs) {
      RuleSetExplanation why;
      try {
        why = ruleSet.explain(cli.inputs().read(input));
      } catch (InputException e) {
        err.println(e.getMessage());
        badInput = true;
        continue;
      } catch (InvalidEventException e) {
        err.println(input.label() + ": " + e.getMessage());
        badInput = true;
        continue;
      }
      List<String> fired = why.fired();
      String list =
          fired.isEmpty()
              ? cli.ansi().string("@|red no rule fires|@")
              : cli.ansi().string("@|green " + String.join(", ", fired) + "|@");
      out.println(input.label() + ": " + list);
      allAsExpected &= check(fired, out);
      if (explain) {
        for (RuleSetExplanation.Outcome o : why.outcomes()) {
          if (!o.fired()) {
            out.println("  does not fire: " + o.name());
            String report = lines(o.explanation());
            if (!report.isEmpty()) {
              out.println("  " + TestCommand.indent(report).replace("\n", "\n  "));
            }
          }
        }
      }
    }
    if (badInput) {
      return CognitoEventsCli.ERROR;
    }
    return allAsExpected ? CognitoEventsCli.OK : CognitoEventsCli.NEGATIVE;
  }

  /** Prints what differs from the expectation; returns whether the event met it. */
  private boolean check(List<String> fired, PrintWriter out) {
    if (expected.isEmpty() && !expectNone) {
      return !fired.isEmpty();
    }
    Set<String> unexpected = new LinkedHashSet<>(fired);
    unexpected.removeAll(expected);
    Set<String> missing = new LinkedHashSet<>(expected);
    missing.removeAll(fired);
    if (!unexpected.isEmpty()) {
      out.println("  unexpected: " + String.join(", ", unexpected));
    }
    if (!missing.isEmpty()) {
      out.println("  missing: " + String.join(", ", missing));
    }
    return unexpected.isEmpty() && missing.isEmpty();
  }

  private static String summary(int rules, int skipped, boolean problems) {
    return "rules: "
        + rules
        + (rules == 1 ? " rule" : " rules")
        + " read"
        + (skipped > 0 ? ", " + skipped + " skipped" : "")
        + (problems ? ", some could not be read (see above)" : "");
  }

  /** The explanation's check lines, without its first line (the verdict). */
  private static String lines(MatchExplanation explanation) {
    String report = explanation.toString().stripTrailing();
    int newline = report.indexOf('\n');
    return newline < 0 ? "" : report.substring(newline + 1);
  }

  /**
   * A pattern file: a file whose content parses as an event pattern; its rule is named after the
   * file. Null for a directory or anything else (a template).
   */
  static Rule patternFile(Inputs inputs, String source) {
    if (source.equals(Inputs.STDIN)) {
      throw new InputException("error: rules are read from files, not standard input");
    }
    Path path;
    try {
      path = Path.of(source);
    } catch (java.nio.file.InvalidPathException e) {
      throw new InputException(source + ": not a valid path");
    }
    if (Files.isDirectory(path)) {
      return null;
    }
    String text = inputs.read(source);
    try {
      EventPattern pattern = EventPattern.parse(text);
      String name = path.getFileName().toString().replaceFirst("\\.[^.]*$", "");
      return Rule.of(name, pattern).withSource(new RuleSource(source, name));
    } catch (InvalidEventPatternException e) {
      if (!text.contains("Resources")) {
        // neither a template nor a valid pattern: the pattern's error says more
        throw new TemplateException(source + ": " + e.getMessage(), null);
      }
      return null;
    }
  }

  /** A template file, or the templates under a directory. */
  static TemplateRules template(TemplateReader reader, String source) {
    return reader.read(Path.of(source));
  }

  static Rule unique(Rule rule, Set<String> names) {
    Rule out = rule;
    int n = 2;
    while (!names.add(out.name())) {
      out = rule.withName(rule.name() + "#" + n++);
    }
    return out;
  }
}
