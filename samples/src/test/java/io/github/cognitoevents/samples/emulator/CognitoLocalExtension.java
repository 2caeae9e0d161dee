package io.github.cognitoevents.samples.emulator;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives tests an {@link EmulatedCognito}: one per test JVM, started by the first test that asks for
 * it as a parameter and stopped when the JUnit run ends (the root store closes it), so the emulator
 * and its servers never outlive the tests. Test classes that start their own (the system mains) use
 * the extension for its skip rule only.
 *
 * <p>Without Node.js the tests are <em>skipped</em> with the reason, unless the environment
 * variable {@value #REQUIRED_ENV} is {@code 1}/{@code true} (as {@code .ci/run} sets it) or the
 * system property {@value #REQUIRED_PROPERTY} is {@code true}: then they <em>fail</em>.
 */
public final class CognitoLocalExtension implements BeforeAllCallback, ParameterResolver {

  /** Environment variable that makes a missing Node.js a failure. */
  public static final String REQUIRED_ENV = "COGNITOEVENTS_REQUIRE_EMULATOR";

  /** System property that makes a missing Node.js a failure. */
  public static final String REQUIRED_PROPERTY = "cognitoevents.emulator.required";

  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(CognitoLocalExtension.class);

  @Override
  public void beforeAll(ExtensionContext context) {
    checkAvailable();
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == EmulatedCognito.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return emulated(context);
  }

  private static EmulatedCognito emulated(ExtensionContext context) {
    Path module = checkAvailable();
    return context
        .getRoot()
        .getStore(NAMESPACE)
        .getOrComputeIfAbsent(
            EmulatedCognito.class, key -> EmulatedCognito.start(module), EmulatedCognito.class);
  }

  /** Skips (or fails, when required) without Node.js; returns the samples module directory. */
  private static Path checkAvailable() {
    Optional<String> reason = CognitoLocal.unavailableReason();
    if (reason.isPresent()) {
      String message =
          "Skipped: "
              + reason.get()
              + ". Set "
              + REQUIRED_ENV
              + "=1 to make this a failure (.ci/run does).";
      if (required()) {
        throw new ExtensionConfigurationException(message.replace("Skipped: ", "Required: "));
      }
      Assumptions.abort(message);
    }
    Path module = Path.of("").toAbsolutePath();
    if (!Files.isRegularFile(module.resolve("emulator/package-lock.json"))) {
      throw new ExtensionConfigurationException(
          "tests must run in the samples module directory (no emulator/package-lock.json in "
              + module
              + ")");
    }
    return module;
  }

  static boolean required() {
    String env = System.getenv(REQUIRED_ENV);
    return "1".equals(env)
        || "true".equalsIgnoreCase(env)
        || Boolean.parseBoolean(System.getProperty(REQUIRED_PROPERTY));
  }
}
