package io.github.cognitoevents.patterntest.live;

import io.github.cognitoevents.patterntest.Verdict;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One of your cases for the live check: a name, the {@code Event} and {@code EventPattern} strings
 * (sent unchanged) and, optionally, the verdict you expect.
 *
 * <pre>{@code
 * LiveCase c = LiveCase.of("deletes only", eventJson, patternJson)
 *     .expecting(Verdict.match());
 * List<LiveCase> corpus = LiveCase.readJsonLines(Path.of("my-cases.jsonl"));
 * }</pre>
 *
 * <p>{@link #toString()} shows the name and the expected verdict only, never the event.
 *
 * @param name a name for reports, unique within your set
 * @param event the event JSON
 * @param pattern the event pattern JSON
 * @param expected the verdict you expect, or {@code null} for none
 */
public record LiveCase(String name, String event, String pattern, Verdict expected) {

  /**
   * Checks the fields.
   *
   * @throws NullPointerException if {@code name}, {@code event} or {@code pattern} is null
   */
  public LiveCase {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(event, "event");
    Objects.requireNonNull(pattern, "pattern");
  }

  /**
   * A case without an expected verdict.
   *
   * @param name a name for reports
   * @param event the event JSON
   * @param pattern the event pattern JSON
   * @return the case
   */
  public static LiveCase of(String name, String event, String pattern) {
    return new LiveCase(name, event, pattern, null);
  }

  /**
   * This case with an expected verdict.
   *
   * @param verdict the verdict you expect from AWS
   * @return a copy of this case expecting {@code verdict}
   */
  public LiveCase expecting(Verdict verdict) {
    return new LiveCase(name, event, pattern, Objects.requireNonNull(verdict, "verdict"));
  }

  /**
   * Reads cases in the conformance corpus format ({@link ConformanceCorpus}): one JSON object per
   * line with the string fields {@code name}, {@code event}, {@code pattern} and optionally {@code
   * expected} ({@code "match"}, {@code "no-match"} or {@code "invalid"}, the last with {@code
   * message} and {@code code}). Other fields are ignored; blank lines are skipped.
   *
   * @param file a UTF-8 JSON Lines file
   * @return the cases, in file order
   * @throws LiveCaseFormatException if a line is not such an object (the message names the line
   *     number and the field)
   * @throws UncheckedIOException if the file cannot be read
   */
  public static List<LiveCase> readJsonLines(Path file) {
    Objects.requireNonNull(file, "file");
    List<LiveCase> cases = new ArrayList<>();
    for (CorpusCase c : ConformanceCorpus.read(file)) {
      cases.add(c.toLiveCase());
    }
    return List.copyOf(cases);
  }

  /** Shows the name and the expected verdict, never the event or the pattern. */
  @Override
  public String toString() {
    return "LiveCase[" + name + (expected == null ? "" : ", expected " + expected.kind()) + "]";
  }
}
