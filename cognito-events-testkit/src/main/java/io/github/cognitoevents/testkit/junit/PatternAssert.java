package io.github.cognitoevents.testkit.junit;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.cognitoevents.model.CognitoEvent;
import io.github.cognitoevents.pattern.InvalidEventPatternException;
import io.github.cognitoevents.patterntest.InvalidEventException;
import io.github.cognitoevents.patterntest.MatchExplanation;
import io.github.cognitoevents.patterntest.PatternMatcher;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.opentest4j.AssertionFailedError;

/**
 * Fluent assertions on one event pattern; get one from {@link PatternAssertions}.
 *
 * <p>Events can be JSON strings, UTF-8 files, UTF-8 bytes, Jackson trees or typed {@link
 * CognitoEvent}s, one at a time, several at once, or any {@link Iterable} of those ({@link
 * #matchesAll(Iterable)}). Verdicts are the local matcher's, which gives the {@code
 * TestEventPattern} API's verdicts.
 *
 * <p>A failure is an {@link AssertionFailedError} whose message shows the pattern and, for each
 * failing event, only the fields the pattern names (never the whole event, which may hold personal
 * data): whether each held ({@code ok}) or not ({@code FAIL}), the path, the pattern's conditions
 * and the event's values there, as in {@link MatchExplanation#toString()}:
 *
 * <pre>
 * Expecting the event to match the pattern but it did not.
 * Pattern:
 *   {
 *     "source": ["aws.cognito-idp"],
 *     "detail": {
 *       "eventName": ["DeleteUserPoolClient"]
 *     }
 *   }
 * Event (admin-create-user.json), NO MATCH on the fields the pattern names:
 *   FAIL detail.eventName ["DeleteUserPoolClient"] &lt;- "AdminCreateUser"
 *   ok   source ["aws.cognito-idp"] &lt;- "aws.cognito-idp"
 * </pre>
 *
 * <p>Each assertion returns {@code this}, so assertions chain. Instances are not thread-safe.
 */
public final class PatternAssert {

  private final String patternText;
  private final String patternSource;
  private final Supplier<PatternMatcher> compiler;
  private PatternMatcher matcher;
  private InvalidEventPatternException invalid;
  private String description;

  PatternAssert(String patternText, String patternSource, Supplier<PatternMatcher> compiler) {
    this.patternText = patternText;
    this.patternSource = patternSource;
    this.compiler = compiler;
  }

  /**
   * Names this assertion in failure messages, like AssertJ's {@code as}: the message starts with
   * {@code [description] }.
   *
   * @param description what the pattern is for, e.g. {@code "client-changes rule"}
   * @return this
   */
  public PatternAssert as(String description) {
    this.description = Objects.requireNonNull(description, "description");
    return this;
  }

  /**
   * Verifies that the pattern is valid: EventBridge would accept it.
   *
   * <pre>{@code
   * assertThatPattern("{\"source\": [\"aws.cognito-idp\"]}").isValid();   // passes
   * assertThatPattern("{\"source\": \"aws.cognito-idp\"}").isValid();     // fails
   * }</pre>
   *
   * @return this
   * @throws AssertionFailedError if the pattern is invalid; the message gives EventBridge's reason
   */
  public PatternAssert isValid() {
    compile();
    return this;
  }

  /**
   * Verifies that the pattern is invalid, for any reason.
   *
   * @return this
   * @throws AssertionFailedError if the pattern is valid
   */
  public PatternAssert isInvalid() {
    if (tryCompile() != null) {
      throw fail("Expecting the pattern to be invalid but it is valid.\n" + patternBlock());
    }
    return this;
  }

  /**
   * Verifies that EventBridge would reject the pattern with this reason: the text after {@code
   * Event pattern is not valid. Reason: } on the first line of its message.
   *
   * <pre>{@code
   * assertThatPattern("{\"resources\": []}").isInvalidWithReason("Empty arrays are not allowed");
   * }</pre>
   *
   * @param reason the expected reason, e.g. {@code Empty arrays are not allowed}
   * @return this
   * @throws AssertionFailedError if the pattern is valid or rejected for another reason
   */
  public PatternAssert isInvalidWithReason(String reason) {
    Objects.requireNonNull(reason, "reason");
    if (tryCompile() != null) {
      throw fail(
          "Expecting the pattern to be invalid with reason:\n  "
              + reason
              + "\nbut it is valid.\n"
              + patternBlock());
    }
    if (!invalid.reason().equals(reason)) {
      throw new AssertionFailedError(
          prefix()
              + "Expecting the pattern to be invalid with reason:\n  "
              + reason
              + "\nbut the reason is:\n  "
              + invalid.reason()
              + "\n"
              + patternBlock().stripTrailing(),
          reason,
          invalid.reason());
    }
    return this;
  }

  /**
   * Verifies that the pattern matches each event (JSON text).
   *
   * @param eventJsons one or more events
   * @return this
   * @throws AssertionFailedError if the pattern is invalid, an event is not a valid event, or an
   *     event does not match
   */
  public PatternAssert matches(String... eventJsons) {
    return check(true, events(eventJsons, Event::ofText));
  }

  /**
   * Verifies that the pattern matches each event file (UTF-8 JSON).
   *
   * @param eventFiles one or more files
   * @return this
   * @throws AssertionFailedError if the pattern is invalid, an event is not a valid event, or an
   *     event does not match
   * @throws UncheckedIOException if a file cannot be read
   */
  public PatternAssert matches(Path... eventFiles) {
    return check(true, events(eventFiles, Event::ofFile));
  }

  /**
   * Verifies that the pattern matches the event (UTF-8 JSON bytes).
   *
   * @param eventJson the event
   * @return this
   * @throws AssertionFailedError if the pattern is invalid, the event is not a valid event, or it
   *     does not match
   */
  public PatternAssert matches(byte[] eventJson) {
    Objects.requireNonNull(eventJson, "eventJson");
    return check(true, List.of(Event.ofBytes(eventJson)));
  }

  /**
   * Verifies that the pattern matches each event (Jackson trees).
   *
   * @param events one or more events
   * @return this
   * @throws AssertionFailedError if the pattern is invalid, an event is not a valid event, or an
   *     event does not match
   */
  public PatternAssert matches(JsonNode... events) {
    return check(true, events(events, Event::ofTree));
  }

  /**
   * Verifies that the pattern matches each typed event (from {@code CognitoEvents.parse}), as its
   * JSON ({@link CognitoEvent#toJson()}).
   *
   * @param events one or more events
   * @return this
   * @throws AssertionFailedError if the pattern is invalid, an event is not a valid EventBridge
   *     event (e.g. a Lambda trigger event), or an event does not match
   */
  public PatternAssert matches(CognitoEvent... events) {
    return check(true, events(events, Event::ofModel));
  }

  /**
   * Verifies that the pattern matches every event of a collection of {@link String}s, {@link
   * Path}s, {@code byte[]}s, {@link JsonNode}s or {@link CognitoEvent}s (mixed if you like), or of
   * a JSON array of events.
   *
   * <pre>{@code
   * assertThat(rule).matchesAll(generatedEvents);
   * }</pre>
   *
   * @param events the events, at least one
   * @return this
   * @throws AssertionFailedError if the pattern is invalid, an event is not a valid event, or an
   *     event does not match
   * @throws IllegalArgumentException if an element has another type
   */
  public PatternAssert matchesAll(Iterable<?> events) {
    return check(true, events(events));
  }

  /**
   * Verifies that the pattern matches none of the events (JSON text).
   *
   * @param eventJsons one or more events
   * @return this
   * @throws AssertionFailedError if the pattern is invalid, an event is not a valid event, or an
   *     event matches
   */
  public PatternAssert doesNotMatch(String... eventJsons) {
    return check(false, events(eventJsons, Event::ofText));
  }

  /**
   * Verifies that the pattern matches none of the event files (UTF-8 JSON).
   *
   * @param eventFiles one or more files
   * @return this
   * @throws AssertionFailedError if the pattern is invalid, an event is not a valid event, or an
   *     event matches
   * @throws UncheckedIOException if a file cannot be read
   */
  public PatternAssert doesNotMatch(Path... eventFiles) {
    return check(false, events(eventFiles, Event::ofFile));
  }

  /**
   * Verifies that the pattern does not match the event (UTF-8 JSON bytes).
   *
   * @param eventJson the event
   * @return this
   * @throws AssertionFailedError if the pattern is invalid, the event is not a valid event, or it
   *     matches
   */
  public PatternAssert doesNotMatch(byte[] eventJson) {
    Objects.requireNonNull(eventJson, "eventJson");
    return check(false, List.of(Event.ofBytes(eventJson)));
  }

  /**
   * Verifies that the pattern matches none of the events (Jackson trees).
   *
   * @param events one or more events
   * @return this
   * @throws AssertionFailedError if the pattern is invalid, an event is not a valid event, or an
   *     event matches
   */
  public PatternAssert doesNotMatch(JsonNode... events) {
    return check(false, events(events, Event::ofTree));
  }

  /**
   * Verifies that the pattern matches none of the typed events (from {@code CognitoEvents.parse}),
   * as their JSON ({@link CognitoEvent#toJson()}).
   *
   * @param events one or more events
   * @return this
   * @throws AssertionFailedError if the pattern is invalid, an event is not a valid EventBridge
   *     event, or an event matches
   */
  public PatternAssert doesNotMatch(CognitoEvent... events) {
    return check(false, events(events, Event::ofModel));
  }

  /**
   * Verifies that the pattern matches no event of a collection of {@link String}s, {@link Path}s,
   * {@code byte[]}s, {@link JsonNode}s or {@link CognitoEvent}s.
   *
   * @param events the events, at least one
   * @return this
   * @throws AssertionFailedError if the pattern is invalid, an event is not a valid event, or an
   *     event matches
   * @throws IllegalArgumentException if an element has another type
   */
  public PatternAssert matchesNone(Iterable<?> events) {
    return check(false, events(events));
  }

  // ---------------------------------------------------------------------------------------------

  private PatternAssert check(boolean expectMatch, List<Event> events) {
    PatternMatcher compiled = compile();
    List<String> failures = new ArrayList<>();
    int count = events.size();
    for (int i = 0; i < count; i++) {
      Event event = events.get(i);
      String label = label(event, i, count);
      MatchExplanation explanation;
      try {
        explanation = event.explain(compiled);
      } catch (InvalidEventException e) {
        failures.add(label + " is not a valid event:\n" + indent(e.getMessage()));
        continue;
      }
      if (explanation.matched() != expectMatch) {
        failures.add(
            label
                + (explanation.matched() ? ", MATCH" : ", NO MATCH")
                + " on the fields the pattern names:\n"
                + fieldLines(explanation));
      }
    }
    if (failures.isEmpty()) {
      return this;
    }
    StringBuilder message = new StringBuilder(prefix());
    if (count == 1) {
      message.append(
          expectMatch
              ? "Expecting the event to match the pattern but it did not.\n"
              : "Expecting the event not to match the pattern but it did.\n");
    } else {
      message
          .append(expectMatch ? "Expecting all " : "Expecting none of the ")
          .append(count)
          .append(" events to match the pattern but ")
          .append(failures.size())
          .append(expectMatch ? " did not.\n" : " did.\n");
    }
    message.append(patternBlock());
    for (String failure : failures) {
      message.append(failure);
    }
    throw new AssertionFailedError(message.toString().stripTrailing());
  }

  private PatternMatcher compile() {
    PatternMatcher compiled = tryCompile();
    if (compiled == null) {
      throw fail(
          "Expecting the pattern to be valid but EventBridge would reject it:\n"
              + indent(firstLine(invalid.getMessage()))
              + patternBlock());
    }
    return compiled;
  }

  private PatternMatcher tryCompile() {
    if (matcher == null && invalid == null) {
      try {
        matcher = compiler.get();
      } catch (InvalidEventPatternException e) {
        invalid = e;
      }
    }
    return matcher;
  }

  /** The explanation's per-field lines (without its MATCH / NO MATCH headline), indented. */
  private static String fieldLines(MatchExplanation explanation) {
    String report = explanation.toString();
    int newline = report.indexOf('\n');
    String headline = newline < 0 ? report : report.substring(0, newline);
    if (headline.equals("MATCH") || headline.equals("NO MATCH")) {
      return newline < 0 ? "" : report.substring(newline + 1) + "\n";
    }
    return indent(report);
  }

  private AssertionFailedError fail(String message) {
    return new AssertionFailedError((prefix() + message).stripTrailing());
  }

  private String prefix() {
    return description == null ? "" : "[" + description + "] ";
  }

  private String patternBlock() {
    return (patternSource == null ? "Pattern:\n" : "Pattern (" + patternSource + "):\n")
        + indent(matcher != null ? matcher.pattern().toPrettyJson() : patternText.strip());
  }

  private static String label(Event event, int index, int count) {
    String label = count == 1 ? "Event" : "Event " + (index + 1) + " of " + count;
    return event.name() == null ? label : label + " (" + event.name() + ")";
  }

  private static String indent(String text) {
    StringBuilder out = new StringBuilder();
    for (String line : text.split("\\R", -1)) {
      out.append("  ").append(line).append('\n');
    }
    return out.toString();
  }

  private static String firstLine(String text) {
    int newline = text.indexOf('\n');
    return newline < 0 ? text : text.substring(0, newline);
  }

  private interface EventFactory<T> {
    Event create(T source);
  }

  private static <T> List<Event> events(T[] sources, EventFactory<T> factory) {
    Objects.requireNonNull(sources, "events");
    if (sources.length == 0) {
      throw new IllegalArgumentException("Expecting at least one event");
    }
    List<Event> out = new ArrayList<>(sources.length);
    for (T source : sources) {
      out.add(factory.create(Objects.requireNonNull(source, "event")));
    }
    return out;
  }

  private static List<Event> events(Iterable<?> sources) {
    Objects.requireNonNull(sources, "events");
    if (sources instanceof Path || (sources instanceof JsonNode node && !node.isArray())) {
      // Both are Iterable, but of their parts: almost certainly a call meant for the overloads.
      throw new IllegalArgumentException(
          "Expecting a collection of events, got one "
              + (sources instanceof Path ? "Path" : "JSON object")
              + ": use matches or doesNotMatch for a single event");
    }
    List<Event> out = new ArrayList<>();
    int index = 0;
    for (Object source : sources) {
      out.add(Event.of(source, index++));
    }
    if (out.isEmpty()) {
      throw new IllegalArgumentException("Expecting at least one event");
    }
    return out;
  }
}
