package io.github.cognitoevents.model;

/**
 * The one switch for personal data in {@code toString()}.
 *
 * <p>Every record of the model prints itself without secrets (passwords, codes, challenge answers,
 * tokens, client secrets, session strings, client metadata and validation data values: always
 * {@code ***}) and, by default, without personal data: user attributes other than {@code sub}, user
 * names, email addresses, phone numbers, claims and profile data of federated users are masked as
 * {@code ***}, while their names (map keys) stay visible. JSON output is never masked: {@code
 * toJson()}, {@code TriggerEvents.write} and the Jackson module write every value.
 *
 * <p>To see personal data in clear in {@code toString()}, for example while debugging locally,
 * start the JVM with {@code -Dcognitoevents.showPersonalData=true} or call {@link
 * #showInToString(boolean)}. Secrets are never shown, whatever the switch says.
 *
 * <pre>{@code
 * PersonalData.showInToString(true);   // this JVM now prints user attributes in clear
 * }</pre>
 */
public final class PersonalData {
  /** The system property read at start-up: {@code true} shows personal data in clear. */
  public static final String PROPERTY = "cognitoevents.showPersonalData";

  private static volatile boolean shown = Boolean.getBoolean(PROPERTY);

  private PersonalData() {}

  /**
   * Whether {@code toString()} shows personal data in clear.
   *
   * @return {@code false} unless switched on
   */
  public static boolean isShown() {
    return shown;
  }

  /**
   * Switches personal data in {@code toString()} on or off for the whole JVM.
   *
   * @param show {@code true} to print personal data in clear
   */
  public static void showInToString(boolean show) {
    shown = show;
  }
}
