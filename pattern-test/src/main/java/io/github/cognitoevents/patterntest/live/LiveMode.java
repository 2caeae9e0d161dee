package io.github.cognitoevents.patterntest.live;

import java.util.Optional;
import java.util.function.Supplier;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.regions.providers.DefaultAwsRegionProviderChain;

/**
 * The switch for tests that call the real {@code TestEventPattern} API: off unless you turn it on
 * with the system property {@value #PROPERTY}{@code =true} or the environment variable {@value
 * #ENV}{@code =1}, and then effective only when the SDK finds AWS credentials and a region.
 *
 * <pre>{@code
 * mvn verify -Dcognitoevents.live=true        # or: COGNITOEVENTS_LIVE=1 mvn verify
 * }</pre>
 *
 * <p>Use {@code @EnabledWhenLive} (module {@code cognito-events-testkit}) on JUnit 5 tests, or
 * {@link #reasonToSkip()} anywhere else.
 */
public final class LiveMode {

  /** System property that turns live checks on ({@code true}). */
  public static final String PROPERTY = "cognitoevents.live";

  /** Environment variable that turns live checks on ({@code 1} or {@code true}). */
  public static final String ENV = "COGNITOEVENTS_LIVE";

  private static volatile Optional<String> awsProblem;

  private LiveMode() {}

  /**
   * Whether the switch is on (it says nothing about credentials).
   *
   * @return {@code true} if {@value #PROPERTY} is {@code true} or {@value #ENV} is {@code 1} or
   *     {@code true}
   */
  public static boolean switchedOn() {
    return switchedOn(System.getProperty(PROPERTY), System.getenv(ENV));
  }

  /**
   * Why live checks cannot run now, or empty if they can: the switch is off, or it is on but the
   * SDK's default chains find no credentials or no region. The credentials lookup runs once per
   * JVM, and only when the switch is on.
   *
   * @return the reason to skip, a sentence naming the switch, or empty when live checks can run
   */
  public static Optional<String> reasonToSkip() {
    return reasonToSkip(
        System.getProperty(PROPERTY), System.getenv(ENV), LiveMode::cachedAwsProblem);
  }

  static boolean switchedOn(String property, String env) {
    return "true".equalsIgnoreCase(property) || "1".equals(env) || "true".equalsIgnoreCase(env);
  }

  static Optional<String> reasonToSkip(
      String property, String env, Supplier<Optional<String>> awsProblem) {
    if (!switchedOn(property, env)) {
      return Optional.of(
          "Live TestEventPattern checks are off: set -D"
              + PROPERTY
              + "=true or "
              + ENV
              + "=1 (with AWS credentials and a region) to run them against AWS");
    }
    return awsProblem
        .get()
        .map(
            problem ->
                "Live TestEventPattern checks are switched on but cannot run: "
                    + problem
                    + " (configure them as for the AWS CLI: environment, profile or role)");
  }

  private static Optional<String> cachedAwsProblem() {
    Optional<String> problem = awsProblem;
    if (problem == null) {
      problem = findAwsProblem();
      awsProblem = problem;
    }
    return problem;
  }

  private static Optional<String> findAwsProblem() {
    try {
      return AwsLookup.problem();
    } catch (NoClassDefFoundError e) {
      return Optional.of(
          "the AWS SDK (software.amazon.awssdk:eventbridge) is not on the class path");
    }
  }

  /**
   * The lookups that need the optional AWS SDK, in their own class: it is loaded only when the
   * switch is on, so that {@link LiveMode} works without the SDK.
   */
  private static final class AwsLookup {
    static Optional<String> problem() {
      try (DefaultCredentialsProvider credentials = DefaultCredentialsProvider.builder().build()) {
        credentials.resolveCredentials();
      } catch (SdkException e) {
        return Optional.of("no AWS credentials found");
      }
      try {
        new DefaultAwsRegionProviderChain().getRegion();
      } catch (SdkException e) {
        return Optional.of("no AWS region found");
      }
      return Optional.empty();
    }
  }
}
