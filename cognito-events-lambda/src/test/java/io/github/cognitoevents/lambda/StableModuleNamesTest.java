package io.github.cognitoevents.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The build's check that a module-info requires only modules with stable names
 * (build-tools/StableModuleNames.java, run after compilation in every module with a module-info),
 * run on the very jars that made this module give up its module-info: aws-lambda-java-core and
 * aws-lambda-java-events name no module, so a module requiring them fails the build.
 */
class StableModuleNamesTest {

  private static final Path CHECK = Path.of("..", "build-tools", "StableModuleNames.java");

  @Test
  void failsAModuleThatRequiresTheLambdaJarsByTheirFileNames(@TempDir Path dir) throws Exception {
    Path moduleInfo =
        compileModuleInfo(
            dir,
            "module example { requires aws.lambda.java.core; requires aws.lambda.java.events; }");

    Result result = runCheck(moduleInfo);

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.output())
        .contains("module example requires modules named only by a jar's file name")
        .contains("requires aws.lambda.java.core (from the file name aws-lambda-java-core-")
        .contains("requires aws.lambda.java.events (from the file name aws-lambda-java-events-");
  }

  @Test
  void passesAModuleThatRequiresOnlyNamedModules(@TempDir Path dir) throws Exception {
    // jackson-databind declares its module; the Lambda jars are on the path but not required.
    Path moduleInfo =
        compileModuleInfo(dir, "module example { requires com.fasterxml.jackson.databind; }");

    Result result = runCheck(moduleInfo);

    assertThat(result.exitCode()).as(result.output()).isZero();
    assertThat(result.output()).contains("example: every required module has a stable name");
  }

  private record Result(int exitCode, String output) {}

  private static Path compileModuleInfo(Path dir, String source) throws IOException {
    Path src = Files.createDirectories(dir.resolve("src"));
    Files.writeString(src.resolve("module-info.java"), source, StandardCharsets.UTF_8);
    Path out = Files.createDirectories(dir.resolve("out"));
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    int status =
        javac.run(
            null,
            null,
            null,
            "--module-path",
            jars(),
            "-d",
            out.toString(),
            src.resolve("module-info.java").toString());
    assertThat(status).as("module-info compiles").isZero();
    return out.resolve("module-info.class");
  }

  private static Result runCheck(Path moduleInfo) throws IOException, InterruptedException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process process =
        new ProcessBuilder(java, CHECK.toString(), moduleInfo.toString(), jars())
            .redirectErrorStream(true)
            .start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
    return new Result(process.exitValue(), output);
  }

  /** The Lambda and Jackson jars of this module's test class path. */
  private static String jars() {
    List<String> jars =
        Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
            .filter(p -> p.endsWith(".jar"))
            .filter(p -> p.contains("aws-lambda-java") || p.contains("jackson"))
            .collect(Collectors.toList());
    assertThat(jars).anyMatch(p -> p.contains("aws-lambda-java-core"));
    return String.join(File.pathSeparator, jars);
  }
}
