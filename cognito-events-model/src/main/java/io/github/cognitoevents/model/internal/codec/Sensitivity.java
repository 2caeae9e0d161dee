package io.github.cognitoevents.model.internal.codec;

/**
 * How a member may appear in {@code toString()}: the one redaction policy of the model, applied by
 * {@link RecordCodec#toString(Object)} and never in JSON output.
 */
public enum Sensitivity {
  /** Printed as it is (nested records print themselves under their own policy). */
  NONE,
  /**
   * Personal data (user attributes other than {@code sub}, user names, email addresses, phone
   * numbers, claims about a person): printed as {@code ***} unless {@link
   * io.github.cognitoevents.model.PersonalData#isShown()} is on. In a personal map the keys are
   * printed, and the value of {@code sub} stays visible.
   */
  PERSONAL,
  /**
   * Secrets (passwords, codes, answers, tokens, client secrets, session strings, validation data
   * and client metadata values, anything the service model marks sensitive): always printed as
   * {@code ***}; a map prints its keys only; a value CloudTrail already hid prints its marker.
   */
  SECRET
}
