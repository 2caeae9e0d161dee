package io.github.cognitoevents.patterntest.live;

import io.github.cognitoevents.patterntest.Verdict;
import java.util.Objects;

/**
 * One concrete case of a corner of EventBridge's pattern semantics that no recorded AWS answer
 * settles yet: an event and a pattern, what the local matcher answers today, why that is not
 * verified, and which code decides it. Send it to the real {@code TestEventPattern} API ({@code
 * live-verify}, or {@link LiveVerifier}) to settle it.
 *
 * <p>{@link #toString()} shows the name and today's verdict only.
 *
 * @param name the case's name, unique in the catalogue
 * @param topic the open question it belongs to (several cases can share one), e.g. {@code
 *     cidr-full-mask}
 * @param event the {@code Event} parameter
 * @param pattern the {@code EventPattern} parameter
 * @param question why the answer is not verified: what event-ruler, the documentation or others
 *     say, and what the case tells apart
 * @param today what {@link io.github.cognitoevents.patterntest.TestEventPattern} answers today (for
 *     {@code INVALID}, the first line of the message)
 * @param eventRuler what event-ruler 2.1.0, the open-source engine EventBridge is built on,
 *     answers: {@code match}, {@code no-match}, {@code invalid: <its message>} or {@code throws
 *     <exception> while ...}
 * @param decidedBy the code that decides today's answer, as {@code binary.ClassName#method}
 * @param reference where the semantics notes ({@code shared/reference/eventbridge-pattern-
 *     semantics.md}) discuss it
 */
public record OpenQuestion(
    String name,
    String topic,
    String event,
    String pattern,
    String question,
    Verdict today,
    String eventRuler,
    String decidedBy,
    String reference) {

  /**
   * Checks the fields.
   *
   * @throws NullPointerException if a field is null
   */
  public OpenQuestion {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(topic, "topic");
    Objects.requireNonNull(event, "event");
    Objects.requireNonNull(pattern, "pattern");
    Objects.requireNonNull(question, "question");
    Objects.requireNonNull(today, "today");
    Objects.requireNonNull(eventRuler, "eventRuler");
    Objects.requireNonNull(decidedBy, "decidedBy");
    Objects.requireNonNull(reference, "reference");
  }

  /**
   * This case for the live check, without an expected verdict (nobody knows AWS's answer yet).
   *
   * @return the case
   */
  public LiveCase toLiveCase() {
    return LiveCase.of(name, event, pattern);
  }

  /** Shows the name and today's verdict, never the event or the pattern. */
  @Override
  public String toString() {
    return "OpenQuestion[" + name + ", today " + today + "]";
  }
}
