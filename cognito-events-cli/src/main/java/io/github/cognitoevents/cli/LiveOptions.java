package io.github.cognitoevents.cli;

import io.github.cognitoevents.patterntest.live.LiveVerifier;
import java.net.URI;
import java.time.Duration;
import picocli.CommandLine.Option;

/**
 * The options of the commands that call the real {@code TestEventPattern} API: where (region,
 * profile, endpoint), how politely (pace, attempts, backoff), and who records.
 */
final class LiveOptions {

  @Option(
      names = "--region",
      paramLabel = "REGION",
      description =
          "AWS region to ask (default: found as the AWS CLI finds it: AWS_REGION, the profile)")
  String region;

  @Option(
      names = "--profile",
      paramLabel = "NAME",
      description = "AWS profile for credentials and region (default: AWS_PROFILE, else default)")
  String profile;

  @Option(
      names = "--endpoint-url",
      paramLabel = "URL",
      description = "call this endpoint instead of the region's (a VPC endpoint, a local stand-in)")
  URI endpoint;

  @Option(
      names = "--rate",
      paramLabel = "N",
      description = "at most N requests a second (default: ${DEFAULT-VALUE})")
  double rate = LiveVerifier.DEFAULT_REQUESTS_PER_SECOND;

  @Option(
      names = "--max-attempts",
      paramLabel = "N",
      description =
          "attempts per case; throttling, 5xx and network failures are retried"
              + " (default: ${DEFAULT-VALUE})")
  int maxAttempts = LiveVerifier.DEFAULT_MAX_ATTEMPTS;

  @Option(
      names = "--backoff-base",
      paramLabel = "MS",
      description =
          "first retry's pause ceiling in milliseconds, doubling per retry (default:"
              + " ${DEFAULT-VALUE})")
  long backoffBaseMillis = LiveVerifier.DEFAULT_BACKOFF_BASE.toMillis();

  @Option(
      names = "--backoff-max",
      paramLabel = "MS",
      description = "largest pause ceiling in milliseconds (default: ${DEFAULT-VALUE})")
  long backoffMaxMillis = LiveVerifier.DEFAULT_BACKOFF_MAX.toMillis();

  @Option(
      names = "--recorded-by",
      paramLabel = "NAME",
      description = "your name or handle, for the provenance of what is recorded")
  String recordedBy;

  /**
   * A verifier with these settings, or an error message.
   *
   * @throws IllegalArgumentException naming the option when a value is out of range
   */
  LiveVerifier.Builder verifier() {
    LiveVerifier.Builder builder = LiveVerifier.builder();
    try {
      builder.requestsPerSecond(rate);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "--rate must be more than 0 and at most 1000, was " + rate);
    }
    try {
      builder.maxAttempts(maxAttempts);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("--max-attempts must be from 1 to 20, was " + maxAttempts);
    }
    try {
      builder.backoff(Duration.ofMillis(backoffBaseMillis), Duration.ofMillis(backoffMaxMillis));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "--backoff-base and --backoff-max need 0 < base <= max <= 600000 milliseconds, were "
              + backoffBaseMillis
              + " and "
              + backoffMaxMillis);
    }
    return builder;
  }
}
