package io.github.cognitoevents.samples.listener;

import static io.github.cognitoevents.pattern.Patterns.prefix;
import static io.github.cognitoevents.samples.SampleEvents.path;
import static io.github.cognitoevents.testkit.junit.PatternAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cognitoevents.model.cloudtrail.CognitoOperation;
import io.github.cognitoevents.model.cloudtrail.IdentityType;
import io.github.cognitoevents.model.cloudtrail.ManagedLoginEvent;
import io.github.cognitoevents.pattern.EventPattern;
import io.github.cognitoevents.pattern.cognito.CloudTrailField;
import io.github.cognitoevents.pattern.cognito.CognitoApiCalls;
import io.github.cognitoevents.pattern.cognito.CognitoRule;
import io.github.cognitoevents.patterntest.PatternMatcher;
import io.github.cognitoevents.samples.SampleEvents;
import io.github.cognitoevents.testkit.generate.EventGenerator;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/**
 * The Cognito rules of the samples checked with the local matcher, against the bundled events and
 * against generated ones (each verdict compared with an independent oracle over the event's
 * fields).
 */
class ClientChangeRulesTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static final EventPattern SEED = UserPoolClientListener.RULE.build();
  private static final EventPattern STRICT =
      UserPoolClientListener.RULE
          .userPool("us-east-1_EXAMPLE")
          .appClient("1example23456789")
          .succeeded()
          .build();

  @Test
  void seedRuleMatchesUpdatesDeletesAndFailuresOnly() {
    assertThat(SEED)
        .matches(
            path("update-user-pool-client.json"),
            path("delete-user-pool-client.json"),
            path("update-user-pool-client-failed.json"))
        .doesNotMatch(
            path("create-user-pool-client.json"),
            path("describe-user-pool-client.json"),
            path("token-post.json"));
  }

  @Test
  void strictRuleKeepsOnlySuccessfulCallsOnTheOneClient() {
    assertThat(STRICT)
        .matches(path("update-user-pool-client.json"))
        .doesNotMatch(
            path("delete-user-pool-client.json"),
            path("update-user-pool-client-failed.json"),
            path("create-user-pool-client.json"));
  }

  @Test
  void failedOnlyRuleMatchesTheFailedUpdate() {
    assertThat(UserPoolClientListener.RULE.failed().build())
        .matches(path("update-user-pool-client-failed.json"))
        .doesNotMatch(path("update-user-pool-client.json"), path("delete-user-pool-client.json"));
  }

  @Test
  void callerFiltersMatchTheSampleCaller() {
    CognitoRule base = UserPoolClientListener.RULE;
    assertThat(base.callerRole("arn:aws:iam::123456789012:role/PlatformAdmin").build())
        .matches(path("update-user-pool-client.json"), path("delete-user-pool-client.json"));
    assertThat(base.callerRole("arn:aws:iam::123456789012:role/ci-deployer").build())
        .doesNotMatch(path("update-user-pool-client.json"));
    assertThat(base.callerType(IdentityType.ASSUMED_ROLE).build())
        .matches(path("update-user-pool-client.json"));
    assertThat(base.callerType(IdentityType.IAM_USER, IdentityType.ROOT).build())
        .doesNotMatch(path("update-user-pool-client.json"));
    assertThat(base.sourceIpIn("203.0.113.0/24").build())
        .matches(path("update-user-pool-client.json"));
    assertThat(base.sourceIpIn("198.51.100.0/24", "2001:db8::/32").build())
        .doesNotMatch(path("update-user-pool-client.json"));
  }

  @Test
  void typedFieldAndReadOnlyFiltersMatchTheSampleEvents() {
    assertThat(
            CognitoApiCalls.rule()
                .operations(CognitoOperation.UPDATE_USER_POOL_CLIENT)
                .where(CloudTrailField.UpdateUserPoolClient.CALLBACK_URLS, prefix("http://"))
                .build())
        .matches(path("update-user-pool-client.json"))
        .doesNotMatch(path("update-user-pool-client-failed.json"));
    assertThat(CognitoApiCalls.rule().readOnly().build())
        .matches(path("describe-user-pool-client.json"))
        .doesNotMatch(path("update-user-pool-client.json"), path("token-post.json"));
    assertThat(CognitoApiCalls.rule().mutating().build())
        .matches(
            path("update-user-pool-client.json"),
            path("delete-user-pool-client.json"),
            path("create-user-pool-client.json"))
        .doesNotMatch(path("describe-user-pool-client.json"), path("token-post.json"));
  }

  @Test
  void managedLoginRuleMatchesTokenRequestsWithAbsentOrEmptyErrorCode() throws Exception {
    EventPattern tokens =
        CognitoApiCalls.managedLogin()
            .events(ManagedLoginEvent.TOKEN_POST)
            .userPool("us-east-1_EXAMPLE")
            .appClient("1example23456789")
            .succeeded()
            .build();
    ObjectNode emptyError = (ObjectNode) JSON.readTree(SampleEvents.json("token-post.json"));
    ((ObjectNode) emptyError.get("detail")).put("errorCode", "").put("errorMessage", "");
    ObjectNode realError = emptyError.deepCopy();
    ((ObjectNode) realError.get("detail")).put("errorCode", "InvalidGrantException");
    assertThat(tokens)
        .matches(path("token-post.json"))
        .matches(emptyError)
        .doesNotMatch(realError)
        .doesNotMatch(path("update-user-pool-client.json"));
  }

  @Test
  void failureMessageShowsTheFailedCondition() {
    try {
      assertThat(STRICT).matches(path("delete-user-pool-client.json"));
    } catch (AssertionFailedError e) {
      assertThat(e.getMessage())
          .contains("detail.requestParameters.clientId")
          .contains("7abcdefexample0123456789xy");
      return;
    }
    throw new AssertionError("the strict rule must not match another client's deletion");
  }

  @Test
  void agreesWithAnOracleOnGeneratedEvents() throws Exception {
    Set<String> readOnly = Set.of(readOnlyNames());
    check(
        SEED,
        4000,
        e ->
            apiCall(e) && Set.of("UpdateUserPoolClient", "DeleteUserPoolClient").contains(name(e)));
    check(
        CognitoApiCalls.rule().readOnly().build(),
        4000,
        e -> apiCall(e) && readOnly.contains(name(e)));
    check(
        CognitoApiCalls.rule().mutating().build(),
        4000,
        e -> apiCall(e) && !readOnly.contains(name(e)));
    check(
        CognitoApiCalls.rule().failed().build(),
        4000,
        e -> apiCall(e) && e.path("detail").has("errorCode"));
  }

  @Test
  void strictRuleAgreesWithAnOracleOnMutatedClientEvents() throws Exception {
    JsonNode base = JSON.readTree(SampleEvents.json("update-user-pool-client.json"));
    SplittableRandom random = new SplittableRandom(20261123L);
    String[] names = {
      "UpdateUserPoolClient",
      "DeleteUserPoolClient",
      "CreateUserPoolClient",
      "DescribeUserPoolClient"
    };
    String[] pools = {"us-east-1_EXAMPLE", "us-east-1_OTHER", null};
    String[] clients = {"1example23456789", "2otherclient00000000000000", null};
    PatternMatcher matcher = PatternMatcher.compile(STRICT);
    int matched = 0;
    for (int i = 0; i < 3000; i++) {
      ObjectNode event = base.deepCopy();
      ObjectNode detail = (ObjectNode) event.get("detail");
      String name = names[random.nextInt(names.length)];
      String pool = pools[random.nextInt(pools.length)];
      String client = clients[random.nextInt(clients.length)];
      boolean error = random.nextInt(4) == 0;
      detail.put("eventName", name);
      ObjectNode request = (ObjectNode) detail.get("requestParameters");
      setOrRemove(request, "userPoolId", pool);
      setOrRemove(request, "clientId", client);
      if (error) {
        detail.put("errorCode", "NotAuthorizedException");
      }
      boolean expected =
          (name.equals("UpdateUserPoolClient") || name.equals("DeleteUserPoolClient"))
              && "us-east-1_EXAMPLE".equals(pool)
              && "1example23456789".equals(client)
              && !error;
      matched += expected ? 1 : 0;
      assertThat(matcher.matches(event)).as("event %d: %s", i, detail).isEqualTo(expected);
    }
    assertThat(matched).as("both verdicts are exercised").isBetween(50, 2950);
  }

  private static void setOrRemove(ObjectNode node, String field, String value) {
    if (value == null) {
      node.remove(field);
    } else {
      node.put(field, value);
    }
  }

  private static String[] readOnlyNames() {
    return java.util.Arrays.stream(CognitoOperation.values())
        .filter(CognitoOperation::isReadOnly)
        .filter(
            op ->
                op.service() == io.github.cognitoevents.model.cloudtrail.CognitoService.USER_POOLS)
        .map(CognitoOperation::apiName)
        .toArray(String[]::new);
  }

  private static boolean apiCall(JsonNode e) {
    return "aws.cognito-idp".equals(e.path("source").asText())
        && "cognito-idp.amazonaws.com".equals(e.path("detail").path("eventSource").asText())
        && "AwsApiCall".equals(e.path("detail").path("eventType").asText());
  }

  private static String name(JsonNode e) {
    return e.path("detail").path("eventName").asText();
  }

  private static void check(EventPattern pattern, int count, Predicate<JsonNode> oracle)
      throws Exception {
    PatternMatcher matcher = PatternMatcher.compile(pattern);
    EventGenerator events = EventGenerator.seeded(7).withQuirks(true);
    int matched = 0;
    for (int i = 0; i < count; i++) {
      String json = events.nextJson();
      boolean expected = oracle.test(JSON.readTree(json));
      matched += expected ? 1 : 0;
      if (matcher.matches(json) != expected) {
        throw new AssertionError(pattern + " should " + (expected ? "" : "not ") + "match " + json);
      }
    }
    assertThat(matched).as("matches for %s", pattern).isPositive().isLessThan(count);
  }
}
