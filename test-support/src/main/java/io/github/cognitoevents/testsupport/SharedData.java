package io.github.cognitoevents.testsupport;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Locates the project's read-only ground truth (the {@code shared} directory beside the
 * repository): the TestEventPattern conformance corpus and the published sample events.
 *
 * <p>The location comes from the system property {@value #PROPERTY} (the build sets it to {@code
 * ../shared} relative to the repository root) and defaults to {@code ../shared}. When the directory
 * is absent, tests that need it are <em>skipped</em> with a message naming the path, unless the
 * environment variable {@value #REQUIRED_ENV} is {@code 1}/{@code true} (as {@code .ci/run} sets
 * it) or the system property {@value #REQUIRED_PROPERTY} is {@code true}: then they <em>fail</em>,
 * so a green CI run always means the ground-truth tests ran.
 */
public final class SharedData {

  /** System property naming the shared directory. */
  public static final String PROPERTY = "cognitoevents.shared";

  /** System property that turns a missing shared directory into a failure. */
  public static final String REQUIRED_PROPERTY = "cognitoevents.shared.required";

  /** Environment variable that turns a missing shared directory into a failure. */
  public static final String REQUIRED_ENV = "COGNITOEVENTS_REQUIRE_SHARED";

  private SharedData() {}

  /** The shared directory; skips (or fails, when required) the calling test if it is absent. */
  public static Path root() {
    Path dir = Paths.get(System.getProperty(PROPERTY, "../shared")).toAbsolutePath().normalize();
    if (!Files.isDirectory(dir)) {
      missing(dir);
    }
    return dir;
  }

  /** A file or directory below the shared directory; skips or fails the test if it is absent. */
  public static Path resolve(String relative) {
    Path path = root().resolve(relative);
    if (!Files.exists(path)) {
      missing(path);
    }
    return path;
  }

  /** {@code conformance/testeventpattern.jsonl}: the recorded TestEventPattern verdicts. */
  public static Path conformanceCorpus() {
    return resolve("conformance/testeventpattern.jsonl");
  }

  /** {@code fixtures/triggers}: published Cognito trigger events. */
  public static Path triggerFixtures() {
    return resolve("fixtures/triggers");
  }

  /** {@code fixtures/cloudtrail}: published CloudTrail Cognito events. */
  public static Path cloudTrailFixtures() {
    return resolve("fixtures/cloudtrail");
  }

  /** Whether a missing shared directory must fail the tests instead of skipping them. */
  public static boolean required() {
    String env = System.getenv(REQUIRED_ENV);
    return "1".equals(env)
        || "true".equalsIgnoreCase(env)
        || Boolean.parseBoolean(System.getProperty(REQUIRED_PROPERTY));
  }

  private static void missing(Path path) {
    String message =
        "Ground truth not found at "
            + path
            + ": set -D"
            + PROPERTY
            + "=<dir> to the shared directory (it lives beside the repository as ../shared)";
    if (required()) {
      Assertions.fail(message + " [" + REQUIRED_ENV + " is set, so this is a failure]");
    }
    Assumptions.abort(message + "; skipping");
  }
}
