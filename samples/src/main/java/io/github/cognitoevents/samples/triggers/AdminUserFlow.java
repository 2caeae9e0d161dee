package io.github.cognitoevents.samples.triggers;

import io.github.cognitoevents.model.trigger.TriggerSource;
import java.util.List;

/**
 * The administrator user flow as the trigger events it causes: an administrator creates a user
 * ({@code AdminCreateUser}), the user signs in with the temporary password ({@code
 * AdminInitiateAuth}, answered with the {@code NEW_PASSWORD_REQUIRED} challenge, which calls no
 * trigger) and sets a new password ({@code AdminRespondToAuthChallenge}). The sample events are in
 * {@code samples/events/admin-flow/}, one file per step, in this order.
 *
 * <pre>{@code
 * for (AdminUserFlow.Step step : AdminUserFlow.STEPS) {
 *   System.out.println(step.apiCall() + " -> " + step.triggerSource());
 * }
 * }</pre>
 */
public final class AdminUserFlow {

  /**
   * One trigger invocation of the flow.
   *
   * @param apiCall the API call that causes it
   * @param triggerSource the trigger source Cognito sends
   * @param eventFile the sample event, relative to {@code samples/events}
   */
  public record Step(String apiCall, TriggerSource triggerSource, String eventFile) {}

  /** The steps, in the order Cognito invokes the triggers. */
  public static final List<Step> STEPS =
      List.of(
          new Step(
              "AdminCreateUser",
              TriggerSource.PRE_SIGN_UP_ADMIN_CREATE_USER,
              "admin-flow/1-pre-sign-up-admin-create-user.json"),
          new Step(
              "AdminCreateUser",
              TriggerSource.CUSTOM_MESSAGE_ADMIN_CREATE_USER,
              "admin-flow/2-custom-message-admin-create-user.json"),
          new Step(
              "AdminInitiateAuth (-> NEW_PASSWORD_REQUIRED)",
              TriggerSource.PRE_AUTHENTICATION_AUTHENTICATION,
              "admin-flow/3-pre-authentication.json"),
          new Step(
              "AdminRespondToAuthChallenge (NEW_PASSWORD_REQUIRED)",
              TriggerSource.POST_AUTHENTICATION_AUTHENTICATION,
              "admin-flow/4-post-authentication.json"),
          new Step(
              "AdminRespondToAuthChallenge (NEW_PASSWORD_REQUIRED)",
              TriggerSource.TOKEN_GENERATION_NEW_PASSWORD_CHALLENGE,
              "admin-flow/5-token-generation-new-password-challenge.json"));

  private AdminUserFlow() {}
}
