package io.github.cognitoevents.patterntest.live;

import io.github.cognitoevents.testsupport.ReplayServer;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;

/** SDK clients for a {@link ReplayServer}. */
final class ReplayClient {

  static final String ACCESS_KEY = "AKIAIOSFODNN7EXAMPLE";

  private ReplayClient() {}

  /** A client for the server: static fake credentials, us-east-1, no SDK retries. */
  static EventBridgeClient of(ReplayServer server) {
    return EventBridgeClient.builder()
        .endpointOverride(server.endpoint())
        .region(Region.US_EAST_1)
        .credentialsProvider(
            StaticCredentialsProvider.create(
                AwsBasicCredentials.create(ACCESS_KEY, "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY")))
        .overrideConfiguration(c -> c.retryStrategy(AwsRetryStrategy.doNotRetry()))
        .build();
  }
}
