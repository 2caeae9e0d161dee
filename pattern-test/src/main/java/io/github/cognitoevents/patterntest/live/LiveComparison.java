package io.github.cognitoevents.patterntest.live;

import io.github.cognitoevents.patterntest.Verdict;
import java.util.Objects;

/**
 * The local and the live verdict for one case, and the verdict you expected if you gave one.
 *
 * <p>Two verdicts agree when they have the same kind and, for {@link Verdict.Kind#INVALID}, the
 * same error code and the same first line of the message. {@link #toString()} is a one-line report
 * without the event: {@code content_prefix_NEG: local NO_MATCH, live NO_MATCH: agree}.
 *
 * @param name the case's name
 * @param expected the verdict you expected, or {@code null}
 * @param local the local verdict ({@link io.github.cognitoevents.patterntest.TestEventPattern})
 * @param live the real API's verdict
 */
public record LiveComparison(String name, Verdict expected, Verdict local, Verdict live) {

  /**
   * Checks the fields.
   *
   * @throws NullPointerException if {@code name}, {@code local} or {@code live} is null
   */
  public LiveComparison {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(local, "local");
    Objects.requireNonNull(live, "live");
  }

  /**
   * Whether the local verdict is the live one.
   *
   * @return {@code true} if they agree
   */
  public boolean agrees() {
    return same(local, live);
  }

  /**
   * Whether AWS answered what you expected ({@code true} when you expected nothing).
   *
   * @return {@code true} if the live verdict is the expected one
   */
  public boolean liveAsExpected() {
    return expected == null || same(expected, live);
  }

  /**
   * Whether two verdicts agree: same kind, and for {@code INVALID} the same error code and first
   * message line.
   *
   * @param a a verdict
   * @param b another verdict
   * @return {@code true} if they agree
   */
  public static boolean same(Verdict a, Verdict b) {
    if (a.kind() != b.kind()) {
      return false;
    }
    if (a.kind() != Verdict.Kind.INVALID) {
      return true;
    }
    return Objects.equals(a.errorCode(), b.errorCode())
        && Objects.equals(a.firstMessageLine(), b.firstMessageLine());
  }

  @Override
  public String toString() {
    StringBuilder out = new StringBuilder(name).append(": ");
    if (expected != null) {
      out.append("expected ").append(describe(expected)).append(", ");
    }
    out.append("local ").append(describe(local)).append(", live ").append(describe(live));
    out.append(agrees() ? ": agree" : ": DISAGREE");
    if (!liveAsExpected()) {
      out.append(", live NOT AS EXPECTED");
    }
    return out.toString();
  }

  private static String describe(Verdict v) {
    if (v.kind() != Verdict.Kind.INVALID) {
      return v.kind().name();
    }
    return "INVALID " + v.errorCode() + " \"" + v.firstMessageLine() + "\"";
  }
}
