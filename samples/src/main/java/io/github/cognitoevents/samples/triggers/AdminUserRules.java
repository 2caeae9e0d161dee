package io.github.cognitoevents.samples.triggers;

import static io.github.cognitoevents.pattern.Patterns.doesNotExist;
import static io.github.cognitoevents.pattern.Patterns.value;

import io.github.cognitoevents.model.cloudtrail.CognitoOperation;
import io.github.cognitoevents.pattern.cognito.CloudTrailField;
import io.github.cognitoevents.pattern.cognito.CognitoApiCalls;
import io.github.cognitoevents.pattern.cognito.CognitoRule;

/**
 * EventBridge rules on system 3's administrator flow, as CloudTrail records it (sample records in
 * {@code samples/events/admin-flow/cloudtrail-*.json}).
 *
 * <pre>{@code
 * String pattern = AdminUserRules.ADMIN_CREATED_USERS_AND_FORCED_PASSWORD_CHANGES.toJson();
 * PatternMatcher matcher = PatternMatcher.compile(
 *     AdminUserRules.ADMIN_CREATED_USERS_AND_FORCED_PASSWORD_CHANGES.userPool("us-east-1_EXAMPLE").build());
 * }</pre>
 */
public final class AdminUserRules {

  /**
   * Users created by an administrator, and forced password changes: successful {@code
   * AdminCreateUser} calls, and successful {@code AdminRespondToAuthChallenge} calls that answered
   * {@code NEW_PASSWORD_REQUIRED} (the user replaced the temporary password). Other challenge
   * answers (MFA codes) and failed calls do not match. The challenge condition is {@code
   * [{"exists": false}, "NEW_PASSWORD_REQUIRED"]}, so that {@code AdminCreateUser} records, which
   * have no {@code challengeName}, pass it.
   */
  public static final CognitoRule ADMIN_CREATED_USERS_AND_FORCED_PASSWORD_CHANGES =
      CognitoApiCalls.rule()
          .operations(
              CognitoOperation.ADMIN_CREATE_USER, CognitoOperation.ADMIN_RESPOND_TO_AUTH_CHALLENGE)
          .succeeded()
          .where(
              CloudTrailField.AdminRespondToAuthChallenge.CHALLENGE_NAME,
              doesNotExist(),
              value("NEW_PASSWORD_REQUIRED"));

  /**
   * Sign-ins that must change their password: successful {@code AdminInitiateAuth} calls that
   * Cognito answered with {@code NEW_PASSWORD_REQUIRED} (a user's first sign-in with the temporary
   * password, or after an administrator reset it).
   */
  public static final CognitoRule PASSWORD_CHANGE_CHALLENGES =
      CognitoApiCalls.rule()
          .operations(CognitoOperation.ADMIN_INITIATE_AUTH)
          .succeeded()
          .where(
              CloudTrailField.AdminInitiateAuth.RESPONSE_CHALLENGE_NAME, "NEW_PASSWORD_REQUIRED");

  private AdminUserRules() {}
}
