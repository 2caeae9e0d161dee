package io.github.cognitoevents.samples;

import static io.github.cognitoevents.model.cloudtrail.CognitoOperation.DELETE_USER_POOL_CLIENT;
import static io.github.cognitoevents.model.cloudtrail.CognitoOperation.UPDATE_USER_POOL_CLIENT;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cognitoevents.infra.CfnValue;
import io.github.cognitoevents.infra.Template;
import io.github.cognitoevents.infra.monitor.ApiCallMonitor;
import io.github.cognitoevents.infra.monitor.LambdaFunction;
import io.github.cognitoevents.infra.triggers.CognitoTrigger;
import io.github.cognitoevents.infra.triggers.IamStatement;
import io.github.cognitoevents.infra.triggers.LambdaVersion;
import io.github.cognitoevents.infra.triggers.TriggerWiring;
import io.github.cognitoevents.infra.triggers.UserPoolRef;
import io.github.cognitoevents.model.trigger.TriggerSlot;
import io.github.cognitoevents.pattern.cognito.CognitoApiCalls;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README's examples of cognito-events-infra (systems 1 and 2), compiled and run. */
class InfraReadmeExamplesTest {

  @Test
  void monitor() {
    // example: infra-monitor
    Template template =
        ApiCallMonitor.forRule(
                CognitoApiCalls.rule()
                    .operations(UPDATE_USER_POOL_CLIENT, DELETE_USER_POOL_CLIENT)
                    .succeeded())
            .ruleId("ClientChangesRule")
            .function(
                LambdaFunction.java17(
                    "ListenerFunction",
                    "com.example.ClientListener::handleRequest",
                    CfnValue.ref("CodeBucket"),
                    CfnValue.of("listener.jar")))
            .template();
    String yaml = template.toYaml(); // or template.write(Path.of("monitor.template.yaml"))
    // end example
    assertThat(yaml).contains("ClientChangesRule:", "Type: \"AWS::Events::Rule\"", "Trail:");
  }

  @Test
  void triggers() {
    // example: infra-triggers
    UserPoolRef customers = UserPoolRef.newPool("Customers");
    TriggerWiring wiring =
        TriggerWiring.of(
            CognitoTrigger.of(
                "preSignUp",
                CfnValue.getAtt("PreSignUpLambdaFunction", "Arn"),
                customers,
                TriggerSlot.PRE_SIGN_UP),
            CognitoTrigger.of(
                    "tokens",
                    CfnValue.getAtt("TokensLambdaFunction", "Arn"),
                    customers,
                    TriggerSlot.PRE_TOKEN_GENERATION)
                .withVersion(LambdaVersion.V2_0),
            CognitoTrigger.of(
                    "mailer",
                    CfnValue.getAtt("MailerLambdaFunction", "Arn"),
                    customers,
                    TriggerSlot.CUSTOM_EMAIL_SENDER)
                .withKmsKey(CfnValue.getAtt("CodeKey", "Arn")));
    Template template = wiring.template(); // the pool, its LambdaConfig, three permissions
    List<IamStatement> iam = wiring.iamStatements(); // kms:Decrypt for mailer, kms:CreateGrant
    // end example
    assertThat(template.resourceIds()).hasSize(4);
    assertThat(iam).hasSize(2);
  }
}
