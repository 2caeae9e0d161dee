package io.github.cognitoevents.pattern;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cognitoevents.pattern.internal.Keywords;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The public package uses {@code pattern.internal}, never the other way round: no class of {@code
 * internal} refers to a type of {@code io.github.cognitoevents.pattern} (read from the compiled
 * class files' constant pools), so the two packages have no cycle. Everything that knows the
 * pattern model lives beside it in the public package, package-private where it is not API.
 */
class PackageDependenciesTest {

  private static final String PUBLIC_PACKAGE = "io/github/cognitoevents/pattern/";

  @Test
  void internalDoesNotReferToThePublicPackage() throws IOException, URISyntaxException {
    Path internal = Path.of(Keywords.class.getResource("Keywords.class").toURI()).getParent();
    List<Path> classes = new ArrayList<>();
    try (Stream<Path> files = Files.list(internal)) {
      files.filter(f -> f.toString().endsWith(".class")).forEach(classes::add);
    }
    assertThat(classes).hasSizeGreaterThanOrEqualTo(3);
    TreeSet<String> references = new TreeSet<>();
    for (Path file : classes) {
      String text = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
      for (int i = text.indexOf(PUBLIC_PACKAGE); i >= 0; i = text.indexOf(PUBLIC_PACKAGE, i + 1)) {
        String rest = text.substring(i + PUBLIC_PACKAGE.length());
        if (!rest.startsWith("internal/")) {
          int end = 0;
          while (end < rest.length() && Character.isJavaIdentifierPart(rest.charAt(end))) {
            end++;
          }
          references.add(file.getFileName() + " -> " + rest.substring(0, end));
        }
      }
    }
    assertThat(references).isEmpty();
  }

  @Test
  void theCheckWouldSeeAReference() throws IOException, URISyntaxException {
    // the same scan over a public class finds its references to the model, so an empty result
    // above is not an artefact of the scan
    Path renderer = Path.of(Renderer.class.getResource("Renderer.class").toURI());
    String text = new String(Files.readAllBytes(renderer), StandardCharsets.ISO_8859_1);
    assertThat(text).contains(PUBLIC_PACKAGE + "Prefix").contains(PUBLIC_PACKAGE + "internal/");
  }
}
