package io.github.cognitoevents.samples;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The bundled sample events of {@code samples/events} (tests run in the module directory). */
public final class SampleEvents {
  /** The events directory. */
  public static final Path DIR = Path.of("events");

  private SampleEvents() {}

  /**
   * A sample event file.
   *
   * @param name the file name relative to {@code events/}
   * @return the path
   */
  public static Path path(String name) {
    return DIR.resolve(name);
  }

  /**
   * A sample event's JSON text.
   *
   * @param name the file name relative to {@code events/}
   * @return the JSON
   */
  public static String json(String name) {
    try {
      return Files.readString(path(name), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
