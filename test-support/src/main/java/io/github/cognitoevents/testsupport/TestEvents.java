package io.github.cognitoevents.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Sample CloudTrail Cognito events (EventBridge envelope included) shared by the modules' tests:
 * {@code delete-user-pool-client.json}, {@code update-user-pool-client-denied.json}, {@code
 * admin-create-user.json}.
 */
public final class TestEvents {

  private TestEvents() {}

  /**
   * One sample event as text.
   *
   * @param name the file name
   * @return the JSON text
   */
  public static String json(String name) {
    try (InputStream in = open(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * One sample event copied into a directory (a test's temporary directory), for APIs that take
   * files.
   *
   * @param name the file name
   * @param directory where to copy it
   * @return the copy
   */
  public static Path copy(String name, Path directory) {
    Path target = directory.resolve(name);
    try (InputStream in = open(name)) {
      Files.createDirectories(directory);
      Files.copy(in, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static InputStream open(String name) {
    InputStream in = TestEvents.class.getResourceAsStream("events/" + name);
    if (in == null) {
      throw new IllegalArgumentException("no sample event named " + name);
    }
    return in;
  }
}
