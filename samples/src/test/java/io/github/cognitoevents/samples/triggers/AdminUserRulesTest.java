package io.github.cognitoevents.samples.triggers;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cognitoevents.model.cloudtrail.AdminCreateUserRequest;
import io.github.cognitoevents.model.cloudtrail.AdminCreateUserResponse;
import io.github.cognitoevents.model.cloudtrail.AdminInitiateAuthRequest;
import io.github.cognitoevents.model.cloudtrail.AdminInitiateAuthResponse;
import io.github.cognitoevents.model.cloudtrail.AdminRespondToAuthChallengeRequest;
import io.github.cognitoevents.model.cloudtrail.AdminRespondToAuthChallengeResponse;
import io.github.cognitoevents.model.cloudtrail.CloudTrailRecord;
import io.github.cognitoevents.model.cloudtrail.CognitoOperation;
import io.github.cognitoevents.model.eventbridge.EventBridgeEvent;
import io.github.cognitoevents.pattern.RuleState;
import io.github.cognitoevents.patterntest.PatternMatcher;
import io.github.cognitoevents.samples.SampleEvents;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The admin-flow rules against the flow's CloudTrail records (synthetic, see the README there). */
class AdminUserRulesTest {

  private static final String CREATE = "admin-flow/cloudtrail-1-admin-create-user.json";
  private static final String SIGN_IN = "admin-flow/cloudtrail-2-admin-initiate-auth.json";
  private static final String CHANGE =
      "admin-flow/cloudtrail-3-admin-respond-to-auth-challenge.json";

  @Test
  void rendersTheRule() {
    assertThat(AdminUserRules.ADMIN_CREATED_USERS_AND_FORCED_PASSWORD_CHANGES.toJson())
        .isEqualTo(
            "{\"source\":[\"aws.cognito-idp\"],\"detail\":{\"eventSource\":[\"cognito-idp.amazonaws.com\"],"
                + "\"eventType\":[\"AwsApiCall\"],\"eventName\":[\"AdminCreateUser\",\"AdminRespondToAuthChallenge\"],"
                + "\"errorCode\":[{\"exists\":false}],"
                + "\"requestParameters\":{\"challengeName\":[{\"exists\":false},\"NEW_PASSWORD_REQUIRED\"]}}}");
    assertThat(AdminUserRules.ADMIN_CREATED_USERS_AND_FORCED_PASSWORD_CHANGES.ruleState())
        .isEqualTo(RuleState.ENABLED);
  }

  @Test
  void matchesTheCreationAndTheForcedChangeButNotTheSignIn() {
    PatternMatcher rule =
        PatternMatcher.compile(
            AdminUserRules.ADMIN_CREATED_USERS_AND_FORCED_PASSWORD_CHANGES.build());
    assertThat(rule.matches(SampleEvents.json(CREATE))).isTrue();
    assertThat(rule.matches(SampleEvents.json(CHANGE))).isTrue();
    assertThat(rule.matches(SampleEvents.json(SIGN_IN))).isFalse();

    PatternMatcher challenges =
        PatternMatcher.compile(AdminUserRules.PASSWORD_CHANGE_CHALLENGES.build());
    assertThat(challenges.matches(SampleEvents.json(SIGN_IN))).isTrue();
    assertThat(challenges.matches(SampleEvents.json(CREATE))).isFalse();
    assertThat(challenges.matches(SampleEvents.json(CHANGE))).isFalse();
  }

  @Test
  void doesNotMatchAnMfaAnswerOrAFailedCall() {
    PatternMatcher rule =
        PatternMatcher.compile(
            AdminUserRules.ADMIN_CREATED_USERS_AND_FORCED_PASSWORD_CHANGES
                .userPool("us-east-1_EXAMPLE")
                .build());
    String mfa =
        SampleEvents.json(CHANGE)
            .replace(
                "\"challengeName\": \"NEW_PASSWORD_REQUIRED\"", "\"challengeName\": \"SMS_MFA\"");
    assertThat(mfa).contains("SMS_MFA");
    assertThat(rule.matches(mfa)).isFalse();
    assertThat(rule.explain(mfa).failedChecks())
        .extracting(c -> c.path())
        .containsExactly("detail.requestParameters.challengeName");

    String failed =
        SampleEvents.json(CREATE)
            .replace(
                "\"requestParameters\": {",
                "\"errorCode\": \"UsernameExistsException\", \"errorMessage\": \"User account"
                    + " already exists\", \"requestParameters\": {");
    assertThat(rule.matches(failed)).isFalse();
    assertThat(
            rule.matches(SampleEvents.json(CREATE).replace("us-east-1_EXAMPLE", "us-east-1_OTHER")))
        .isFalse();
  }

  @Test
  void theModelReadsEachRecordWithItsSecretsHidden() {
    List<CloudTrailRecord> records =
        List.of(CREATE, SIGN_IN, CHANGE).stream()
            .map(f -> CloudTrailRecord.fromEventBridgeJson(SampleEvents.json(f)))
            .map(EventBridgeEvent::detail)
            .toList();
    assertThat(records)
        .extracting(CloudTrailRecord::operation)
        .containsExactly(
            CognitoOperation.ADMIN_CREATE_USER,
            CognitoOperation.ADMIN_INITIATE_AUTH,
            CognitoOperation.ADMIN_RESPOND_TO_AUTH_CHALLENGE);
    assertThat(records)
        .allSatisfy(r -> assertThat(r.userSub()).contains("7e1d2c3b-4a5f-4e6d-8c7b-9a0f1e2d3c4b"));

    AdminCreateUserRequest create =
        records.get(0).request(AdminCreateUserRequest.class).orElseThrow();
    assertThat(create.userPoolId()).isEqualTo("us-east-1_EXAMPLE");
    assertThat(create.username().isRedacted()).isTrue();
    assertThat(create.temporaryPassword().isRedacted()).isTrue();
    assertThat(create.userAttributes().isRedacted()).isTrue();
    assertThat(create.desiredDeliveryMediums()).containsExactly("EMAIL");
    assertThat(
            records
                .get(0)
                .response(AdminCreateUserResponse.class)
                .orElseThrow()
                .user()
                .orElseThrow()
                .userStatus())
        .isEqualTo("FORCE_CHANGE_PASSWORD");

    AdminInitiateAuthRequest signIn =
        records.get(1).request(AdminInitiateAuthRequest.class).orElseThrow();
    assertThat(signIn.authFlow()).isEqualTo("ADMIN_USER_PASSWORD_AUTH");
    assertThat(signIn.authParameters().isRedacted()).isTrue();
    AdminInitiateAuthResponse challenge =
        records.get(1).response(AdminInitiateAuthResponse.class).orElseThrow();
    assertThat(challenge.challengeName()).isEqualTo("NEW_PASSWORD_REQUIRED");
    assertThat(challenge.session().isRedacted()).isTrue();
    assertThat(challenge.authenticationResult()).isNull();

    AdminRespondToAuthChallengeRequest change =
        records.get(2).request(AdminRespondToAuthChallengeRequest.class).orElseThrow();
    assertThat(change.challengeName()).isEqualTo("NEW_PASSWORD_REQUIRED");
    assertThat(change.challengeResponses().isRedacted()).isTrue();
    AdminRespondToAuthChallengeResponse tokens =
        records.get(2).response(AdminRespondToAuthChallengeResponse.class).orElseThrow();
    assertThat(tokens.authenticationResult().orElseThrow().idToken().isRedacted()).isTrue();
    assertThat(tokens.authenticationResult().orElseThrow().expiresIn()).isEqualTo(3600);
    assertThat(records).allSatisfy(r -> assertThat(r.toString()).doesNotContain("sam.lee"));
  }
}
