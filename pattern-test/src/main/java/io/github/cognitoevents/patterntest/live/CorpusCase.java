package io.github.cognitoevents.patterntest.live;

import io.github.cognitoevents.patterntest.Verdict;
import java.util.Objects;

/**
 * One line of a {@code TestEventPattern} conformance corpus, the format of {@code
 * ../shared/conformance/README.md}: a name, the {@code Event} and {@code EventPattern} strings
 * exactly as sent to the API, the verdict AWS gave, and where the line comes from.
 *
 * <pre>{@code
 * CorpusCase c = new CorpusCase("deletes", eventJson, patternJson, Verdict.match(),
 *     "live-verify cognito-events 0.1.0 eu-west-1 2026-12-05T10:11:12Z", null);
 * String line = ConformanceCorpus.toLine(c);
 * }</pre>
 *
 * <p>{@link #toString()} shows the name and the expected verdict only, never the event.
 *
 * @param name the case name, unique within its file
 * @param event the {@code Event} parameter, unchanged
 * @param pattern the {@code EventPattern} parameter, unchanged
 * @param expected the verdict AWS gave (key {@code expected}, and for {@code invalid} the keys
 *     {@code message} and {@code code}), or {@code null} for a case not answered yet
 * @param origin where the line comes from (key {@code origin}), or {@code null}
 * @param note a remark on the line (key {@code note}), or {@code null}
 */
public record CorpusCase(
    String name, String event, String pattern, Verdict expected, String origin, String note) {

  /**
   * Checks the fields.
   *
   * @throws NullPointerException if {@code name}, {@code event} or {@code pattern} is null
   */
  public CorpusCase {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(event, "event");
    Objects.requireNonNull(pattern, "pattern");
  }

  /**
   * A line for one of your cases, with no origin and no note.
   *
   * @param liveCase the case (its expected verdict, if any, becomes {@code expected})
   * @return the corpus line
   */
  public static CorpusCase of(LiveCase liveCase) {
    Objects.requireNonNull(liveCase, "liveCase");
    return new CorpusCase(
        liveCase.name(), liveCase.event(), liveCase.pattern(), liveCase.expected(), null, null);
  }

  /**
   * This line as a case for the live check.
   *
   * @return the case, expecting {@link #expected()} (none when it is {@code null})
   */
  public LiveCase toLiveCase() {
    return new LiveCase(name, event, pattern, expected);
  }

  /**
   * A copy with another verdict, origin and note (for example AWS's answer when a case is
   * recorded).
   *
   * @param newExpected the verdict, or {@code null}
   * @param newOrigin the origin, or {@code null}
   * @param newNote the note, or {@code null}
   * @return the new line
   */
  public CorpusCase recorded(Verdict newExpected, String newOrigin, String newNote) {
    return new CorpusCase(name, event, pattern, newExpected, newOrigin, newNote);
  }

  /** Shows the name and the expected verdict, never the event or the pattern. */
  @Override
  public String toString() {
    return "CorpusCase[" + name + (expected == null ? "" : ", expected " + expected.kind()) + "]";
  }
}
