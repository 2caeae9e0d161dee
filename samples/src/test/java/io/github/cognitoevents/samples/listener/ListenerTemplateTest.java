package io.github.cognitoevents.samples.listener;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.github.cognitoevents.model.cloudtrail.CognitoOperation;
import io.github.cognitoevents.pattern.EventPattern;
import io.github.cognitoevents.pattern.cognito.CognitoApiCalls;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ListenerTemplateTest {

  private final JsonNode template = ListenerTemplate.template(UserPoolClientListener.RULE).toJson();
  private final JsonNode resources = template.get("Resources");

  @Test
  void putsTheRenderedRuleInTheEventsRule() {
    JsonNode rule = resources.get("ClientChangesRule");
    assertThat(rule.get("Type").asText()).isEqualTo("AWS::Events::Rule");
    JsonNode pattern = rule.get("Properties").get("EventPattern");
    assertThat(pattern.isObject()).isTrue();
    assertThat(EventPattern.parse(pattern.toString()))
        .isEqualTo(CognitoApiCalls.userPoolClientChanges());
    assertThat(pattern.toString())
        .isEqualTo(
            "{\"source\":[\"aws.cognito-idp\"],\"detail\":{\"eventSource\":[\"cognito-idp.amazonaws.com\"],"
                + "\"eventType\":[\"AwsApiCall\"],\"eventName\":[\"DeleteUserPoolClient\",\"UpdateUserPoolClient\"]}}");
    assertThat(rule.get("Properties").get("State").asText()).isEqualTo("ENABLED");
    assertThat(rule.get("Properties").get("Targets").get(0).get("Arn").toString())
        .isEqualTo("{\"Fn::GetAtt\":[\"ListenerFunction\",\"Arn\"]}");
  }

  @Test
  void asksForAllManagementEventsWhenTheRuleHasReadOnlyOperations() {
    JsonNode t =
        ListenerTemplate.template(
                UserPoolClientListener.RULE.operations(CognitoOperation.DESCRIBE_USER_POOL_CLIENT))
            .toJson();
    assertThat(t.at("/Resources/ClientChangesRule/Properties/State").asText())
        .isEqualTo("ENABLED_WITH_ALL_CLOUDTRAIL_MANAGEMENT_EVENTS");
  }

  @Test
  void declaresTrailBucketFunctionAndPermission() throws Exception {
    List<String> names = new ArrayList<>();
    resources.fieldNames().forEachRemaining(names::add);
    assertThat(names)
        .containsExactly(
            "TrailBucket",
            "TrailBucketPolicy",
            "Trail",
            "ListenerFunctionRole",
            "ListenerFunction",
            "ClientChangesRule",
            "ClientChangesRuleInvokePermission");
    assertThat(resources.at("/Trail/Type").asText()).isEqualTo("AWS::CloudTrail::Trail");
    assertThat(resources.at("/Trail/Properties/IsLogging").asBoolean()).isTrue();
    assertThat(resources.at("/Trail/DependsOn/0").asText()).isEqualTo("TrailBucketPolicy");
    assertThat(resources.at("/ClientChangesRuleInvokePermission/Properties/Principal").asText())
        .isEqualTo("events.amazonaws.com");
    assertThat(resources.at("/ClientChangesRuleInvokePermission/Properties/SourceArn").toString())
        .isEqualTo("{\"Fn::GetAtt\":[\"ClientChangesRule\",\"Arn\"]}");
    String handler = resources.at("/ListenerFunction/Properties/Handler").asText();
    assertThat(handler)
        .isEqualTo(
            "io.github.cognitoevents.samples.listener.UserPoolClientListener::handleRequest");
    assertThat(Class.forName(handler.substring(0, handler.indexOf(':'))))
        .isEqualTo(UserPoolClientListener.class);
    assertThat(resources.at("/ListenerFunction/Properties/Runtime").asText()).isEqualTo("java17");
  }

  @Test
  void writesTheTemplateFile(@TempDir Path dir) throws Exception {
    Path json = dir.resolve("nested/listener.json");
    Path yaml = dir.resolve("listener.template.yaml");
    ListenerTemplate.main(new String[] {json.toString()});
    ListenerTemplate.main(new String[] {yaml.toString()});
    assertThat(new ObjectMapper().readTree(Files.readString(json))).isEqualTo(template);
    assertThat(new YAMLMapper().readTree(Files.readString(yaml))).isEqualTo(template);
  }
}
