package io.github.cognitoevents.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the READMEs honest: every Java code block in them must be marked {@code <!-- example: NAME
 * -->} and stand, line for line, between {@code // example: NAME} and {@code // end example} in a
 * test of this module, where it is compiled and run.
 */
class ReadmeExamplesTest {

  private static final Pattern README_BLOCK =
      Pattern.compile("<!-- example: ([\\w-]+) -->\\s*```java\\n(.*?)```", Pattern.DOTALL);
  private static final Pattern ANY_JAVA_BLOCK = Pattern.compile("```java\\n", Pattern.DOTALL);
  private static final Pattern SOURCE_REGION =
      Pattern.compile("// example: ([\\w-]+)\\n(.*?)// end example", Pattern.DOTALL);

  /** The READMEs of the repository: the root one and those of the modules. */
  private static final List<Path> READMES =
      List.of(
          Paths.get("..", "README.md"),
          Paths.get("..", "pattern-dsl", "README.md"),
          Paths.get("..", "benchmarks", "README.md"));

  @Test
  void everyJavaBlockInTheReadmesIsATestedExample() throws IOException {
    StringBuilder all = new StringBuilder();
    for (Path file : READMES) {
      all.append(Files.readString(file, StandardCharsets.UTF_8)).append('\n');
    }
    String readme = all.toString();
    Map<String, String> documented = new LinkedHashMap<>();
    Matcher block = README_BLOCK.matcher(readme);
    while (block.find()) {
      documented.put(block.group(1), normalize(block.group(2)));
    }
    long javaBlocks = ANY_JAVA_BLOCK.matcher(readme).results().count();
    assertThat(documented)
        .as("every ```java block in %s is preceded by <!-- example: NAME -->", READMES)
        .hasSize((int) javaBlocks);

    Map<String, String> tested = testedExamples();
    for (Map.Entry<String, String> example : documented.entrySet()) {
      assertThat(tested)
          .as("README example '%s' has a tested copy in samples/src/test/java", example.getKey())
          .containsKey(example.getKey());
      assertThat(tested.get(example.getKey()))
          .as("README example '%s' is identical to its tested copy", example.getKey())
          .isEqualTo(example.getValue());
    }
  }

  private static Map<String, String> testedExamples() throws IOException {
    Map<String, String> regions = new LinkedHashMap<>();
    List<Path> sources;
    try (Stream<Path> files = Files.walk(Paths.get("src", "test", "java"))) {
      sources = files.filter(p -> p.toString().endsWith(".java")).collect(Collectors.toList());
    }
    for (Path source : sources) {
      Matcher region = SOURCE_REGION.matcher(Files.readString(source, StandardCharsets.UTF_8));
      while (region.find()) {
        regions.put(region.group(1), normalize(region.group(2)));
      }
    }
    return regions;
  }

  /** Compares code ignoring indentation and blank lines (README blocks are not indented). */
  private static String normalize(String code) {
    List<String> lines = new ArrayList<>();
    for (String line : code.split("\n", -1)) {
      String trimmed = line.strip();
      if (!trimmed.isEmpty()) {
        lines.add(trimmed);
      }
    }
    return String.join("\n", lines);
  }
}
