package io.github.cognitoevents.samples.wiring;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.github.cognitoevents.infra.CfnValue;
import io.github.cognitoevents.infra.Template;
import io.github.cognitoevents.infra.monitor.LambdaFunction;
import io.github.cognitoevents.infra.triggers.CognitoTrigger;
import io.github.cognitoevents.infra.triggers.LambdaVersion;
import io.github.cognitoevents.infra.triggers.TriggerWiring;
import io.github.cognitoevents.infra.triggers.UserPoolRef;
import io.github.cognitoevents.model.trigger.TriggerSlot;
import io.github.cognitoevents.samples.listener.ListenerTemplate;
import io.github.cognitoevents.samples.triggers.CustomAuthChallengeHandler;
import io.github.cognitoevents.samples.triggers.CustomMessageHandler;
import io.github.cognitoevents.samples.triggers.PreSignUpHandler;
import io.github.cognitoevents.samples.triggers.PreTokenGenerationHandler;
import io.github.cognitoevents.samples.triggers.SignInAuditHandler;
import io.github.cognitoevents.samples.triggers.UserMigrationHandler;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * System 2: the sample trigger handlers wired to a new user pool, compiled by {@link TriggerWiring}
 * (one function per handler, the pool with its {@code LambdaConfig}, one invoke permission per
 * trigger), written as a CloudFormation template.
 *
 * <pre>
 * mvn -pl samples exec:java -Dexec.mainClass=io.github.cognitoevents.samples.wiring.SampleTriggers
 * </pre>
 */
public final class SampleTriggers {

  /** Where {@link #main(String[])} writes the template by default, relative to the module. */
  public static final Path DEFAULT_OUTPUT = Path.of("target", "sample-triggers.template.yaml");

  /** The pool the template creates. */
  public static final UserPoolRef POOL = UserPoolRef.newPool("SampleCustomers");

  private SampleTriggers() {}

  /**
   * Writes the template.
   *
   * @param args optionally the output path
   */
  public static void main(String[] args) {
    Path out = args.length > 0 ? Path.of(args[0]) : DEFAULT_OUTPUT;
    System.out.println("Wrote " + template().write(out));
  }

  /**
   * The wiring of the sample handlers.
   *
   * @return the checked wiring
   */
  public static TriggerWiring wiring() {
    List<CognitoTrigger> triggers = new ArrayList<>();
    triggers.add(trigger("preSignUp", TriggerSlot.PRE_SIGN_UP));
    triggers.add(trigger("signInAudit", TriggerSlot.PRE_AUTHENTICATION));
    triggers.add(trigger("signInAudit", TriggerSlot.POST_AUTHENTICATION));
    triggers.add(trigger("customAuth", TriggerSlot.DEFINE_AUTH_CHALLENGE));
    triggers.add(trigger("customAuth", TriggerSlot.CREATE_AUTH_CHALLENGE));
    triggers.add(trigger("customAuth", TriggerSlot.VERIFY_AUTH_CHALLENGE_RESPONSE));
    triggers.add(
        trigger("tokens", TriggerSlot.PRE_TOKEN_GENERATION).withVersion(LambdaVersion.V2_0));
    triggers.add(trigger("userMigration", TriggerSlot.USER_MIGRATION));
    triggers.add(trigger("customMessage", TriggerSlot.CUSTOM_MESSAGE));
    return TriggerWiring.of(triggers);
  }

  /**
   * The functions of the sample handlers, the pool and the permissions.
   *
   * @return the template
   */
  public static Template template() {
    Template.Builder t = Template.builder("Sample Cognito triggers (compiled by cognito-events)");
    t.include(function("preSignUp", PreSignUpHandler.class).template());
    t.include(function("signInAudit", SignInAuditHandler.class).template());
    t.include(function("customAuth", CustomAuthChallengeHandler.class).template());
    t.include(function("tokens", PreTokenGenerationHandler.class).template());
    t.include(function("userMigration", UserMigrationHandler.class).template());
    t.include(function("customMessage", CustomMessageHandler.class).template());
    t.include(wiring().template());
    return t.build()
        .merge(
            Template.builder(null)
                .parameter(
                    "CodeBucket",
                    JsonNodeFactory.instance
                        .objectNode()
                        .put("Type", "String")
                        .put("Description", "S3 bucket holding the samples jar"))
                .build());
  }

  private static CognitoTrigger trigger(String function, TriggerSlot slot) {
    return CognitoTrigger.of(function, CfnValue.getAtt(logicalId(function), "Arn"), POOL, slot);
  }

  /** The Serverless Framework's logical id of a function: {@code NameLambdaFunction}. */
  private static String logicalId(String function) {
    return Character.toUpperCase(function.charAt(0)) + function.substring(1) + "LambdaFunction";
  }

  private static LambdaFunction function(String name, Class<?> handler) {
    return LambdaFunction.java17(
        logicalId(name),
        handler.getName() + "::handleRequest",
        CfnValue.ref("CodeBucket"),
        CfnValue.of(ListenerTemplate.LAMBDA_JAR));
  }
}
