package io.github.cognitoevents.cli;

import io.github.cognitoevents.cli.Inputs.InputException;
import io.github.cognitoevents.patterntest.Rule;
import io.github.cognitoevents.patterntest.RuleSet;
import io.github.cognitoevents.patterntest.backtest.Backtest;
import io.github.cognitoevents.patterntest.backtest.BacktestReport;
import io.github.cognitoevents.patterntest.templates.TemplateException;
import io.github.cognitoevents.patterntest.templates.TemplateProblem;
import io.github.cognitoevents.patterntest.templates.TemplateReader;
import io.github.cognitoevents.patterntest.templates.TemplateRules;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code backtest RULES... --logs DIR_OR_FILE...}: what the rules would have caught in CloudTrail
 * history, as EventBridge would have delivered it.
 */
@Command(
    name = "backtest",
    mixinStandardHelpOptions = true,
    description = {
      "Count, per rule, the Cognito events of CloudTrail logs that EventBridge would have delivered"
          + " to it and that match: S3 log files (*.json.gz, *.json; an AWSLogs folder is walked),"
          + " aws cloudtrail lookup-events output and JSON Lines exports (*.jsonl, *.ndjson,"
          + " gzip or not). Read-only Get/List/Describe calls count only for rules in state"
          + " ENABLED_WITH_ALL_CLOUDTRAIL_MANAGEMENT_EVENTS; disabled rules count nothing.",
      "Rules come from templates (CloudFormation, SAM, cdk.out) or pattern files, as for rules."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:done (malformed records, if any, are listed by file and line)",
      "2:bad input: unreadable rules, a missing log path, a bad --since/--until"
    })
final class BacktestCommand implements Callable<Integer> {

  @ParentCommand CognitoEventsCli cli;
  @Spec CommandSpec spec;

  @Parameters(
      arity = "1..*",
      paramLabel = "RULES",
      description = "templates (CloudFormation, SAM), cdk.out directories, or pattern files")
  List<String> sources;

  @Option(
      names = {"-l", "--logs"},
      arity = "1..*",
      required = true,
      paramLabel = "DIR_OR_FILE",
      description = "CloudTrail log files or directories")
  List<String> logs;

  @Option(
      names = "--since",
      paramLabel = "TIME",
      description = "only events at or after this ISO-8601 time")
  String since;

  @Option(
      names = "--until",
      paramLabel = "TIME",
      description = "only events before this ISO-8601 time")
  String until;

  @Option(names = "--json", description = "print the report as JSON")
  boolean json;

  @Option(
      names = {"-p", "--parameter"},
      paramLabel = "NAME=VALUE",
      description = "a value for Ref NAME in the templates, as for rules")
  Map<String, String> parameters = new LinkedHashMap<>();

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<Rule> rules = new ArrayList<>();
    Set<String> names = new HashSet<>();
    TemplateReader reader = TemplateReader.create().withParameters(parameters);
    try {
      for (String source : sources) {
        Rule pattern = RulesCommand.patternFile(cli.inputs(), source);
        if (pattern != null) {
          rules.add(RulesCommand.unique(pattern, names));
          continue;
        }
        TemplateRules read = RulesCommand.template(reader, source);
        for (TemplateProblem problem : read.problems()) {
          err.println("error: " + problem);
          return CognitoEventsCli.ERROR;
        }
        for (Rule rule : read.rules()) {
          rules.add(RulesCommand.unique(rule, names));
        }
        read.skipped().forEach(s -> err.println("skipped " + s.rule() + ": " + s.reason()));
      }
    } catch (InputException | TemplateException e) {
      err.println(e.getMessage());
      return CognitoEventsCli.ERROR;
    }
    Backtest backtest = Backtest.of(RuleSet.of(rules));
    try {
      if (since != null) {
        backtest = backtest.since(Instant.parse(since));
      }
      if (until != null) {
        backtest = backtest.until(Instant.parse(until));
      }
    } catch (DateTimeParseException e) {
      err.println("error: --since/--until: not an ISO-8601 time such as 2026-09-01T00:00:00Z");
      return CognitoEventsCli.ERROR;
    }
    List<Path> paths = new ArrayList<>();
    for (String log : logs) {
      Path path;
      try {
        path = Path.of(log);
      } catch (InvalidPathException e) {
        err.println(log + ": not a valid path");
        return CognitoEventsCli.ERROR;
      }
      if (!Files.exists(path)) {
        err.println(log + ": no such file or directory");
        return CognitoEventsCli.ERROR;
      }
      paths.add(path);
    }
    List<Path> files = Backtest.logFiles(paths);
    long totalBytes = files.stream().mapToLong(BacktestCommand::size).sum();
    Progress progress = new Progress(System.console() != null, err, files.size(), totalBytes);
    BacktestReport report = backtest.run(paths, progress::fileDone);
    progress.finish();
    out.print(json ? report.toJson() + System.lineSeparator() : report.toTable());
    out.flush();
    return CognitoEventsCli.OK;
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (java.io.IOException e) {
      return 0;
    }
  }

  /** The live progress line, on a terminal only: files, MB/s, ETA. */
  private static final class Progress {
    private final boolean on;
    private final PrintWriter err;
    private final int files;
    private final long bytes;
    private final long start = System.nanoTime();
    private final AtomicInteger doneFiles = new AtomicInteger();
    private final AtomicLong doneBytes = new AtomicLong();

    Progress(boolean on, PrintWriter err, int files, long bytes) {
      this.on = on;
      this.err = err;
      this.files = files;
      this.bytes = bytes;
    }

    void fileDone(Path file, long size) {
      int f = doneFiles.incrementAndGet();
      long b = doneBytes.addAndGet(size);
      if (!on) {
        return;
      }
      double seconds = Math.max(1e-3, (System.nanoTime() - start) / 1e9);
      double rate = b / seconds;
      long eta = rate > 0 ? (long) ((bytes - b) / rate) : 0;
      synchronized (err) {
        err.printf(
            "\r%d/%d files, %.1f MB, %.1f MB/s, ETA %ds   ", f, files, b / 1e6, rate / 1e6, eta);
        err.flush();
      }
    }

    void finish() {
      if (on) {
        err.print("\r" + " ".repeat(70) + "\r");
        err.flush();
      }
    }
  }
}
