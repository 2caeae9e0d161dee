package io.github.cognitoevents.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The versions README.md says the BOM was tested with are the build's own. */
class ReadmeVersionsTest {

  @Test
  void namesTheJacksonAndJUnitVersionsOfTheBuild() throws IOException {
    String pom = Files.readString(Path.of("..", "pom.xml"));
    String readme = Files.readString(Path.of("..", "README.md"));
    String jackson = property(pom, "jackson.version");
    String junit = property(pom, "junit.version");

    assertThat(readme)
        .contains("built and tested with Jackson " + jackson + " and JUnit " + junit)
        .contains("<artifactId>junit-jupiter</artifactId>\n    <version>" + junit + "</version>")
        .contains("`aws-lambda-java-core` " + property(pom, "aws-lambda-java-core.version"))
        .contains("`aws-lambda-java-events` " + property(pom, "aws-lambda-java-events.version"))
        .contains("AWS SDK " + property(pom, "awssdk.version"));
  }

  private static String property(String pom, String name) {
    Matcher m = Pattern.compile("<" + Pattern.quote(name) + ">([^<]+)</").matcher(pom);
    assertThat(m.find()).as(name).isTrue();
    return m.group(1);
  }
}
