package io.github.cognitoevents.model.cloudtrail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Test helper: loads JSON resources. */
public final class Samples {
  /** A plain mapper, independent of the model's own. */
  public static final ObjectMapper MAPPER = new ObjectMapper();

  private Samples() {}

  /** The text of a resource under {@code /io/github/cognitoevents/model/}. */
  public static String text(String relative) {
    try (InputStream in =
        Samples.class.getResourceAsStream("/io/github/cognitoevents/model/" + relative)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource " + relative);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The tree of a resource under {@code /io/github/cognitoevents/model/}. */
  public static JsonNode tree(String relative) {
    try {
      return MAPPER.readTree(text(relative));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
