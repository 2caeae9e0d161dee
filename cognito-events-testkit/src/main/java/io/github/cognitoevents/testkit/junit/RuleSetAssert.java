package io.github.cognitoevents.testkit.junit;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.cognitoevents.model.CognitoEvent;
import io.github.cognitoevents.patterntest.InvalidEventException;
import io.github.cognitoevents.patterntest.MatchExplanation;
import io.github.cognitoevents.patterntest.Rule;
import io.github.cognitoevents.patterntest.RuleSet;
import io.github.cognitoevents.patterntest.RuleSetExplanation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.opentest4j.AssertionFailedError;

/**
 * Fluent assertions on where a {@link RuleSet} routes events; get one from {@link
 * PatternAssertions#assertThat(RuleSet)}.
 *
 * <pre>{@code
 * assertThat(rules).routes(updateClientEvent).to("ClientChanges", "AllWrites");
 * assertThat(rules).routes(adminGetUserEvent).toNone();
 * }</pre>
 *
 * <p>{@code to(...)} means exactly those rules: a rule that fires without being named fails the
 * assertion as much as a named rule that does not fire. The failure message names the unexpected
 * and the missing rules and shows, for each, the fields its pattern names (never the whole event):
 *
 * <pre>
 * Expecting the event (update-client.json) to fire exactly [ClientChanges, Audit]
 * but it fired [ClientChanges, Everything].
 * Missing: Audit
 *   FAIL detail.eventName ["DeleteUserPool"] &lt;- "UpdateUserPoolClient"
 *   ok   source ["aws.cognito-idp"] &lt;- "aws.cognito-idp"
 * Unexpected: Everything
 *   ok   source ["aws.cognito-idp"] &lt;- "aws.cognito-idp"
 * </pre>
 *
 * <p>Instances are not thread-safe.
 */
public final class RuleSetAssert {

  private final RuleSet rules;
  private String description;

  RuleSetAssert(RuleSet rules) {
    this.rules = rules;
  }

  /**
   * Names this assertion in failure messages, like AssertJ's {@code as}.
   *
   * @param description what the rule set is, e.g. {@code "audit bus"}
   * @return this
   */
  public RuleSetAssert as(String description) {
    this.description = Objects.requireNonNull(description, "description");
    return this;
  }

  /**
   * The event to route, as JSON text.
   *
   * @param eventJson the event
   * @return what to expect of it
   */
  public Routing routes(String eventJson) {
    return new Routing(Event.ofText(Objects.requireNonNull(eventJson, "eventJson")));
  }

  /**
   * The event to route, from a UTF-8 JSON file.
   *
   * @param eventFile the file
   * @return what to expect of it
   * @throws java.io.UncheckedIOException if the file cannot be read
   */
  public Routing routes(Path eventFile) {
    return new Routing(Event.ofFile(Objects.requireNonNull(eventFile, "eventFile")));
  }

  /**
   * The event to route, as UTF-8 JSON bytes.
   *
   * @param eventJson the event
   * @return what to expect of it
   */
  public Routing routes(byte[] eventJson) {
    return new Routing(Event.ofBytes(Objects.requireNonNull(eventJson, "eventJson")));
  }

  /**
   * The event to route, as a Jackson tree.
   *
   * @param event the event
   * @return what to expect of it
   */
  public Routing routes(JsonNode event) {
    return new Routing(Event.ofTree(Objects.requireNonNull(event, "event")));
  }

  /**
   * The event to route, as a typed event of the model.
   *
   * @param event the event
   * @return what to expect of it
   */
  public Routing routes(CognitoEvent event) {
    return new Routing(Event.ofModel(Objects.requireNonNull(event, "event")));
  }

  /** The expectation on one event. */
  public final class Routing {
    private final Event event;

    private Routing(Event event) {
      this.event = event;
    }

    /**
     * Verifies that the event fires exactly these rules (in any order).
     *
     * @param first a rule's name
     * @param more more rules' names
     * @return the rule-set assertions, for the next event
     * @throws AssertionFailedError if other rules fire, or a named rule is not in the set
     */
    public RuleSetAssert to(String first, String... more) {
      Set<String> expected = new LinkedHashSet<>();
      expected.add(Objects.requireNonNull(first, "first"));
      for (String name : more) {
        expected.add(Objects.requireNonNull(name, "a rule name"));
      }
      List<String> unknown = new ArrayList<>();
      for (String name : expected) {
        if (rules.rule(name) == null) {
          unknown.add(name);
        }
      }
      if (!unknown.isEmpty()) {
        throw new AssertionFailedError(
            prefix()
                + "The rule set has no rule named "
                + String.join(", ", unknown)
                + "; its rules are "
                + names(rules.rules()));
      }
      return check(expected);
    }

    /**
     * Verifies that the event fires no rule.
     *
     * @return the rule-set assertions, for the next event
     * @throws AssertionFailedError if a rule fires
     */
    public RuleSetAssert toNone() {
      return check(new LinkedHashSet<>());
    }

    private RuleSetAssert check(Set<String> expected) {
      RuleSetExplanation why;
      try {
        why = event.explain(rules);
      } catch (InvalidEventException e) {
        throw new AssertionFailedError(
            prefix() + "Expecting a valid event but " + e.getMessage().replace("\n", ": "), e);
      }
      List<String> fired = why.fired();
      Set<String> unexpected = new LinkedHashSet<>(fired);
      unexpected.removeAll(expected);
      Set<String> missing = new LinkedHashSet<>(expected);
      missing.removeAll(fired);
      if (unexpected.isEmpty() && missing.isEmpty()) {
        return RuleSetAssert.this;
      }
      String subject = event.name() == null ? "the event" : "the event (" + event.name() + ")";
      StringBuilder message = new StringBuilder(prefix());
      message
          .append("Expecting ")
          .append(subject)
          .append(expected.isEmpty() ? " to fire no rule" : " to fire exactly " + expected)
          .append("\nbut it fired ")
          .append(fired.isEmpty() ? "none" : fired.toString())
          .append('.');
      for (String name : missing) {
        RuleSetExplanation.Outcome outcome = why.outcome(name).orElseThrow();
        message.append("\nMissing: ").append(name);
        if (outcome.disabled()) {
          message.append(" (disabled: it never fires)");
        }
        message.append('\n').append(fieldLines(outcome.explanation()));
      }
      for (String name : unexpected) {
        message.append("\nUnexpected: ").append(name).append('\n');
        message.append(fieldLines(why.outcome(name).orElseThrow().explanation()));
      }
      throw new AssertionFailedError(message.toString(), List.copyOf(expected), List.copyOf(fired));
    }
  }

  private static String fieldLines(MatchExplanation explanation) {
    String report = explanation.toString().stripTrailing();
    int newline = report.indexOf('\n');
    return newline < 0 ? "  (no fields)" : report.substring(newline + 1);
  }

  private static String names(List<Rule> list) {
    List<String> out = new ArrayList<>();
    for (Rule rule : list) {
      out.add(rule.name());
    }
    return out.toString();
  }

  private String prefix() {
    return description == null ? "" : "[" + description + "] ";
  }
}
