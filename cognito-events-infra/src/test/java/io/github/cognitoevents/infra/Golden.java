package io.github.cognitoevents.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files of rendered templates, under {@code
 * src/test/resources/io/github/cognitoevents/infra/golden}. Run with {@code
 * -Dcognitoevents.golden.update=true} to rewrite them after an intended change, and review the
 * diff.
 */
public final class Golden {

  private Golden() {}

  /**
   * Asserts text equals a golden file.
   *
   * @param name the file name
   * @param actual the rendered text
   */
  public static void assertMatches(String name, String actual) {
    if (Boolean.getBoolean("cognitoevents.golden.update")) {
      Path file = Path.of("src/test/resources/io/github/cognitoevents/infra/golden", name);
      try {
        Files.createDirectories(file.getParent());
        Files.writeString(file, actual, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return;
    }
    try (InputStream in = Golden.class.getResourceAsStream("golden/" + name)) {
      assertThat(in)
          .as("golden file " + name + " (create it with -Dcognitoevents.golden.update=true)")
          .isNotNull();
      assertThat(actual).isEqualTo(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
