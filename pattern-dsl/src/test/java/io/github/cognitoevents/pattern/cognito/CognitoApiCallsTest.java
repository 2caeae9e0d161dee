package io.github.cognitoevents.pattern.cognito;

import static io.github.cognitoevents.model.cloudtrail.CognitoOperation.DELETE_USER_POOL_CLIENT;
import static io.github.cognitoevents.model.cloudtrail.CognitoOperation.UPDATE_USER_POOL_CLIENT;
import static io.github.cognitoevents.pattern.Patterns.exists;
import static io.github.cognitoevents.pattern.Patterns.greaterThan;
import static io.github.cognitoevents.pattern.Patterns.prefix;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cognitoevents.model.cloudtrail.CognitoOperation;
import io.github.cognitoevents.model.cloudtrail.CognitoService;
import io.github.cognitoevents.model.cloudtrail.IdentityType;
import io.github.cognitoevents.model.cloudtrail.ManagedLoginEvent;
import io.github.cognitoevents.pattern.EventPattern;
import io.github.cognitoevents.pattern.InvalidEventPatternException;
import io.github.cognitoevents.pattern.RuleState;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Golden JSON for each Cognito rule variant, and the errors for combinations that make no sense.
 */
class CognitoApiCallsTest {

  private static final String SEED =
      "{\"source\":[\"aws.cognito-idp\"],\"detail\":{\"eventSource\":[\"cognito-idp.amazonaws.com\"],"
          + "\"eventType\":[\"AwsApiCall\"],\"eventName\":[\"DeleteUserPoolClient\",\"UpdateUserPoolClient\"]}}";

  private static final CognitoRule CLIENT_CHANGES =
      CognitoApiCalls.rule().operations(UPDATE_USER_POOL_CLIENT, DELETE_USER_POOL_CLIENT);

  /** Checks the exact compact JSON, and that parsing it gives back the same pattern. */
  private static void assertRenders(CognitoRule rule, String golden) {
    EventPattern built = rule.build();
    assertThat(built.toJson()).isEqualTo(golden);
    assertThat(EventPattern.parse(golden)).isEqualTo(built);
  }

  @Test
  void rendersTheSeedRuleExactly() {
    assertRenders(CLIENT_CHANGES, SEED);
    assertThat(CognitoApiCalls.userPoolClientChanges().toJson()).isEqualTo(SEED);
  }

  @Test
  void rendersTheSameSeedRuleWhateverTheOrderOfTheOperations() {
    assertRenders(
        CognitoApiCalls.rule()
            .operations(DELETE_USER_POOL_CLIENT)
            .operations(UPDATE_USER_POOL_CLIENT, DELETE_USER_POOL_CLIENT),
        SEED);
    assertRenders(
        CognitoApiCalls.rule()
            .operations(List.of(UPDATE_USER_POOL_CLIENT, DELETE_USER_POOL_CLIENT)),
        SEED);
  }

  @Test
  void narrowsToOnePool() {
    assertRenders(
        CLIENT_CHANGES.userPool("us-east-1_EXAMPLE"),
        "{\"source\":[\"aws.cognito-idp\"],\"detail\":{\"eventSource\":[\"cognito-idp.amazonaws.com\"],"
            + "\"eventType\":[\"AwsApiCall\"],\"eventName\":[\"DeleteUserPoolClient\",\"UpdateUserPoolClient\"],"
            + "\"requestParameters\":{\"userPoolId\":[\"us-east-1_EXAMPLE\"]}}}");
  }

  @Test
  void narrowsToOneClientOfOnePool() {
    assertRenders(
        CLIENT_CHANGES.appClient("1example23456789").userPool("us-east-1_EXAMPLE"),
        "{\"source\":[\"aws.cognito-idp\"],\"detail\":{\"eventSource\":[\"cognito-idp.amazonaws.com\"],"
            + "\"eventType\":[\"AwsApiCall\"],\"eventName\":[\"DeleteUserPoolClient\",\"UpdateUserPoolClient\"],"
            + "\"requestParameters\":{\"userPoolId\":[\"us-east-1_EXAMPLE\"],\"clientId\":[\"1example23456789\"]}}}");
  }

  @Test
  void excludesFailedCalls() {
    assertRenders(
        CLIENT_CHANGES.succeeded().userPool("us-east-1_EXAMPLE").appClient("1example23456789"),
        "{\"source\":[\"aws.cognito-idp\"],\"detail\":{\"eventSource\":[\"cognito-idp.amazonaws.com\"],"
            + "\"eventType\":[\"AwsApiCall\"],\"eventName\":[\"DeleteUserPoolClient\",\"UpdateUserPoolClient\"],"
            + "\"errorCode\":[{\"exists\":false}],"
            + "\"requestParameters\":{\"userPoolId\":[\"us-east-1_EXAMPLE\"],\"clientId\":[\"1example23456789\"]}}}");
  }

  @Test
  void keepsOnlyFailedCalls() {
    assertRenders(
        CLIENT_CHANGES.failed(),
        "{\"source\":[\"aws.cognito-idp\"],\"detail\":{\"eventSource\":[\"cognito-idp.amazonaws.com\"],"
            + "\"eventType\":[\"AwsApiCall\"],\"eventName\":[\"DeleteUserPoolClient\",\"UpdateUserPoolClient\"],"
            + "\"errorCode\":[{\"exists\":true}]}}");
  }

  @Test
  void oRsSeveralPoolsAndClients() {
    assertRenders(
        CLIENT_CHANGES
            .userPool("us-east-1_A", "us-east-1_B")
            .userPool("us-east-1_A", "eu-west-1_C"),
        "{\"source\":[\"aws.cognito-idp\"],\"detail\":{\"eventSource\":[\"cognito-idp.amazonaws.com\"],"
            + "\"eventType\":[\"AwsApiCall\"],\"eventName\":[\"DeleteUserPoolClient\",\"UpdateUserPoolClient\"],"
            + "\"requestParameters\":{\"userPoolId\":[\"us-east-1_A\",\"us-east-1_B\",\"eu-west-1_C\"]}}}");
  }

  @Test
  void rendersManagedLoginServiceEventsInsteadOfApiCalls() {
    assertRenders(
        CognitoApiCalls.managedLogin()
            .events(ManagedLoginEvent.TOKEN_POST, ManagedLoginEvent.LOGIN_GET)
            .userPool("us-west-2_aaaaaaaaa")
            .appClient("1example23456789")
            .succeeded(),
        "{\"source\":[\"aws.cognito-idp\"],\"detail\":{\"eventSource\":[\"cognito-idp.amazonaws.com\"],"
            + "\"eventType\":[\"AwsServiceEvent\"],\"eventName\":[\"Login_GET\",\"Token_POST\"],"
            + "\"errorCode\":[{\"exists\":false},\"\"],"
            + "\"additionalEventData\":{\"userPoolId\":[\"us-west-2_aaaaaaaaa\"],"
            + "\"requestParameters\":{\"client_id\":[\"1example23456789\"]}}}}");
  }

  @Test
  void treatsAnEmptyErrorCodeOfAManagedLoginEventAsSuccess() {
    assertRenders(
        CognitoApiCalls.managedLogin().failed(),
        "{\"source\":[\"aws.cognito-idp\"],\"detail\":{\"eventSource\":[\"cognito-idp.amazonaws.com\"],"
            + "\"eventType\":[\"AwsServiceEvent\"],\"errorCode\":[{\"anything-but\":\"\"}]}}");
  }

  @Test
  void filtersOnTheCaller() {
    assertRenders(
        CognitoApiCalls.rule()
            .operations(CognitoOperation.ADMIN_DELETE_USER)
            .callerType(IdentityType.ASSUMED_ROLE, IdentityType.IAM_USER)
            .callerArn("arn:aws:iam::123456789012:user/alice")
            .callerRole("arn:aws:iam::123456789012:role/deployer")
            .sourceIpIn("203.0.113.0/24", "2001:db8::/32"),
        "{\"source\":[\"aws.cognito-idp\"],\"detail\":{\"eventSource\":[\"cognito-idp.amazonaws.com\"],"
            + "\"eventType\":[\"AwsApiCall\"],\"eventName\":[\"AdminDeleteUser\"],"
            + "\"userIdentity\":{\"type\":[\"AssumedRole\",\"IAMUser\"],"
            + "\"arn\":[\"arn:aws:iam::123456789012:user/alice\"],"
            + "\"sessionContext\":{\"sessionIssuer\":{\"arn\":[\"arn:aws:iam::123456789012:role/deployer\"]}}},"
            + "\"sourceIPAddress\":[{\"cidr\":\"203.0.113.0/24\"},{\"cidr\":\"2001:db8::/32\"}]}}");
  }

  @Test
  void mergesTypedFieldConditionsIntoTheSameObjects() {
    assertRenders(
        CognitoApiCalls.rule()
            .operations(UPDATE_USER_POOL_CLIENT)
            .userPool("us-east-1_EXAMPLE")
            .where(CloudTrailField.UpdateUserPoolClient.CALLBACK_URLS, prefix("http://"))
            .where(CloudTrailField.UpdateUserPoolClient.ACCESS_TOKEN_VALIDITY, greaterThan(60))
            .where(CloudTrailField.UpdateUserPoolClient.RESPONSE_CLIENT_NAME, exists())
            .where(CloudTrailField.AWS_REGION, "us-east-1"),
        "{\"source\":[\"aws.cognito-idp\"],\"detail\":{\"eventSource\":[\"cognito-idp.amazonaws.com\"],"
            + "\"eventType\":[\"AwsApiCall\"],\"eventName\":[\"UpdateUserPoolClient\"],"
            + "\"requestParameters\":{\"userPoolId\":[\"us-east-1_EXAMPLE\"],"
            + "\"callbackURLs\":[{\"prefix\":\"http://\"}],"
            + "\"accessTokenValidity\":[{\"numeric\":[\">\",60]}]},"
            + "\"responseElements\":{\"userPoolClient\":{\"clientName\":[{\"exists\":true}]}},"
            + "\"awsRegion\":[\"us-east-1\"]}}");
  }

  @Test
  void expandsReadOnlyToTheModelsReadOnlyOperations() {
    EventPattern pattern = CognitoApiCalls.rule().readOnly().build();
    List<String> expected =
        Arrays.stream(CognitoOperation.values())
            .filter(CognitoOperation::isReadOnly)
            .filter(op -> op.service() == CognitoService.USER_POOLS)
            .map(CognitoOperation::apiName)
            .sorted()
            .collect(Collectors.toList());
    assertThat(expected).contains("DescribeUserPool", "ListUsers", "AdminGetUser");
    String list = expected.stream().map(n -> "\"" + n + "\"").collect(Collectors.joining(","));
    assertThat(pattern.toJson())
        .isEqualTo(
            "{\"source\":[\"aws.cognito-idp\"],\"detail\":{\"eventSource\":[\"cognito-idp.amazonaws.com\"],"
                + "\"eventType\":[\"AwsApiCall\"],\"eventName\":["
                + list
                + "]}}");
    assertThat(CognitoApiCalls.rule().readOnly().ruleState())
        .isEqualTo(RuleState.ENABLED_WITH_ALL_CLOUDTRAIL_MANAGEMENT_EVENTS);
  }

  @Test
  void rendersMutatingAsAnythingButTheReadOnlyOperations() {
    String json = CognitoApiCalls.rule().mutating().toJson();
    assertThat(json)
        .startsWith(
            "{\"source\":[\"aws.cognito-idp\"],\"detail\":{\"eventSource\":[\"cognito-idp.amazonaws.com\"],"
                + "\"eventType\":[\"AwsApiCall\"],\"eventName\":[{\"anything-but\":[\"AdminGetDevice\",")
        .doesNotContain("\"UpdateUserPoolClient\"")
        .hasSizeLessThanOrEqualTo(2048);
    assertThat(CognitoApiCalls.rule().mutating().matchedOperations())
        .contains(UPDATE_USER_POOL_CLIENT)
        .doesNotContain(CognitoOperation.LIST_USERS, CognitoOperation.UNKNOWN);
  }

  @Test
  void tellsWhichRuleStateTheOperationsNeed() {
    assertThat(CLIENT_CHANGES.ruleState()).isEqualTo(RuleState.ENABLED);
    assertThat(CLIENT_CHANGES.operations(CognitoOperation.DESCRIBE_USER_POOL_CLIENT).ruleState())
        .isEqualTo(RuleState.ENABLED_WITH_ALL_CLOUDTRAIL_MANAGEMENT_EVENTS);
    assertThat(CognitoApiCalls.managedLogin().ruleState()).isEqualTo(RuleState.ENABLED);
  }

  @Test
  void leavesTheRuleItNarrowsUnchanged() {
    CognitoRule base = CognitoApiCalls.rule().operations(UPDATE_USER_POOL_CLIENT);
    String before = base.toJson();
    base.userPool("us-east-1_A").succeeded().callerType(IdentityType.ROOT);
    assertThat(base.toJson()).isEqualTo(before);
    assertThat(base).hasToString(before);
  }

  @Test
  void matchesEveryApiCallWhenNotNarrowed() {
    assertRenders(
        CognitoApiCalls.rule(),
        "{\"source\":[\"aws.cognito-idp\"],\"detail\":{\"eventSource\":[\"cognito-idp.amazonaws.com\"],"
            + "\"eventType\":[\"AwsApiCall\"]}}");
  }

  // ---- errors -------------------------------------------------------------------------------

  @Test
  void rejectsTheUnknownOperation() {
    assertThatThrownBy(() -> CognitoApiCalls.rule().operations(CognitoOperation.UNKNOWN))
        .isInstanceOf(InvalidCognitoRuleException.class)
        .hasMessage("operations: UNKNOWN is not an operation a rule can name");
    assertThatThrownBy(() -> CognitoApiCalls.managedLogin().events(ManagedLoginEvent.UNKNOWN))
        .isInstanceOf(InvalidCognitoRuleException.class)
        .hasMessage("events: UNKNOWN is not an event a rule can name");
  }

  @Test
  void rejectsSucceededTogetherWithFailed() {
    assertThatThrownBy(() -> CLIENT_CHANGES.succeeded().failed())
        .isInstanceOf(InvalidCognitoRuleException.class)
        .hasMessage("errorCode: the rule already keeps only succeeded calls");
  }

  @Test
  void rejectsNamedOperationsTogetherWithTheReadOnlyFilter() {
    assertThatThrownBy(() -> CLIENT_CHANGES.readOnly())
        .isInstanceOf(InvalidCognitoRuleException.class)
        .hasMessage(
            "readOnly: the rule already names operations [DeleteUserPoolClient, UpdateUserPoolClient]");
    assertThatThrownBy(() -> CognitoApiCalls.rule().mutating().operations(UPDATE_USER_POOL_CLIENT))
        .isInstanceOf(InvalidCognitoRuleException.class)
        .hasMessageStartingWith("operations: the rule already selects operations by mutating()");
    assertThatThrownBy(() -> CognitoApiCalls.rule().readOnly().mutating())
        .isInstanceOf(InvalidCognitoRuleException.class)
        .hasMessage("mutating: the rule already selects readOnly() operations");
  }

  @Test
  void rejectsOperationsOnManagedLoginAndEventsOnApiCalls() {
    assertThatThrownBy(() -> CognitoApiCalls.managedLogin().operations(UPDATE_USER_POOL_CLIENT))
        .isInstanceOf(InvalidCognitoRuleException.class)
        .hasMessageStartingWith("operations: managed login events are not API operations");
    assertThatThrownBy(() -> CognitoApiCalls.rule().events(ManagedLoginEvent.TOKEN_POST))
        .isInstanceOf(InvalidCognitoRuleException.class)
        .hasMessageStartingWith("events: API call rules name operations");
  }

  @Test
  void rejectsAFieldThatNoneOfTheOperationsSends() {
    assertThatThrownBy(
            () ->
                CognitoApiCalls.rule()
                    .operations(DELETE_USER_POOL_CLIENT)
                    .where(CloudTrailField.UpdateUserPoolClient.CLIENT_NAME, "admin")
                    .build())
        .isInstanceOf(InvalidCognitoRuleException.class)
        .hasMessage(
            "detail.requestParameters.clientName: only [UpdateUserPoolClient] records have this"
                + " field, and the rule matches none of them (it matches [DeleteUserPoolClient])");
  }

  @Test
  void rejectsTwoConditionsOnOneField() {
    assertThatThrownBy(
            () ->
                CLIENT_CHANGES
                    .where(CloudTrailField.AWS_REGION, "us-east-1")
                    .where(CloudTrailField.AWS_REGION, "eu-west-1"))
        .isInstanceOf(InvalidCognitoRuleException.class)
        .hasMessage(
            "detail.awsRegion: the rule already has a condition there; give all values in one call");
    assertThatThrownBy(
            () ->
                CLIENT_CHANGES
                    .userPool("us-east-1_A")
                    .where(CloudTrailField.UpdateUserPoolClient.USER_POOL_ID, "us-east-1_B")
                    .build())
        .isInstanceOf(InvalidCognitoRuleException.class)
        .hasMessage(
            "detail.requestParameters.userPoolId: the rule already has a condition on this field"
                + " or on a field inside it");
  }

  @Test
  void rejectsEmptyValuesAndANonRoleArn() {
    assertThatThrownBy(() -> CLIENT_CHANGES.userPool(""))
        .isInstanceOf(InvalidCognitoRuleException.class)
        .hasMessage("userPool: the value must be a non-empty string, not \"\"");
    assertThatThrownBy(() -> CLIENT_CHANGES.appClient("c", (String) null))
        .isInstanceOf(InvalidCognitoRuleException.class)
        .hasMessage("appClient: the value must be a non-empty string, not null");
    assertThatThrownBy(() -> CLIENT_CHANGES.callerRole("arn:aws:iam::123456789012:user/alice"))
        .isInstanceOf(InvalidCognitoRuleException.class)
        .hasMessage(
            "callerRole: value 1 is not an IAM role ARN (arn:PARTITION:iam::ACCOUNT:role/NAME):"
                + " the resource is not role/NAME");
    assertThatThrownBy(() -> CLIENT_CHANGES.callerType(IdentityType.UNKNOWN))
        .isInstanceOf(InvalidCognitoRuleException.class)
        .hasMessageStartingWith("userIdentity.type: UNKNOWN is not a value a rule can name");
  }

  @Test
  void rejectsAMalformedCidrWithEventBridgesMessage() {
    assertThatThrownBy(() -> CLIENT_CHANGES.sourceIpIn("10.0.0.0/33"))
        .isInstanceOf(InvalidEventPatternException.class)
        .hasMessageStartingWith(InvalidEventPatternException.PREFIX);
  }

  @Test
  void describesAnInvalidRuleInToStringInsteadOfThrowing() {
    CognitoRule broken =
        CognitoApiCalls.rule()
            .operations(DELETE_USER_POOL_CLIENT)
            .where(CloudTrailField.UpdateUserPoolClient.CLIENT_NAME, "x");
    assertThat(broken.toString()).startsWith("CognitoRule(invalid: detail.requestParameters");
  }
}
