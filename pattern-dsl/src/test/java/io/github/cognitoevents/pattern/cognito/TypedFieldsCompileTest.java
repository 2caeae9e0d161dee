package io.github.cognitoevents.pattern.cognito;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Operators apply only to fields of their JSON kind, and the compiler says so: each snippet is
 * compiled with javac (the compiler API) against this module's test class path, as a user's code
 * would be. The compiling snippets show the harness itself compiles good code.
 */
class TypedFieldsCompileTest {

  @Test
  void aPrefixOnABooleanFieldDoesNotCompile() {
    List<Diagnostic<? extends JavaFileObject>> errors =
        compile("rule.where(CloudTrailField.READ_ONLY, prefix(\"x\"));");

    assertThat(errors).hasSize(1);
    Diagnostic<? extends JavaFileObject> error = errors.get(0);
    assertThat(error.getLineNumber()).isEqualTo(LINE_OF_BODY);
    assertThat(error.getMessage(Locale.ROOT))
        .contains("no suitable method found for where(")
        .contains("io.github.cognitoevents.pattern.Prefix");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "rule.where(CloudTrailField.READ_ONLY, \"true\");",
        "rule.where(CloudTrailField.READ_ONLY, exists(), suffix(\"x\"));",
        "rule.where(CloudTrailField.UpdateUserPoolClient.ACCESS_TOKEN_VALIDITY, prefix(\"6\"));",
        "rule.where(CloudTrailField.UpdateUserPoolClient.CLIENT_NAME, greaterThan(1));",
        "rule.where(CloudTrailField.UpdateUserPoolClient.CALLBACK_URLS, value(true));",
        "rule.where(CloudTrailField.UpdateUserPoolClient.ENABLE_TOKEN_REVOCATION, anythingBut(\"x\"));",
        "rule.where(CloudTrailField.AWS_REGION, true);",
        "rule.where(CloudTrailField.EVENT_NAME, anyOf(\"a\", \"b\"));",
      })
  void anOperatorOfAnotherKindDoesNotCompile(String statement) {
    assertThat(compile(statement))
        .as(statement)
        .singleElement()
        .satisfies(e -> assertThat(e.getMessage(Locale.ROOT)).contains("where("));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "rule.where(CloudTrailField.READ_ONLY, value(false)).build();",
        "rule.where(CloudTrailField.READ_ONLY, true).build();",
        "rule.where(CloudTrailField.READ_ONLY, exists(), nullValue()).build();",
        "rule.where(CloudTrailField.UpdateUserPoolClient.ACCESS_TOKEN_VALIDITY,"
            + " greaterThan(60).lessThan(90), equalTo(5), value(7), anythingBut(1)).build();",
        "rule.where(CloudTrailField.UpdateUserPoolClient.CALLBACK_URLS, prefix(\"http://\"),"
            + " suffix(\"/cb\"), wildcard(\"*.x\"), equalsIgnoreCase(\"a\"), exists()).build();",
        "rule.where(CloudTrailField.UpdateUserPoolClient.CALLBACK_URLS, \"https://a\").build();",
        "rule.where(CloudTrailField.SOURCE_IP_ADDRESS, cidr(\"10.0.0.0/8\"),"
            + " anythingButPrefix(\"x\")).build();",
      })
  void anOperatorOfTheFieldsKindCompiles(String statement) {
    assertThat(compile(statement)).as(statement).isEmpty();
  }

  private static final int LINE_OF_BODY = 8;

  /** Compiles a method body that has {@code rule}, and returns the errors. */
  private static List<Diagnostic<? extends JavaFileObject>> compile(String body) {
    String source =
        String.join(
            "\n",
            "import static io.github.cognitoevents.pattern.Patterns.*;",
            "import io.github.cognitoevents.model.cloudtrail.CognitoOperation;",
            "import io.github.cognitoevents.pattern.cognito.*;",
            "class Snippet {",
            "  void run() {",
            "    CognitoRule rule =",
            "        CognitoApiCalls.rule().operations(CognitoOperation.UPDATE_USER_POOL_CLIENT);",
            "    " + body,
            "  }",
            "}");
    return compileSource("Snippet", source);
  }

  static List<Diagnostic<? extends JavaFileObject>> compileSource(
      String className, String source, String... options) {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    JavaFileObject file =
        new SimpleJavaFileObject(
            URI.create("string:///" + className + ".java"), JavaFileObject.Kind.SOURCE) {
          @Override
          public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return source;
          }
        };
    List<String> arguments = new ArrayList<>();
    if (options.length == 0) {
      arguments.add("-proc:none");
    }
    arguments.add("-classpath");
    arguments.add(System.getProperty("java.class.path"));
    arguments.add("-d");
    arguments.add(
        new File(System.getProperty("java.io.tmpdir"), "cognito-events-snippets").getPath());
    arguments.addAll(List.of(options));
    try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, null, null)) {
      javac.getTask(null, files, diagnostics, arguments, null, List.of(file)).call();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    List<Diagnostic<? extends JavaFileObject>> errors = new ArrayList<>();
    for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
      if (d.getKind() == Diagnostic.Kind.ERROR) {
        errors.add(d);
      }
    }
    return errors;
  }
}
