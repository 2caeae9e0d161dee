package io.github.cognitoevents.samples;

import static io.github.cognitoevents.pattern.Patterns.exists;
import static io.github.cognitoevents.pattern.Patterns.greaterThan;
import static io.github.cognitoevents.pattern.Patterns.prefix;
import static io.github.cognitoevents.testkit.junit.PatternAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cognitoevents.model.CognitoEvent;
import io.github.cognitoevents.model.CognitoEvents;
import io.github.cognitoevents.model.cloudtrail.CloudTrailRecord;
import io.github.cognitoevents.model.cloudtrail.CognitoOperation;
import io.github.cognitoevents.model.cloudtrail.CreateUserPoolRequest;
import io.github.cognitoevents.model.cloudtrail.CreateUserPoolResponse;
import io.github.cognitoevents.model.eventbridge.EventBridgeEvent;
import io.github.cognitoevents.model.trigger.PreSignUpEvent;
import io.github.cognitoevents.model.trigger.TriggerEvents;
import io.github.cognitoevents.pattern.EventPattern;
import io.github.cognitoevents.pattern.cognito.CloudTrailField;
import io.github.cognitoevents.pattern.cognito.CognitoApiCalls;
import io.github.cognitoevents.pattern.cognito.RequestFields;
import io.github.cognitoevents.patterntest.PatternMatcher;
import io.github.cognitoevents.samples.listener.ClientChange;
import io.github.cognitoevents.samples.listener.UserPoolClientListener;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The Java blocks proposed for README.md (see samples/README-SECTIONS.md), compiled and run. Each
 * region between {@code // example: NAME} and {@code // end example} is what the README shows.
 */
class ReadmeSnippetsTest {

  @Test
  void modelReadsATypedCloudTrailEvent() throws Exception {
    String json = Files.readString(Path.of("events", "delete-user-pool-client.json"));
    // example: model-typed-events
    EventBridgeEvent<CloudTrailRecord> event = CloudTrailRecord.fromEventBridgeJson(json);
    CloudTrailRecord record = event.detail();
    if (record.operation() == CognitoOperation.DELETE_USER_POOL_CLIENT && !record.isFailed()) {
      record
          .userPoolClient()
          .ifPresent(c -> System.out.println("deleted " + c.clientId() + " of " + c.userPoolId()));
    }
    // end example
    assertThat(record.userPoolClient()).isPresent();
    CognitoEvent any = CognitoEvents.parse(json);
    assertThat(any).isInstanceOf(CognitoEvent.CloudTrailViaEventBridge.class);
  }

  @Test
  void modelTypesEveryOperation() {
    String json =
        io.github.cognitoevents.testkit.generate.EventGenerator.seeded(5)
            .nextJson(CognitoOperation.CREATE_USER_POOL, false);
    List<String> out = new ArrayList<>();
    // example: model-every-operation
    CloudTrailRecord record = CognitoEvents.parse(json).cloudTrailRecord().orElseThrow();
    record
        .request(CreateUserPoolRequest.class)
        .ifPresent(pool -> out.add(pool.poolName() + ": " + pool.lambdaConfig().preSignUp()));
    record
        .response(CreateUserPoolResponse.class)
        .map(CreateUserPoolResponse::userPool)
        .ifPresent(created -> out.add(created.id() + " at " + created.creationDateInstant()));
    // end example
    assertThat(out).hasSize(2);
    assertThat(out.get(1)).matches(".* at \\d{4}-.*Z");
  }

  @Test
  void patternDslFiltersOnAnyRequestField() {
    // example: pattern-request-fields
    EventPattern triggerChanged =
        CognitoApiCalls.rule()
            .operations(CognitoOperation.UPDATE_USER_POOL)
            .where(RequestFields.UpdateUserPool.LambdaConfig.PRE_TOKEN_GENERATION, exists())
            .build();
    // ..."eventName":["UpdateUserPool"],
    //    "requestParameters":{"lambdaConfig":{"preTokenGeneration":[{"exists":true}]}}}}
    // end example
    assertThat(triggerChanged.toJson())
        .endsWith(
            "\"eventName\":[\"UpdateUserPool\"],"
                + "\"requestParameters\":{\"lambdaConfig\":{\"preTokenGeneration\":[{\"exists\":true}]}}}}");
  }

  @Test
  void modelParsesATriggerEvent() {
    String json = SampleEvents.json("pre-sign-up.json");
    // example: model-trigger
    PreSignUpEvent event = TriggerEvents.parse(json, PreSignUpEvent.class);
    PreSignUpEvent reply =
        event.withResponse(
            PreSignUpEvent.Response.empty().withAutoConfirmUser(true).withAutoVerifyEmail(true));
    String replyJson = TriggerEvents.write(reply);
    // end example
    assertThat(replyJson).contains("\"autoConfirmUser\":true");
  }

  @Test
  void patternDslBuildsTheSeedRuleAndAStricterOne() {
    // example: pattern-cognito-rule
    EventPattern seed =
        CognitoApiCalls.rule()
            .operations(
                CognitoOperation.UPDATE_USER_POOL_CLIENT, CognitoOperation.DELETE_USER_POOL_CLIENT)
            .build();
    // {"source":["aws.cognito-idp"],"detail":{"eventSource":["cognito-idp.amazonaws.com"],
    //  "eventType":["AwsApiCall"],"eventName":["DeleteUserPoolClient","UpdateUserPoolClient"]}}
    String json = seed.toJson();

    EventPattern strict =
        CognitoApiCalls.rule()
            .operations(CognitoOperation.UPDATE_USER_POOL_CLIENT)
            .userPool("us-east-1_EXAMPLE")
            .succeeded()
            .where(CloudTrailField.UpdateUserPoolClient.CALLBACK_URLS, prefix("http://"))
            .where(CloudTrailField.UpdateUserPoolClient.ACCESS_TOKEN_VALIDITY, greaterThan(60))
            .build();
    // for the CDK's CfnRule.Builder.eventPattern(Object): plain, unmodifiable maps and lists
    Map<String, Object> forCdk = strict.toMap();
    // end example
    assertThat(json)
        .isEqualTo(
            "{\"source\":[\"aws.cognito-idp\"],\"detail\":{\"eventSource\":[\"cognito-idp.amazonaws.com\"],"
                + "\"eventType\":[\"AwsApiCall\"],\"eventName\":[\"DeleteUserPoolClient\",\"UpdateUserPoolClient\"]}}");
    assertThat(strict.toJson())
        .contains("\"callbackURLs\":[{\"prefix\":\"http://\"}]")
        .contains("\"accessTokenValidity\":[{\"numeric\":[\">\",60]}]");
    assertThat(forCdk).containsOnlyKeys("source", "detail");
  }

  @Test
  void patternTestChecksARuleOffline() throws Exception {
    // example: pattern-test-offline
    EventPattern rule =
        CognitoApiCalls.rule()
            .operations(
                CognitoOperation.UPDATE_USER_POOL_CLIENT, CognitoOperation.DELETE_USER_POOL_CLIENT)
            .succeeded()
            .build();
    assertThat(rule) // PatternAssertions.assertThat, from cognito-events-testkit
        .matches(Path.of("events", "update-user-pool-client.json"))
        .doesNotMatch(Path.of("events", "update-user-pool-client-failed.json"));

    PatternMatcher matcher = PatternMatcher.compile(rule);
    String other = Files.readString(Path.of("events", "create-user-pool-client.json"));
    System.out.println(matcher.explain(other));
    // end example
    assertThat(matcher.explain(other).matched()).isFalse();
    assertThat(rule.equals(UserPoolClientListener.RULE.succeeded().build())).isTrue();
  }

  @Test
  void samplesListener() throws Exception {
    // example: samples-listener
    List<ClientChange> changes = new ArrayList<>();
    UserPoolClientListener listener = new UserPoolClientListener(changes::add);
    try (var in = Files.newInputStream(Path.of("events", "delete-user-pool-client.json"))) {
      listener.handleRequest(in, System.out, null);
    }
    // changes: [Deleted[userPoolId=us-east-1_EXAMPLE, clientId=7abcdefexample0123456789xy, ...]]

    // end example
    assertThat(changes).singleElement().isInstanceOf(ClientChange.Deleted.class);
  }
}
