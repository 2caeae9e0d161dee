package io.github.cognitoevents.cli;

import io.github.cognitoevents.cli.CorpusFiles.Entry;
import io.github.cognitoevents.cli.CorpusFiles.Loaded;
import io.github.cognitoevents.cli.Inputs.InputException;
import io.github.cognitoevents.cli.LiveSession.Unavailable;
import io.github.cognitoevents.patterntest.TestEventPattern;
import io.github.cognitoevents.patterntest.Verdict;
import io.github.cognitoevents.patterntest.live.ConformanceCorpus;
import io.github.cognitoevents.patterntest.live.CorpusCase;
import io.github.cognitoevents.patterntest.live.LiveCase;
import io.github.cognitoevents.patterntest.live.LiveComparison;
import io.github.cognitoevents.patterntest.live.LiveVerification;
import io.github.cognitoevents.patterntest.live.LiveVerifier;
import io.github.cognitoevents.patterntest.live.Provenance;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code conformance CORPUS...}: runs TestEventPattern conformance corpora through the local
 * matcher, and with {@code --live} through the real API too, optionally recording AWS's answers.
 */
@Command(
    name = "conformance",
    mixinStandardHelpOptions = true,
    description = {
      "Run TestEventPattern conformance corpora through the local matcher.",
      "A corpus is JSON Lines of name, event, pattern, expected, message and code. Prints each",
      "failing case, then 'N passed, M failed'. A directory is read recursively (*.jsonl).",
      "With --live, every case also goes to the real TestEventPattern API (AWS credentials",
      "needed): a case passes when AWS and the local matcher both give its expected verdict (or,",
      "for a case without one, the same verdict). --record FILE writes AWS's answers as a corpus,",
      "so that a team can pin EventBridge's behaviour for its own rules."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:every case passed",
      "1:a case failed",
      "2:bad input: unreadable file, no case at all, or a line that is not a case; with --live",
      "  also no AWS credentials or region, or a case AWS left unanswered"
    })
final class ConformanceCommand implements Callable<Integer> {

  @ParentCommand CognitoEventsCli cli;
  @Spec CommandSpec spec;

  @Parameters(
      arity = "1..*",
      paramLabel = "CORPUS",
      description = "corpus files (.jsonl) or directories, or - for stdin")
  List<String> corpora;

  @Option(
      names = "--live",
      description =
          "also ask the real TestEventPattern API for every case (see live-verify --help)")
  boolean live;

  @Option(
      names = "--record",
      paramLabel = "OUT.jsonl",
      description = "with --live: write AWS's answers as a corpus (same format, origin and date)")
  Path record;

  @Option(names = "--force", description = "with --record: replace OUT.jsonl if it exists")
  boolean force;

  @Mixin LiveOptions liveOptions;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (record != null && !live) {
      err.println("error: --record needs --live (it records AWS's answers)");
      return CognitoEventsCli.ERROR;
    }
    Loaded loaded;
    try {
      loaded = CorpusFiles.load(cli.inputs(), corpora, err, !live);
    } catch (InputException e) {
      err.println(e.getMessage());
      return CognitoEventsCli.ERROR;
    }
    boolean badInput = loaded.badInput();
    if (loaded.entries().isEmpty() && !badInput) {
      err.println(String.join(", ", corpora) + ": no corpus case found");
      badInput = true;
    }
    if (live && badInput) {
      err.println("error: some input is not a corpus case (above); nothing was sent to AWS");
      return CognitoEventsCli.ERROR;
    }
    if (live) {
      return runLive(loaded.entries(), out, err);
    }
    int passed = 0;
    int failed = 0;
    for (Entry entry : loaded.entries()) {
      String failure = runLocal(entry);
      if (failure == null) {
        passed++;
      } else {
        failed++;
        out.println(failure);
      }
    }
    out.println(passed + " passed, " + failed + " failed");
    if (badInput) {
      return CognitoEventsCli.ERROR;
    }
    return failed == 0 ? CognitoEventsCli.OK : CognitoEventsCli.NEGATIVE;
  }

  private int runLive(List<Entry> entries, PrintWriter out, PrintWriter err) {
    LiveRuntime runtime = cli.liveRuntime();
    LiveVerifier verifier;
    try {
      verifier = LiveRuns.verifier(liveOptions, runtime, out, err, false);
    } catch (IllegalArgumentException e) {
      err.println("error: " + e.getMessage());
      return CognitoEventsCli.ERROR;
    }
    if (record != null) {
      String problem = LiveRuns.unwritable(record, force);
      if (problem != null) {
        err.println("error: " + problem);
        return CognitoEventsCli.ERROR;
      }
    }
    List<LiveCase> cases = new ArrayList<>();
    for (Entry entry : entries) {
      cases.add(entry.corpusCase().toLiveCase());
    }
    Instant now = runtime.now().get();
    LiveVerification result;
    Provenance provenance;
    try (LiveSession session = LiveSession.open(liveOptions)) {
      result = LiveRuns.run(verifier, session, cases);
      provenance =
          new Provenance(
              "conformance --live --record",
              CognitoEventsCli.toolVersion() + " with " + session.sdk,
              session.region,
              now,
              liveOptions.recordedBy,
              String.join(", ", corpora) + " (" + cases.size() + " cases)");
    } catch (Unavailable e) {
      err.println("error: cannot call AWS: " + e.getMessage());
      return CognitoEventsCli.ERROR;
    }
    int passed = 0;
    int failed = 0;
    for (int i = 0; i < result.answered().size(); i++) {
      LiveComparison c = result.answered().get(i);
      Entry entry = entries.get(i);
      boolean ok =
          c.agrees() && (c.expected() == null || LiveComparison.same(c.expected(), c.live()));
      if (ok) {
        passed++;
      } else {
        failed++;
        out.println(
            "FAIL "
                + c.name()
                + " ("
                + entry.where()
                + ")"
                + (c.expected() == null ? "" : "\n  expected: " + describe(c.expected()))
                + "\n  actual:   "
                + describe(c.local())
                + "\n  AWS:      "
                + describe(c.live()));
      }
    }
    if (record != null) {
      List<CorpusCase> lines = new ArrayList<>();
      List<CorpusCase> recorded = result.recorded(provenance.origin());
      for (int i = 0; i < recorded.size(); i++) {
        CorpusCase original = entries.get(i).corpusCase();
        String note =
            original.origin() == null
                ? original.note()
                : "case from: "
                    + original.origin()
                    + (original.note() == null ? "" : "; " + original.note());
        CorpusCase line = recorded.get(i);
        lines.add(line.recorded(line.expected(), line.origin(), note));
      }
      try {
        ConformanceCorpus.write(record, lines);
      } catch (UncheckedIOException e) {
        err.println("error: cannot write " + record + ": " + e.getMessage());
        return CognitoEventsCli.ERROR;
      }
      err.println(
          "recorded " + lines.size() + " answers from " + provenance.region() + " in " + record);
    }
    out.println(
        passed
            + " passed, "
            + failed
            + " failed"
            + (result.complete() ? "" : ", " + result.unanswered().size() + " not answered"));
    if (!result.complete()) {
      err.println("error: the run " + result.stopReason());
      return CognitoEventsCli.ERROR;
    }
    return failed == 0 ? CognitoEventsCli.OK : CognitoEventsCli.NEGATIVE;
  }

  /** Runs one case locally; returns {@code null} when it passes, else the failure report. */
  private static String runLocal(Entry entry) {
    CorpusCase c = entry.corpusCase();
    Verdict actual;
    try {
      actual = TestEventPattern.test(c.event(), c.pattern());
    } catch (RuntimeException e) {
      return "FAIL "
          + c.name()
          + " ("
          + entry.where()
          + ")\n  expected: "
          + describe(c.expected())
          + "\n  actual:   threw "
          + e.getClass().getName();
    }
    if (LiveComparison.same(c.expected(), actual)) {
      return null;
    }
    return "FAIL "
        + c.name()
        + " ("
        + entry.where()
        + ")\n  expected: "
        + describe(c.expected())
        + "\n  actual:   "
        + describe(actual);
  }

  static String describe(Verdict verdict) {
    switch (verdict.kind()) {
      case MATCH:
        return "MATCH";
      case NO_MATCH:
        return "NO MATCH";
      default:
        return "INVALID " + verdict.errorCode() + ": " + verdict.firstMessageLine();
    }
  }
}
