package io.github.cognitoevents.cli;

import io.github.cognitoevents.cli.LiveSession.Unavailable;
import io.github.cognitoevents.patterntest.live.LiveCheck;
import java.time.Duration;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.util.VersionInfo;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.providers.DefaultAwsRegionProviderChain;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.eventbridge.EventBridgeClientBuilder;
import software.amazon.awssdk.services.eventbridge.endpoints.EventBridgeEndpointProvider;

/**
 * The SDK side of {@link LiveSession}: credentials and region from the SDK's default chains (as the
 * AWS CLI finds them, {@code --profile} honoured), checked before anything is sent, and a client
 * without SDK retries ({@link io.github.cognitoevents.patterntest.live.LiveVerifier} retries, so
 * that its pauses are the only ones). Loaded only by {@link LiveSession#open}.
 */
final class SdkLiveAccess {

  private SdkLiveAccess() {}

  static LiveSession open(LiveOptions options) throws Unavailable {
    Region region = region(options);
    DefaultCredentialsProvider.Builder credentialsBuilder = DefaultCredentialsProvider.builder();
    if (options.profile != null) {
      credentialsBuilder.profileName(options.profile);
    }
    DefaultCredentialsProvider credentials = credentialsBuilder.build();
    try {
      credentials.resolveCredentials();
    } catch (SdkException e) {
      credentials.close();
      throw new Unavailable(
          "no AWS credentials found"
              + (options.profile == null ? "" : " for the profile " + options.profile)
              + " (looked where the AWS CLI looks: environment variables, Java system properties,"
              + " web identity, the AWS profile with SSO and assume-role, container and instance"
              + " roles); set them up, e.g. with aws configure or aws sso login, or choose a"
              + " profile with --profile");
    }
    EventBridgeClientBuilder builder =
        EventBridgeClient.builder()
            .region(region)
            .credentialsProvider(credentials)
            .overrideConfiguration(
                c ->
                    c.retryStrategy(AwsRetryStrategy.doNotRetry())
                        .apiCallAttemptTimeout(Duration.ofSeconds(30))
                        .apiCallTimeout(Duration.ofSeconds(60)));
    String endpoint;
    if (options.endpoint != null) {
      if (!options.endpoint.isAbsolute()
          || !("http".equals(options.endpoint.getScheme())
              || "https".equals(options.endpoint.getScheme()))
          || options.endpoint.getHost() == null) {
        credentials.close();
        throw new Unavailable(
            "--endpoint-url must be an absolute http or https URL, was " + options.endpoint);
      }
      builder.endpointOverride(options.endpoint);
      endpoint = options.endpoint.toString();
    } else {
      endpoint = regionalEndpoint(region);
    }
    EventBridgeClient client = builder.build();
    return new LiveSession(
        LiveCheck.using(client),
        region.id(),
        endpoint,
        "AWS SDK for Java " + VersionInfo.SDK_VERSION,
        () -> {
          client.close();
          credentials.close();
        });
  }

  private static Region region(LiveOptions options) throws Unavailable {
    if (options.region != null) {
      if (!options.region.matches("[a-z]{2}(-[a-z0-9]+)+-\\d+")) {
        throw new Unavailable(
            "--region must be an AWS region name such as eu-west-1, was " + options.region);
      }
      return Region.of(options.region);
    }
    DefaultAwsRegionProviderChain.Builder chain = DefaultAwsRegionProviderChain.builder();
    if (options.profile != null) {
      chain.profileName(options.profile);
    }
    try {
      return chain.build().getRegion();
    } catch (SdkException e) {
      throw new Unavailable(
          "no AWS region found; pass --region (e.g. --region eu-west-1), set AWS_REGION, or set a"
              + " region in your AWS profile");
    }
  }

  /** The endpoint the SDK resolves for the region: {@code https://events.REGION.amazonaws.com}. */
  static String regionalEndpoint(Region region) {
    try {
      return EventBridgeEndpointProvider.defaultProvider()
          .resolveEndpoint(p -> p.region(region))
          .join()
          .url()
          .toString();
    } catch (RuntimeException e) {
      return "the endpoint of " + region.id();
    }
  }
}
