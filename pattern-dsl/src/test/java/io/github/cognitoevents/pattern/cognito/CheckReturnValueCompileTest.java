package io.github.cognitoevents.pattern.cognito;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A dropped result of an immutable API is a compile error for a user who runs Error Prone: snippets
 * are compiled with javac and the Error Prone plugin (its CheckReturnValue check alone, as the
 * build runs it), against this module's test class path. The library's own {@code
 * io.github.cognitoevents.model.CheckReturnValue}, on the packages, is what Error Prone honours.
 */
class CheckReturnValueCompileTest {

  private static final String[] ERROR_PRONE = {
    "-XDcompilePolicy=simple",
    "--should-stop=ifError=FLOW",
    "-processorpath",
    System.getProperty("java.class.path"),
    "-Xplugin:ErrorProne -XepDisableAllChecks -Xep:CheckReturnValue:ERROR"
  };

  @ParameterizedTest
  @ValueSource(
      strings = {
        "rule.userPool(\"us-east-1_EXAMPLE\");",
        "rule.succeeded();",
        "rule.where(CloudTrailField.AWS_REGION, \"eu-west-1\");",
        "rule.build();",
        "CognitoApiCalls.rule();",
        "prefix(\"x\");",
        "greaterThan(1).lessThan(5);",
        "EventPattern.parse(\"{}\").toMap();",
        "PreSignUpEvent.Response.empty().withAutoConfirmUser(true);",
        "CloudTrailRecord.fromJson(\"{}\");",
      })
  void aDroppedResultFailsCompilation(String statement) {
    List<Diagnostic<? extends JavaFileObject>> errors = compile(statement);

    assertThat(errors).as(statement).singleElement();
    assertThat(errors.get(0).getMessage(Locale.ROOT))
        .startsWith("[CheckReturnValue] The result of `")
        .contains("` must be used");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "rule = rule.userPool(\"us-east-1_EXAMPLE\");",
        "EventPattern p = rule.succeeded().build();",
        "var json = prefix(\"x\").toString();",
        "PreSignUpEvent.Response r = PreSignUpEvent.Response.empty().withAutoConfirmUser(true);",
      })
  void aUsedResultCompiles(String statement) {
    assertThat(compile(statement)).as(statement).isEmpty();
  }

  private static List<Diagnostic<? extends JavaFileObject>> compile(String body) {
    String source =
        String.join(
            "\n",
            "import static io.github.cognitoevents.pattern.Patterns.*;",
            "import io.github.cognitoevents.model.cloudtrail.*;",
            "import io.github.cognitoevents.model.trigger.PreSignUpEvent;",
            "import io.github.cognitoevents.pattern.EventPattern;",
            "import io.github.cognitoevents.pattern.cognito.*;",
            "class Snippet {",
            "  void run() {",
            "    CognitoRule rule =",
            "        CognitoApiCalls.rule().operations(CognitoOperation.UPDATE_USER_POOL_CLIENT);",
            "    " + body,
            "  }",
            "}");
    return TypedFieldsCompileTest.compileSource("Snippet", source, ERROR_PRONE);
  }
}
