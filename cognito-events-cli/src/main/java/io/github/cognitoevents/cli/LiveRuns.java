package io.github.cognitoevents.cli;

import io.github.cognitoevents.patterntest.live.LiveCase;
import io.github.cognitoevents.patterntest.live.LiveCheckException;
import io.github.cognitoevents.patterntest.live.LiveComparison;
import io.github.cognitoevents.patterntest.live.LiveVerification;
import io.github.cognitoevents.patterntest.live.LiveVerifier;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** What the live commands share: running the verifier with progress output, output files. */
final class LiveRuns {

  private LiveRuns() {}

  /**
   * The verifier for the options and the runtime; progress on {@code out}, retries on {@code err}.
   */
  static LiveVerifier verifier(
      LiveOptions options,
      LiveRuntime runtime,
      PrintWriter out,
      PrintWriter err,
      boolean printEachAnswer) {
    return options
        .verifier()
        .sleeper(runtime.sleeper())
        .clock(runtime.nanos())
        .jitter(runtime.jitter())
        .listener(
            new LiveVerifier.Listener() {
              @Override
              public void answered(int index, int total, LiveComparison comparison) {
                if (printEachAnswer) {
                  out.println("[" + index + "/" + total + "] " + comparison);
                  out.flush();
                }
              }

              @Override
              public void retrying(
                  LiveCase liveCase, int attempt, LiveCheckException failure, Duration pause) {
                err.println(
                    "retrying "
                        + liveCase.name()
                        + " in "
                        + pause.toMillis()
                        + " ms: attempt "
                        + attempt
                        + " gave no verdict ("
                        + (failure.errorCode() != null
                            ? failure.errorCode()
                            : failure.statusCode() != 0
                                ? "HTTP " + failure.statusCode()
                                : "no response")
                        + ")");
                err.flush();
              }
            })
        .build();
  }

  /** Runs the cases; never throws for a failed call (the result says where it stopped). */
  static LiveVerification run(LiveVerifier verifier, LiveSession session, List<LiveCase> cases) {
    return verifier.verify(session.check, cases);
  }

  /**
   * Why a file cannot be written, or {@code null}: it exists (without {@code --force}), or its
   * folder does not.
   */
  static String unwritable(Path file, boolean force) {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null && !Files.isDirectory(parent)) {
      return file + ": the folder " + parent + " does not exist";
    }
    if (Files.isDirectory(file)) {
      return file + ": is a directory";
    }
    if (!force && Files.exists(file)) {
      return file + ": exists; pass --force to replace it";
    }
    return null;
  }
}
