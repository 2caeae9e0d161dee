package io.github.cognitoevents.infra.monitor;

import static io.github.cognitoevents.model.cloudtrail.CognitoOperation.DELETE_USER_POOL_CLIENT;
import static io.github.cognitoevents.model.cloudtrail.CognitoOperation.DESCRIBE_USER_POOL_CLIENT;
import static io.github.cognitoevents.model.cloudtrail.CognitoOperation.UPDATE_USER_POOL_CLIENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.cognitoevents.infra.CfnValue;
import io.github.cognitoevents.infra.Golden;
import io.github.cognitoevents.infra.InvalidTemplateException;
import io.github.cognitoevents.infra.Template;
import io.github.cognitoevents.pattern.EventPattern;
import io.github.cognitoevents.pattern.RuleState;
import io.github.cognitoevents.pattern.cognito.CognitoApiCalls;
import io.github.cognitoevents.pattern.cognito.CognitoRule;
import org.junit.jupiter.api.Test;

class ApiCallMonitorTest {

  static final CognitoRule SEED =
      CognitoApiCalls.rule().operations(UPDATE_USER_POOL_CLIENT, DELETE_USER_POOL_CLIENT);

  static final LambdaFunction LISTENER =
      LambdaFunction.java17(
          "ListenerFunction",
          "com.example.Listener::handleRequest",
          CfnValue.ref("CodeBucket"),
          CfnValue.ref("CodeKey"));

  @Test
  void rendersTheSeedMonitorAsGoldenJsonAndYaml() {
    Template t =
        ApiCallMonitor.forRule(SEED).ruleId("ClientChangesRule").function(LISTENER).template();

    Golden.assertMatches("seed-monitor.template.json", t.toJsonText());
    Golden.assertMatches("seed-monitor.template.yaml", t.toYaml());
  }

  @Test
  void theRulePatternIsTheRenderedPatternAndTheStateTheOneTheRuleNeeds() throws Exception {
    Template t = ApiCallMonitor.forRule(SEED).function(LISTENER).template();
    JsonNode props = t.resource("CognitoApiCallRule").orElseThrow().path("Properties");

    assertThat(EventPattern.parse(props.path("EventPattern").toString())).isEqualTo(SEED.build());
    assertThat(props.path("State").asText()).isEqualTo("ENABLED");

    Template readOnly =
        ApiCallMonitor.forRule(SEED.operations(DESCRIBE_USER_POOL_CLIENT))
            .function(LISTENER)
            .template();
    assertThat(
            readOnly.resource("CognitoApiCallRule").orElseThrow().at("/Properties/State").asText())
        .isEqualTo(RuleState.ENABLED_WITH_ALL_CLOUDTRAIL_MANAGEMENT_EVENTS.name());
  }

  @Test
  void anExistingFunctionOnACustomBusWithoutTrailGetsOnlyTheRuleAndItsPermission() {
    CfnValue arn = CfnValue.of("arn:aws:lambda:us-east-1:123456789012:function:listener");

    Template t =
        ApiCallMonitor.forPattern(SEED.build(), RuleState.ENABLED)
            .existingFunction(arn)
            .eventBus(CfnValue.of("audit"))
            .withoutTrail()
            .template();

    assertThat(t.resourceIds())
        .containsExactly("CognitoApiCallRule", "CognitoApiCallRuleInvokePermission");
    JsonNode rule = t.resource("CognitoApiCallRule").orElseThrow().path("Properties");
    assertThat(rule.path("EventBusName").asText()).isEqualTo("audit");
    assertThat(rule.at("/Targets/0/Arn").asText()).isEqualTo(arn.literal().orElseThrow());
    JsonNode permission =
        t.resource("CognitoApiCallRuleInvokePermission").orElseThrow().path("Properties");
    assertThat(permission.path("Principal").asText()).isEqualTo("events.amazonaws.com");
    assertThat(permission.path("SourceArn").toString())
        .isEqualTo("{\"Fn::GetAtt\":[\"CognitoApiCallRule\",\"Arn\"]}");
  }

  @Test
  void refusesAMonitorWithoutTargetAndFunctionsOutOfLambdaLimits() {
    assertThatThrownBy(() -> ApiCallMonitor.forRule(SEED).template())
        .isInstanceOf(InvalidTemplateException.class)
        .hasMessageContaining("give the function it invokes");
    assertThatThrownBy(() -> LISTENER.withSize(64, 30))
        .isInstanceOf(InvalidTemplateException.class)
        .hasMessageContaining("MemorySize");
    assertThatThrownBy(
            () ->
                new LambdaFunction(
                    "F", "h::h", "nodejs20.x", 512, 30, CfnValue.of("b"), CfnValue.of("k")))
        .isInstanceOf(InvalidTemplateException.class)
        .hasMessageContaining("Java runtime");
  }
}
