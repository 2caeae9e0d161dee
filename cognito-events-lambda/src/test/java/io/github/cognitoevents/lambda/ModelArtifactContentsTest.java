package io.github.cognitoevents.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * What a Lambda that depends only on cognito-events-model ships: the model's own classes and
 * Jackson, no test helpers. Reads the model artifact this module was built against (its jar when
 * the reactor has packaged it, its classes otherwise) and the model's POM.
 */
class ModelArtifactContentsTest {

  @Test
  void theModelArtifactHoldsOnlyModelClasses() throws IOException {
    List<String> classes = modelClasses();

    assertThat(classes)
        .hasSizeGreaterThan(100)
        .contains("io/github/cognitoevents/model/trigger/PreSignUpEvent.class");
    assertThat(classes)
        .allSatisfy(
            c -> assertThat(c).matches("(module-info|io/github/cognitoevents/model/.*)\\.class"))
        .noneMatch(c -> c.contains("testkit") || c.contains("TestTriggerEvents"))
        .noneMatch(c -> c.contains("junit") || c.contains("opentest4j") || c.contains("assertj"))
        .noneMatch(c -> c.endsWith("Test.class") || c.contains("/generate/"));
  }

  @Test
  void theModelNeedsOnlyJacksonAtRunTime() throws Exception {
    Path pom = Path.of("..", "cognito-events-model", "pom.xml");
    NodeList dependencies =
        DocumentBuilderFactory.newInstance()
            .newDocumentBuilder()
            .parse(pom.toFile())
            .getElementsByTagName("dependency");
    List<String> runtime = new ArrayList<>();
    List<String> buildOnly = new ArrayList<>();
    for (int i = 0; i < dependencies.getLength(); i++) {
      Element dependency = (Element) dependencies.item(i);
      if (((Element) dependency.getParentNode().getParentNode()).getTagName().equals("plugin")) {
        // a build plugin's dependency (the model generator): a build input, not in the artifact
        buildOnly.add(
            dependency.getElementsByTagName("artifactId").item(0).getTextContent().strip());
        continue;
      }
      NodeList scope = dependency.getElementsByTagName("scope");
      if (scope.getLength() == 0 || !scope.item(0).getTextContent().strip().equals("test")) {
        runtime.add(dependency.getElementsByTagName("artifactId").item(0).getTextContent().strip());
      }
    }
    assertThat(runtime).containsExactly("jackson-databind");
    assertThat(buildOnly).containsExactly("cognito-events-model-generator");

    assertThat(ModuleDescriptor.read(java.nio.ByteBuffer.wrap(moduleInfo())).requires())
        .extracting(ModuleDescriptor.Requires::name)
        .containsExactlyInAnyOrder("java.base", "com.fasterxml.jackson.databind");
  }

  private static byte[] moduleInfo() throws IOException {
    Path artifact = modelArtifact();
    if (Files.isDirectory(artifact)) {
      return Files.readAllBytes(artifact.resolve("module-info.class"));
    }
    try (JarFile jar = new JarFile(artifact.toFile());
        InputStream in = jar.getInputStream(jar.getEntry("module-info.class"))) {
      return in.readAllBytes();
    }
  }

  /** The model's jar or classes directory on this module's test class path. */
  private static Path modelArtifact() {
    List<Path> candidates =
        Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
            .map(Path::of)
            .filter(
                p ->
                    p.toString().contains("cognito-events-model")
                        && !p.toString().contains("test-classes"))
            .collect(Collectors.toList());
    assertThat(candidates).as("the model on the class path").hasSize(1);
    return candidates.get(0);
  }

  private static List<String> modelClasses() throws IOException {
    Path artifact = modelArtifact();
    if (Files.isDirectory(artifact)) {
      try (Stream<Path> files = Files.walk(artifact)) {
        return files
            .filter(p -> p.toString().endsWith(".class"))
            .map(p -> artifact.relativize(p).toString().replace(File.separatorChar, '/'))
            .collect(Collectors.toList());
      }
    }
    try (JarFile jar = new JarFile(artifact.toFile())) {
      return jar.stream()
          .map(e -> e.getName())
          .filter(n -> n.endsWith(".class") && !n.startsWith("META-INF/"))
          .collect(Collectors.toList());
    }
  }
}
