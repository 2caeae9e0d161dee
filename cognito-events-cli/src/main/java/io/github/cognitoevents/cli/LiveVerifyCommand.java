package io.github.cognitoevents.cli;

import io.github.cognitoevents.cli.CorpusFiles.Entry;
import io.github.cognitoevents.cli.CorpusFiles.Loaded;
import io.github.cognitoevents.cli.Inputs.InputException;
import io.github.cognitoevents.cli.LiveSession.Unavailable;
import io.github.cognitoevents.patterntest.live.ConformanceCorpus;
import io.github.cognitoevents.patterntest.live.CorpusCase;
import io.github.cognitoevents.patterntest.live.LiveCase;
import io.github.cognitoevents.patterntest.live.LiveVerification;
import io.github.cognitoevents.patterntest.live.LiveVerifier;
import io.github.cognitoevents.patterntest.live.OpenQuestion;
import io.github.cognitoevents.patterntest.live.OpenQuestions;
import io.github.cognitoevents.patterntest.live.Provenance;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code live-verify}: asks the real {@code TestEventPattern} API for every case of the catalogue
 * of open questions (or of the user's corpora) and records the answers.
 */
@Command(
    name = "live-verify",
    mixinStandardHelpOptions = true,
    description = {
      "Ask the real TestEventPattern API (AWS credentials needed; nothing in the account changes)",
      "for every case of the catalogue of open questions, or of your corpora, and write AWS's",
      "answers as a conformance corpus, plus a report (Markdown) of where AWS and the local",
      "matcher differ. Requests are paced and throttling is retried with backoff."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:every case answered; AWS and the local matcher agree everywhere",
      "1:every case answered; AWS and the local matcher differ somewhere (see the report),",
      "  or AWS did not give a case's expected verdict",
      "2:bad usage or input, no AWS credentials or region, the AWS SDK missing, or a case",
      "  left unanswered (the answers obtained are still written)"
    },
    footer = {
      "",
      "Example: live-verify --recorded-by octocat   (writes testeventpattern-REGION-DATE.jsonl and .md)"
    })
final class LiveVerifyCommand implements Callable<Integer> {

  private static final DateTimeFormatter FILE_DATE =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

  @ParentCommand CognitoEventsCli cli;
  @Spec CommandSpec spec;
  @Mixin LiveOptions live;

  @Option(
      names = "--cases",
      paramLabel = "CORPUS",
      arity = "1..*",
      description =
          "send the cases of these corpora (.jsonl files, directories, or -) instead of the catalogue")
  List<String> caseFiles;

  @Option(
      names = "--topic",
      paramLabel = "TOPIC",
      arity = "1..*",
      description = "only the catalogue's cases of these topics (see --list)")
  List<String> topics;

  @Option(
      names = {"-o", "--out"},
      paramLabel = "FILE.jsonl",
      description = "the corpus to write (default: testeventpattern-REGION-DATE.jsonl)")
  Path out;

  @Option(
      names = "--report",
      paramLabel = "FILE.md",
      description = "the report to write (default: the corpus's name with .md)")
  Path report;

  @Option(names = "--force", description = "replace the corpus and the report if they exist")
  boolean force;

  @Option(
      names = "--list",
      description = "print the cases that would be sent, and exit (needs no credentials)")
  boolean list;

  /** The cases to send, with the note each recorded line gets, and a description. */
  private record Cases(List<LiveCase> cases, Map<String, String> notes, String source) {}

  @Override
  public Integer call() {
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Cases chosen;
    try {
      chosen = caseFiles == null ? catalogue() : corpora(err);
    } catch (IllegalArgumentException | InputException e) {
      err.println("error: " + e.getMessage());
      return CognitoEventsCli.ERROR;
    }
    if (chosen == null) {
      return CognitoEventsCli.ERROR;
    }
    if (list) {
      list(chosen, stdout);
      return CognitoEventsCli.OK;
    }
    LiveRuntime runtime = cli.liveRuntime();
    LiveVerifier verifier;
    try {
      verifier = LiveRuns.verifier(live, runtime, stdout, err, true);
    } catch (IllegalArgumentException e) {
      err.println("error: " + e.getMessage());
      return CognitoEventsCli.ERROR;
    }
    if (!checkWritable(out, report, err)) {
      return CognitoEventsCli.ERROR;
    }
    Instant now = runtime.now().get();
    try (LiveSession session = LiveSession.open(live)) {
      Path corpusFile =
          out != null
              ? out
              : Path.of(
                  "testeventpattern-" + session.region + "-" + FILE_DATE.format(now) + ".jsonl");
      Path reportFile = report != null ? report : reportBeside(corpusFile);
      if (!checkWritable(corpusFile, reportFile, err)) {
        return CognitoEventsCli.ERROR;
      }
      err.println(
          "asking TestEventPattern in "
              + session.region
              + " ("
              + session.endpoint
              + ") for "
              + chosen.cases().size()
              + (chosen.cases().size() == 1 ? " case; " : " cases; ")
              + verifier);
      err.flush();
      LiveVerification result = LiveRuns.run(verifier, session, chosen.cases());
      Provenance provenance =
          new Provenance(
              "live-verify",
              CognitoEventsCli.toolVersion() + " with " + session.sdk,
              session.region,
              now,
              live.recordedBy,
              chosen.source());
      List<CorpusCase> lines = new ArrayList<>();
      for (CorpusCase line : result.recorded(provenance.origin())) {
        lines.add(line.recorded(line.expected(), line.origin(), chosen.notes().get(line.name())));
      }
      try {
        if (!lines.isEmpty()) {
          ConformanceCorpus.write(corpusFile, lines);
        }
        Files.writeString(reportFile, result.report(provenance), StandardCharsets.UTF_8);
      } catch (UncheckedIOException | java.io.IOException e) {
        err.println("error: cannot write the results: " + e.getMessage());
        return CognitoEventsCli.ERROR;
      }
      stdout.println(
          result.answered().size()
              + " answered, "
              + result.disagreements().size()
              + " differ from the local matcher, "
              + result.unexpected().size()
              + " not as expected"
              + (result.complete() ? "" : ", " + result.unanswered().size() + " not answered"));
      stdout.println(
          (lines.isEmpty()
                  ? "wrote "
                  : "wrote " + corpusFile + " (" + lines.size() + " cases) and ")
              + reportFile);
      if (!result.complete()) {
        err.println("error: the run " + result.stopReason());
        return CognitoEventsCli.ERROR;
      }
      return result.disagreements().isEmpty() && result.unexpected().isEmpty()
          ? CognitoEventsCli.OK
          : CognitoEventsCli.NEGATIVE;
    } catch (Unavailable e) {
      err.println("error: cannot call AWS: " + e.getMessage());
      return CognitoEventsCli.ERROR;
    }
  }

  static Path reportBeside(Path corpus) {
    String name = corpus.getFileName().toString();
    String stem = name.endsWith(".jsonl") ? name.substring(0, name.length() - 6) : name;
    return corpus.resolveSibling(stem + ".md");
  }

  private boolean checkWritable(Path corpus, Path reportFile, PrintWriter err) {
    for (Path file : new Path[] {corpus, reportFile}) {
      if (file == null) {
        continue;
      }
      String problem = LiveRuns.unwritable(file, force);
      if (problem != null) {
        err.println("error: " + problem);
        return false;
      }
    }
    if (corpus != null
        && reportFile != null
        && corpus.toAbsolutePath().equals(reportFile.toAbsolutePath())) {
      err.println("error: the corpus and the report cannot be the same file: " + corpus);
      return false;
    }
    return true;
  }

  private Cases catalogue() {
    List<OpenQuestion> all = OpenQuestions.all();
    Set<String> wanted = topics == null ? null : new LinkedHashSet<>(topics);
    if (wanted != null) {
      for (String topic : wanted) {
        if (!OpenQuestions.topics().contains(topic)) {
          throw new IllegalArgumentException(
              "unknown topic "
                  + topic
                  + "; the topics are: "
                  + String.join(", ", OpenQuestions.topics()));
        }
      }
    }
    List<LiveCase> cases = new ArrayList<>();
    Map<String, String> notes = new HashMap<>();
    for (OpenQuestion q : all) {
      if (wanted == null || wanted.contains(q.topic())) {
        cases.add(q.toLiveCase());
        notes.put(q.name(), "open question " + q.topic() + " (" + q.reference() + ")");
      }
    }
    String source =
        "the catalogue of open questions of "
            + CognitoEventsCli.toolVersion()
            + " ("
            + cases.size()
            + " cases"
            + (wanted == null ? "" : "; topics " + String.join(", ", wanted))
            + ")";
    return new Cases(cases, notes, source);
  }

  private Cases corpora(PrintWriter err) {
    if (topics != null) {
      throw new IllegalArgumentException(
          "--topic selects catalogue cases; leave it out with --cases");
    }
    Loaded loaded = CorpusFiles.load(cli.inputs(), caseFiles, err, false);
    if (loaded.badInput()) {
      err.println("error: some input is not a corpus (above); nothing was sent");
      return null;
    }
    if (loaded.entries().isEmpty()) {
      throw new IllegalArgumentException(String.join(", ", caseFiles) + ": no corpus case found");
    }
    Map<String, String> seen = new HashMap<>();
    List<LiveCase> cases = new ArrayList<>();
    Map<String, String> notes = new HashMap<>();
    for (Entry entry : loaded.entries()) {
      CorpusCase c = entry.corpusCase();
      String before = seen.putIfAbsent(c.name(), entry.file() + ":" + entry.line());
      if (before != null) {
        throw new IllegalArgumentException(
            "the case name "
                + c.name()
                + " is used twice ("
                + before
                + " and "
                + entry.file()
                + ":"
                + entry.line()
                + "); names must be unique in a corpus");
      }
      cases.add(c.toLiveCase());
      String note = null;
      if (c.origin() != null) {
        note = "case from: " + c.origin() + (c.note() == null ? "" : "; " + c.note());
      } else if (c.note() != null) {
        note = c.note();
      }
      notes.put(c.name(), note);
    }
    return new Cases(cases, notes, String.join(", ", caseFiles) + " (" + cases.size() + " cases)");
  }

  private void list(Cases chosen, PrintWriter stdout) {
    for (LiveCase c : chosen.cases()) {
      String detail =
          OpenQuestions.named(c.name())
              .filter(q -> caseFiles == null)
              .map(q -> q.topic() + ": today " + q.today())
              .orElse(c.expected() == null ? "no expected verdict" : "expected " + c.expected());
      stdout.println(c.name() + "  [" + detail + "]");
    }
    stdout.println(chosen.cases().size() + " cases: " + chosen.source());
  }
}
