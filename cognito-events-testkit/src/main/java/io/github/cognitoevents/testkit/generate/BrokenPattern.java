package io.github.cognitoevents.testkit.generate;

import java.util.Objects;

/**
 * An invalid pattern made by {@link PatternGenerator#nextBroken()}: its JSON text, the mutation
 * that broke it, and the reason EventBridge gives for it.
 *
 * @param json the pattern text
 * @param mutation the kind of error
 * @param expectedReason the expected {@code Reason:} text, or {@code null} when it is Jackson's
 *     parse message (malformed JSON), which depends on where the text was cut
 */
public record BrokenPattern(String json, PatternMutation mutation, String expectedReason) {

  /**
   * Checks the components.
   *
   * @throws NullPointerException if {@code json} or {@code mutation} is null
   */
  public BrokenPattern {
    Objects.requireNonNull(json, "json");
    Objects.requireNonNull(mutation, "mutation");
  }
}
