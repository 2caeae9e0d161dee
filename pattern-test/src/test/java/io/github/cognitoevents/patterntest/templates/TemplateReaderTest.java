package io.github.cognitoevents.patterntest.templates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cognitoevents.pattern.RuleState;
import io.github.cognitoevents.patterntest.Rule;
import io.github.cognitoevents.patterntest.RuleSet;
import io.github.cognitoevents.patterntest.RuleSource;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reading rules from templates written for these tests in the shapes the tools produce: a SAM
 * template (YAML, short-form intrinsics), CloudFormation in JSON and in YAML (long-form
 * intrinsics), and CDK output ({@code cdk.out} with a nested assembly and an asset directory).
 */
class TemplateReaderTest {

  private static String event(String members) {
    return "{\"version\":\"0\",\"id\":\"1\",\"detail-type\":\"AWS API Call via CloudTrail\","
        + "\"source\":\"aws.cognito-idp\",\"account\":\"111122223333\","
        + "\"time\":\"2026-11-23T12:00:00Z\",\"region\":\"us-east-1\",\"resources\":[],"
        + members
        + "}";
  }

  private static Path resource(String name) throws URISyntaxException {
    return Path.of(TemplateReaderTest.class.getResource(name).toURI());
  }

  private static List<String> names(TemplateRules read) {
    return read.rules().stream().map(Rule::name).toList();
  }

  private static Rule rule(TemplateRules read, String name) {
    return read.rules().stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
  }

  // ---- SAM, YAML, short-form intrinsics ---------------------------------------------------------

  @Test
  void readsSamEventSourcesAndRulesWithTheGivenParameters() throws Exception {
    TemplateRules read =
        TemplateReader.create().withParameter("Stage", "prod").read(resource("sam/template.yaml"));

    assertThat(names(read))
        .containsExactly("client-changes-prod", "failed-admin-calls-prod", "ProdOnlyPoolDeletions");
    Rule clientChanges = rule(read, "client-changes-prod");
    assertThat(clientChanges.pattern().toJson())
        .isEqualTo(
            "{\"source\":[\"aws.cognito-idp\"],\"detail-type\":[\"AWS API Call via CloudTrail\"],"
                + "\"detail\":{\"eventSource\":[\"cognito-idp.amazonaws.com\"],"
                + "\"eventName\":[\"UpdateUserPoolClient\",\"DeleteUserPoolClient\"],"
                + "\"requestParameters\":{\"userPoolId\":[\"us-east-1_EXAMPLE1\"]}}}");
    assertThat(clientChanges.source())
        .contains(
            new RuleSource(
                resource("sam/template.yaml").toString(), "ClientChangeNotifierClientChanges"));
    assertThat(clientChanges.eventBusName()).isEqualTo(Rule.DEFAULT_EVENT_BUS);

    Rule failedAdminCalls = rule(read, "failed-admin-calls-prod");
    assertThat(failedAdminCalls.state())
        .isEqualTo(RuleState.ENABLED_WITH_ALL_CLOUDTRAIL_MANAGEMENT_EVENTS);
    assertThat(failedAdminCalls.eventBusName()).isEqualTo("AuditBus");
    assertThat(failedAdminCalls.pattern().toJson())
        .isEqualTo(
            "{\"source\":[\"aws.cognito-idp\"],\"detail\":{\"eventName\":[{\"prefix\":\"Admin\"}],"
                + "\"errorCode\":[{\"exists\":true}]}}");

    assertThat(read.skipped())
        .extracting(SkippedRule::rule, SkippedRule::reason)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("ClientChangeNotifierOldSignUps", "disabled"),
            org.assertj.core.groups.Tuple.tuple(
                "NightlyReport", "a schedule rule, no event pattern"));
    assertThat(read.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.rule()).isEqualTo("PartnerPoolChanges");
              assertThat(p.path())
                  .isEqualTo(
                      "Properties.EventPattern.detail.requestParameters.userPoolId[0]"
                          + ".Fn::ImportValue");
              assertThat(p.message()).isEqualTo("Fn::ImportValue cannot be resolved without AWS");
            });
  }

  @Test
  void reportsWhatCannotBeResolvedWithoutTheParameters() throws Exception {
    TemplateRules read = TemplateReader.create().read(resource("sam/template.yaml"));

    // the name falls back to the logical id; the pattern does not need Stage
    assertThat(names(read)).containsExactly("ClientChangeNotifierClientChanges");
    assertThat(read.problems())
        .extracting(TemplateProblem::rule, TemplateProblem::path)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "FailedAdminCalls", "Conditions.IsProd.Fn::Equals[0].Ref"),
            org.assertj.core.groups.Tuple.tuple(
                "ProdOnlyPoolDeletions", "Conditions.IsProd.Fn::Equals[0].Ref"),
            org.assertj.core.groups.Tuple.tuple(
                "PartnerPoolChanges",
                "Properties.EventPattern.detail.requestParameters.userPoolId[0].Fn::ImportValue"));
    assertThat(read.problems().get(0).message())
        .isEqualTo("parameter Stage has no default: give it as a parameter Stage=...");
    assertThat(read.problems().get(0).toString())
        .startsWith("rule FailedAdminCalls (")
        .endsWith(
            "template.yaml#FailedAdminCalls) at Conditions.IsProd.Fn::Equals[0].Ref: parameter Stage"
                + " has no default: give it as a parameter Stage=...");
  }

  @Test
  void aFalseConditionSkipsTheRule() throws Exception {
    TemplateRules read =
        TemplateReader.create().withParameter("Stage", "dev").read(resource("sam/template.yaml"));
    assertThat(names(read)).containsExactly("client-changes-dev", "failed-admin-calls-dev");
    assertThat(rule(read, "failed-admin-calls-dev").state()).isEqualTo(RuleState.ENABLED);
    assertThat(read.skipped())
        .extracting(SkippedRule::rule, SkippedRule::reason)
        .contains(
            org.assertj.core.groups.Tuple.tuple(
                "ProdOnlyPoolDeletions", "condition IsProd is false"));
  }

  @Test
  void theRulesReadFireOnTheEventsTheyDescribe() throws Exception {
    RuleSet rules =
        TemplateReader.create()
            .withParameter("Stage", "prod")
            .read(resource("sam/template.yaml"))
            .ruleSet();
    String update =
        event(
            "\"detail\":{\"eventSource\":\"cognito-idp.amazonaws.com\","
                + "\"eventName\":\"UpdateUserPoolClient\","
                + "\"requestParameters\":{\"userPoolId\":\"us-east-1_EXAMPLE1\"}}");
    assertThat(rules.matching(update)).containsExactly("client-changes-prod");
    String failedAdmin =
        event(
            "\"detail\":{\"eventName\":\"AdminCreateUser\",\"errorCode\":\"UsernameExistsException\"}");
    assertThat(rules.matching(failedAdmin)).containsExactly("failed-admin-calls-prod");
  }

  // ---- CloudFormation, JSON and YAML, long-form intrinsics --------------------------------------

  @Test
  void readsLongFormIntrinsicsInJson() throws Exception {
    TemplateRules read = TemplateReader.create().read(resource("cloudformation/listener.json"));

    assertThat(names(read))
        .containsExactly("cognito-prod-sensitive-settings", "NewClientRule", "FirstAdminCallRule");
    assertThat(rule(read, "cognito-prod-sensitive-settings").pattern().toJson())
        .isEqualTo(
            "{\"source\":[\"aws.cognito-idp\"],\"detail-type\":[\"AWS API Call via CloudTrail\"],"
                + "\"detail\":{\"eventName\":[\"UpdateUserPool\",\"SetUICustomization\"],"
                + "\"requestParameters\":{\"userPoolId\":[\"us-east-1_PROD1\"]}}}");
    assertThat(rule(read, "NewClientRule").pattern().toJson())
        .isEqualTo(
            "{\"source\":[\"aws.cognito-idp\"],\"detail\":{\"eventName\":[\"CreateUserPoolClient\"]}}");
    assertThat(rule(read, "FirstAdminCallRule").pattern().toJson())
        .contains("\"eventName\":[\"AdminCreateUser\"]");
    assertThat(read.problems())
        .extracting(TemplateProblem::rule, TemplateProblem::path, TemplateProblem::message)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "HandlerFailures",
                "Properties.EventPattern.resources[0].Fn::GetAtt",
                "Fn::GetAtt Handler.Arn is known only once deployed: give it as a parameter"
                    + " Handler.Arn=..."),
            org.assertj.core.groups.Tuple.tuple(
                "StringifiedExistsRule",
                "Properties.EventPattern",
                "exists match pattern must be either true or false."));
  }

  @Test
  void aGivenAttributeResolvesFnGetAtt() throws Exception {
    TemplateRules read =
        TemplateReader.create()
            .withParameters(
                Map.of("Handler.Arn", "arn:aws:lambda:us-east-1:111122223333:function:settings"))
            .read(resource("cloudformation/listener.json"));
    assertThat(rule(read, "HandlerFailures").pattern().toJson())
        .isEqualTo(
            "{\"source\":[\"aws.lambda\"],"
                + "\"resources\":[\"arn:aws:lambda:us-east-1:111122223333:function:settings\"]}");
  }

  @Test
  void readsLongFormIntrinsicsInYamlWithNoValue() throws Exception {
    TemplateRules dev = TemplateReader.create().read(resource("cloudformation/listener.yaml"));
    assertThat(names(dev)).containsExactly("token-validity-dev");
    assertThat(dev.rules().get(0).pattern().toJson())
        .isEqualTo(
            "{\"source\":[\"aws.cognito-idp\"],\"detail\":{\"eventName\":[\"UpdateUserPoolClient\"],"
                + "\"responseElements\":{\"userPoolClient\":{\"refreshTokenValidity\":"
                + "[{\"numeric\":[\">\",30]}]}}}}");
    TemplateRules prod =
        TemplateReader.create()
            .withParameter("Stage", "prod")
            .read(resource("cloudformation/listener.yaml"));
    assertThat(prod.rules().get(0).pattern().toJson())
        .endsWith(",\"errorCode\":[{\"exists\":false}]}}");
  }

  // ---- CDK output -------------------------------------------------------------------------------

  @Test
  void readsCdkOutputWithNestedAssembliesAndWithoutAssets() throws Exception {
    Path cdkOut = resource("cdk.out");
    TemplateRules read =
        TemplateReader.create()
            .withParameter("UserPool6BA7E5F2", "us-east-1_EXAMPLE1")
            .read(cdkOut);

    assertThat(read.templates())
        .containsExactly(
            cdkOut.resolve("ListenerStack.template.json").toString(),
            cdkOut.resolve("assembly-Prod/ProdListenerStack.template.json").toString());
    assertThat(names(read))
        .containsExactly("ClientChangesRule9D2F1C3A", "SignInFailuresRuleB4E8A0F1");
    assertThat(rule(read, "SignInFailuresRuleB4E8A0F1").state())
        .isEqualTo(RuleState.ENABLED_WITH_ALL_CLOUDTRAIL_MANAGEMENT_EVENTS);
    assertThat(read.skipped())
        .singleElement()
        .satisfies(s -> assertThat(s.rule()).isEqualTo("PoolDeletionsRule5C7A9E21"));
    assertThat(read.problems()).isEmpty();

    TemplateRules withoutPool = TemplateReader.create().read(cdkOut);
    assertThat(names(withoutPool)).containsExactly("SignInFailuresRuleB4E8A0F1");
    assertThat(withoutPool.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.path())
                  .isEqualTo("Properties.EventPattern.detail.requestParameters.userPoolId[0].Ref");
              assertThat(p.message())
                  .isEqualTo(
                      "Ref UserPool6BA7E5F2 is the resource's physical id, known only once"
                          + " deployed: give it as a parameter UserPool6BA7E5F2=...");
            });
  }

  @Test
  void readsSeveralTemplatesAndKeepsNamesUnique(@TempDir Path dir) throws Exception {
    String template =
        "Resources:\n  R:\n    Type: AWS::Events::Rule\n    Properties:\n      Name: same\n"
            + "      EventPattern: {source: [a]}\n";
    Files.writeString(dir.resolve("a.yaml"), template);
    Files.writeString(dir.resolve("b.yaml"), template);
    TemplateRules read =
        TemplateReader.create().read(List.of(dir.resolve("a.yaml"), dir.resolve("b.yaml")));
    assertThat(names(read)).containsExactly("same", "same#R");
    assertThat(read.ruleSet().size()).isEqualTo(2);
    assertThat(read)
        .hasToString(
            "2 rules, 0 skipped, 0 problems from ["
                + dir.resolve("a.yaml")
                + ", "
                + dir.resolve("b.yaml")
                + "]");
  }

  // ---- what is not a template -------------------------------------------------------------------

  @Test
  void rejectsWhatIsNotATemplateWithoutQuotingIt(@TempDir Path dir) throws Exception {
    assertThatThrownBy(() -> TemplateReader.create().read("x.yaml", "- just a list"))
        .isInstanceOf(TemplateException.class)
        .hasMessage("x.yaml is not a CloudFormation template (not a mapping)");
    assertThatThrownBy(() -> TemplateReader.create().read("x.json", "{\"a\":1}"))
        .isInstanceOf(TemplateException.class)
        .hasMessage("x.json is not a CloudFormation template (no Resources)");
    assertThatThrownBy(() -> TemplateReader.create().read("x.json", "{\"Resources\":{},}"))
        .isInstanceOf(TemplateException.class)
        .hasMessageStartingWith("x.json is not valid JSON: ");
    assertThatThrownBy(
            () -> TemplateReader.create().read("x.json", "{\"Resources\":{},\"Resources\":{}}"))
        .isInstanceOf(TemplateException.class)
        .hasMessageStartingWith("x.json is not valid JSON: Duplicate field 'Resources'");
    assertThatThrownBy(() -> TemplateReader.create().read("x.yaml", "Resources: {a: 1, a: 2}"))
        .isInstanceOf(TemplateException.class)
        .hasMessageContaining("duplicate key \"a\"");
    assertThatThrownBy(
            () ->
                TemplateReader.create()
                    .read("x.yaml", "base: &b {source: [a]}\nResources:\n  R: *b\n"))
        .isInstanceOf(TemplateException.class)
        .hasMessageContaining("uses a YAML alias");
    assertThatThrownBy(() -> TemplateReader.create().read("x.yaml", "Resources:\n  R: !Foo x\n"))
        .isInstanceOf(TemplateException.class)
        .hasMessage("x.yaml uses the unknown tag !Foo at line 2");
    assertThatThrownBy(() -> TemplateReader.create().read(dir.resolve("missing.yaml")))
        .isInstanceOf(TemplateException.class)
        .hasMessageEndingWith("missing.yaml does not exist");
    assertThatThrownBy(() -> TemplateReader.create().read(dir))
        .isInstanceOf(TemplateException.class)
        .hasMessageContaining("holds no template");
    Path binary = dir.resolve("bad.template.json");
    Files.write(binary, new byte[] {'{', (byte) 0xC3, '}'});
    assertThatThrownBy(() -> TemplateReader.create().read(binary))
        .isInstanceOf(TemplateException.class)
        .hasMessageEndingWith("is not UTF-8 text");
  }

  @Test
  void reportsRulesThatAreNotRules() {
    TemplateRules read =
        TemplateReader.create()
            .read(
                "t.yaml",
                String.join(
                    "\n",
                    "Resources:",
                    "  NoPattern:",
                    "    Type: AWS::Events::Rule",
                    "    Properties: {Description: nothing}",
                    "  BadState:",
                    "    Type: AWS::Events::Rule",
                    "    Properties: {State: PAUSED, EventPattern: {source: [a]}}",
                    "  ListPattern:",
                    "    Type: AWS::Events::Rule",
                    "    Properties: {EventPattern: [a]}",
                    "  Cycle:",
                    "    Type: AWS::Events::Rule",
                    "    Condition: A",
                    "    Properties: {EventPattern: {source: [a]}}",
                    "Conditions:",
                    "  A: !Not [{Condition: A}]",
                    ""));
    assertThat(read.rules()).isEmpty();
    assertThat(read.problems())
        .extracting(TemplateProblem::rule, TemplateProblem::message)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("NoPattern", "no event pattern"),
            org.assertj.core.groups.Tuple.tuple(
                "BadState",
                "not a rule state (ENABLED, DISABLED, ENABLED_WITH_ALL_CLOUDTRAIL_MANAGEMENT_EVENTS)"),
            org.assertj.core.groups.Tuple.tuple(
                "ListPattern", "the event pattern is not an object"),
            org.assertj.core.groups.Tuple.tuple("Cycle", "condition A refers to itself"));
  }
}
