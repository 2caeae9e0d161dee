package io.github.cognitoevents.testkit.generate;

import java.util.Objects;

/**
 * One event generated for a pattern by {@link PatternDirectedEvents}, with the verdict the pattern
 * must give it.
 *
 * <pre>{@code
 * for (GeneratedCase c : PatternDirectedEvents.of(rule, 42).cases(200)) {
 *   assertThat(matcher.matches(c.json())).as(c.description()).isEqualTo(c.shouldMatch());
 * }
 * }</pre>
 *
 * @param json the event as JSON text, with the envelope TestEventPattern requires
 * @param shouldMatch true for an event built to match, false for a near-miss
 * @param description what the case exercises: for a near-miss, the path and the condition it breaks
 */
public record GeneratedCase(String json, boolean shouldMatch, String description) {

  /**
   * Checks the components.
   *
   * @param json the event as JSON text
   * @param shouldMatch the expected verdict
   * @param description what the case exercises
   */
  public GeneratedCase {
    Objects.requireNonNull(json, "json");
    Objects.requireNonNull(description, "description");
  }

  @Override
  public String toString() {
    return (shouldMatch ? "match: " : "near-miss: ") + description;
  }
}
