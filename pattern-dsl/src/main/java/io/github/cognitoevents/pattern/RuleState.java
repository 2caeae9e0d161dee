package io.github.cognitoevents.pattern;

import java.util.Optional;

/**
 * The state of an EventBridge rule ({@code AWS::Events::Rule} {@code State}, {@code PutRule}'s
 * {@code State}): whether it receives events, and which CloudTrail management events.
 *
 * <p>EventBridge delivers read-only CloudTrail management events (operations named {@code Get...},
 * {@code List...}, {@code Describe...}) only to rules in state {@link
 * #ENABLED_WITH_ALL_CLOUDTRAIL_MANAGEMENT_EVENTS}; a rule in state {@link #ENABLED} receives every
 * other event its pattern matches, and a {@link #DISABLED} rule receives nothing.
 */
public enum RuleState {
  /** The rule receives the events its pattern matches, except read-only management events. */
  ENABLED,
  /** The rule receives nothing. */
  DISABLED,
  /** The rule receives the events its pattern matches, read-only management events included. */
  ENABLED_WITH_ALL_CLOUDTRAIL_MANAGEMENT_EVENTS;

  /**
   * The state named by a template or API value, spelled as EventBridge spells it.
   *
   * @param value the state's name, such as {@code "ENABLED"}
   * @return the state, or empty when {@code value} is null or names no state
   */
  public static Optional<RuleState> fromValue(String value) {
    if (value != null) {
      for (RuleState state : values()) {
        if (state.name().equals(value)) {
          return Optional.of(state);
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Whether a rule in this state receives read-only CloudTrail management events its pattern
   * matches.
   *
   * @return true only for {@link #ENABLED_WITH_ALL_CLOUDTRAIL_MANAGEMENT_EVENTS}
   */
  public boolean receivesReadOnlyManagementEvents() {
    return this == ENABLED_WITH_ALL_CLOUDTRAIL_MANAGEMENT_EVENTS;
  }
}
